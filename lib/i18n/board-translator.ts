/**
 * The deadlines board's messages (the `board` scope of each locale file: its own words, countdowns, and
 * the popup's words for the storage notice and the edit forms), one chunk per language, and the lookup
 * that reads them. In the board's first load, with the lookup: the board draws nothing before its words,
 * and a lazily imported lookup cost a second round of chunk loading on that path (issue 13, the first
 * paint); only the language's own chunk is fetched when asked, and only when this build has not kept
 * it from an earlier opening (kept-words.ts).
 */
import type { Catalog } from './catalog-shape';
import { catalogLoader } from './catalog';
import { keptWords } from './kept-words';
import { pageStore } from '../page-store';
import { pseudoCatalog } from './pseudo';
import { translatorLoader } from './translate';

export const BOARD_WORDS_KEY = 'credit-lens/board-words';

export const loadBoardCatalog = keptWords(
  catalogLoader(import.meta.glob<Catalog>('../../locales/*.yml', { query: '?scope=board', import: 'default' }), pseudoCatalog),
  BOARD_WORDS_KEY,
  import.meta.glob<string>('../../locales/*.yml', { query: '?scope=board&hash', import: 'default', eager: true }),
  pageStore,
);
export const loadBoardTranslator = translatorLoader(loadBoardCatalog);
