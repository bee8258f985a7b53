/**
 * The board's words with its pasted account list's (the `boardAccountList` scope, one chunk per
 * language), for the account dialog: imported by that dialog's chunk only, so the board's first paint
 * carries neither these words nor their list of chunks.
 */
import type { Catalog } from './catalog-shape';
import { catalogLoader } from './catalog';
import { loadBoardCatalog } from './board-translator';
import { pseudoCatalog } from './pseudo';
import { mergedTranslatorLoader } from './merged-words';

export const loadAccountListTranslator = mergedTranslatorLoader(
  loadBoardCatalog,
  catalogLoader(import.meta.glob<Catalog>('../../locales/*.yml', { query: '?scope=boardAccountList', import: 'default' }), pseudoCatalog),
);
