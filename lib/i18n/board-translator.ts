/**
 * The deadlines board's messages (the `board` scope of each locale file: its own words, countdowns, and
 * the popup's words for the storage notice and the edit forms), one chunk per language, and the lookup
 * that reads them. Loaded with the first language (board-catalog.ts imports this module when first
 * asked), so neither the list of language chunks nor the lookup is in the board's first load.
 */
import type { Catalog } from './catalog-shape';
import { catalogLoader } from './catalog';
import { translatorLoader } from './translate';

export const loadBoardTranslator = translatorLoader(catalogLoader(import.meta.glob<Catalog>('../../locales/*.yml', { query: '?scope=board', import: 'default' })));
