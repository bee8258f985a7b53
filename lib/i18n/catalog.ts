/**
 * Loads one language's messages, and only that one: each locale file is its own chunk (Vite's glob
 * import, compiled by scripts/i18n/vite-plugin.ts), fetched from the extension's package when a
 * surface first speaks that language. Each surface has its own glob (page-catalog.ts for the overlay,
 * ui-catalog.ts for the popup and options page), so a build carries only its surface's chunks; in the
 * Billing module they sit in its own web-accessible folder. A language without a file yet falls back to English.
 */
import type { Catalog } from './catalog-shape';
import { LOCALE_FILE, PSEUDO_LOCALE, type UiLocale } from './locales';
import type { Translator } from './translate';

export interface LoadedCatalog {
  /** The locale the messages are in: the one asked for, or English when it has no file yet. */
  locale: UiLocale;
  catalog: Catalog;
}

export type CatalogLoader = (locale: UiLocale) => Promise<LoadedCatalog>;

/** A language's lookup, ready to use: what a surface waits for before it first draws. */
export type TranslatorLoader = (locale: UiLocale, timeZone: string) => Promise<Translator>;

/** The pseudo-locale's messages, made from English's (./pseudo.ts; the Billing module loads it on demand). */
export type PseudoCatalog = (english: Catalog) => Catalog | Promise<Catalog>;

/** A glob of locale files (`{ '../../locales/ja.yml': … }`) by file name (`ja`). */
export const byLocaleFile = <T>(glob: Readonly<Record<string, T>>): Map<string, T> =>
  new Map(Object.entries(glob).map(([path, value]) => [path.replace(/^.*\/([^/]+)\.yml$/, '$1'), value]));

/** A loader over one glob of locale files (`{ '../../locales/ja.yml': () => import(…) }`). */
export function catalogLoader(glob: Record<string, () => Promise<Catalog>>, pseudo: PseudoCatalog): CatalogLoader {
  const byFile = byLocaleFile(glob);
  const english = () => byFile.get('en')!();
  return async (locale) => {
    if (locale === PSEUDO_LOCALE) return { locale, catalog: await pseudo(await english()) };
    const load = byFile.get(LOCALE_FILE[locale]);
    return load ? { locale, catalog: await load() } : { locale: 'en', catalog: await english() };
  };
}
