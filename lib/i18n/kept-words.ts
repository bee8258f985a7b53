/**
 * A page's words kept from its last opening, so the next one has them without fetching its language's
 * chunk (issue 13, the board's first paint: once the notes came sooner, the board's words were the
 * last thing it waited for; fetching and evaluating the chunk took about 40 ms after its code ran).
 *
 * Exact, not a guess: a kept copy is used only while it is the words this build ships. The build gives
 * each language's hash (scripts/i18n/vite-plugin.ts, `&hash`), a few bytes per language in the page's
 * script; a copy kept under another hash is loaded again. Each language is kept under its own key, so a
 * page that speaks the browser's language until its notes say otherwise finds both.
 */
import type { Catalog } from './catalog-shape';
import { byLocaleFile, type CatalogLoader, type LoadedCatalog } from './catalog';
import { LOCALE_FILE, PSEUDO_LOCALE } from './locales';
import type { PageStore } from '../page-store';

interface Kept extends LoadedCatalog {
  hash: string;
}

function keptFor(store: PageStore | null, key: string, hash: string): LoadedCatalog | null {
  try {
    const kept = JSON.parse(store?.getItem(key) ?? 'null') as Partial<Kept> | null;
    if (kept?.hash !== hash || typeof kept.locale !== 'string' || typeof kept.catalog !== 'object' || kept.catalog === null) return null;
    return { locale: kept.locale, catalog: kept.catalog as Catalog };
  } catch {
    return null;
  }
}

/**
 * `load`, answered from the page's store when it holds this build's words for the language, else loaded
 * and kept for the next opening. `hashes` is the glob of the hashes of the words this build ships, one
 * per locale file; a language with none (the pseudo-locale) is always loaded. `store` is asked for on
 * each load (null: storage is off, and nothing is kept).
 */
export function keptWords(load: CatalogLoader, prefix: string, hashes: Readonly<Record<string, string>>, store: () => PageStore | null): CatalogLoader {
  const byFile = byLocaleFile(hashes);
  return async (locale) => {
    const hash = locale === PSEUDO_LOCALE ? undefined : byFile.get(LOCALE_FILE[locale]);
    if (hash === undefined) return load(locale);
    const key = `${prefix}/${locale}`;
    const shelf = store();
    const kept = keptFor(shelf, key, hash);
    if (kept) return kept;
    const loaded = await load(locale);
    try {
      shelf?.setItem(key, JSON.stringify({ hash, locale: loaded.locale, catalog: loaded.catalog } satisfies Kept));
    } catch {
      // Full or switched off: the next opening loads the chunk, as this one did.
    }
    return loaded;
  };
}
