/**
 * Loads one language's messages, and only that one: each locale file is its own chunk (Vite's glob
 * import, compiled by scripts/i18n/vite-plugin.ts), fetched from the extension's package when a
 * surface first speaks that language. In the Billing module the chunks sit in its own
 * web-accessible folder, so the content script can import them; nothing else is ever fetched.
 * A language whose file does not exist yet falls back to English.
 */
import type { Catalog, Scope } from './catalog-shape';
import { LOCALE_FILE, PSEUDO_LOCALE, type UiLocale } from './locales';
import { pseudoCatalog } from './pseudo';

type Loader = () => Promise<Catalog>;

// One glob per scope: the query is part of the import, so each surface's chunks hold only its groups.
const PAGE = import.meta.glob<Catalog>('../../locales/*.yml', { query: '?scope=page', import: 'default' });
const ALL = import.meta.glob<Catalog>('../../locales/*.yml', { query: '?scope=all', import: 'default' });

const fileOf = (path: string) => path.replace(/^.*\/([^/]+)\.yml$/, '$1');

function loadersOf(glob: Record<string, Loader>): Map<string, Loader> {
  return new Map(Object.entries(glob).map(([path, load]) => [fileOf(path), load]));
}

const LOADERS: Record<Exclude<Scope, 'notify'>, Map<string, Loader>> = { page: loadersOf(PAGE), all: loadersOf(ALL) };

/** The languages that have a locale file in this build. */
export function availableFiles(): string[] {
  return [...LOADERS.all.keys()].sort();
}

export interface LoadedCatalog {
  /** The locale the messages are in: the one asked for, or English when it has no file yet. */
  locale: UiLocale;
  catalog: Catalog;
}

export async function loadCatalog(locale: UiLocale, scope: Exclude<Scope, 'notify'> = 'all'): Promise<LoadedCatalog> {
  const loaders = LOADERS[scope];
  if (locale === PSEUDO_LOCALE) return { locale, catalog: pseudoCatalog(await loaders.get('en')!()) };
  const load = loaders.get(LOCALE_FILE[locale]);
  if (load) return { locale, catalog: await load() };
  return { locale: 'en', catalog: await loaders.get('en')!() };
}
