/**
 * The deadlines board's messages (the `board` scope of each locale file: its own words, countdowns, and
 * the popup's words for the storage notice and the edit forms), one chunk per language, and the lookup
 * that reads them. In the board's first load, with the lookup: the board draws nothing before its words,
 * and a lazily imported lookup cost a second round of chunk loading on that path (issue 13, the first
 * paint); only the language's own chunk is fetched when asked.
 */
import type { Catalog } from './catalog-shape';
import { catalogLoader } from './catalog';
import { pseudoCatalog } from './pseudo';
import { translatorLoader } from './translate';

export const loadBoardTranslator = translatorLoader(catalogLoader(import.meta.glob<Catalog>('../../locales/*.yml', { query: '?scope=board', import: 'default' }), pseudoCatalog));
