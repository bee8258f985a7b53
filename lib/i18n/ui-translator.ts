/**
 * The popup's (its `popup` scope) and the options page's (everything) messages, one chunk per language
 * and surface, and the lookup that reads them.
 * Loaded with the first language (ui-catalog.ts imports this module when first asked), so the list of
 * language chunks, the lookup and the currency table it formats amounts with stay out of the popup's
 * first load: the popup shows nothing before its language has arrived anyway.
 */
import type { Catalog } from './catalog-shape';
import { catalogLoader } from './catalog';
import { pseudoCatalog } from './pseudo';
import { mergedTranslatorLoader } from './merged-words';
import { translatorLoader } from './translate';

export const loadUiCatalog = catalogLoader(import.meta.glob<Catalog>('../../locales/*.yml', { query: '?scope=all', import: 'default' }), pseudoCatalog);
export const loadUiTranslator = translatorLoader(loadUiCatalog);

export const loadPopupCatalog = catalogLoader(import.meta.glob<Catalog>('../../locales/*.yml', { query: '?scope=popup', import: 'default' }), pseudoCatalog);
export const loadPopupTranslator = translatorLoader(loadPopupCatalog);

const loadPopupGuidesCatalog = catalogLoader(import.meta.glob<Catalog>('../../locales/*.yml', { query: '?scope=popupGuides', import: 'default' }), pseudoCatalog);
/** The popup's words with the guides' (their own chunk per language), for the panels that show a guide. */
export const loadPopupGuidesTranslator = mergedTranslatorLoader(loadPopupCatalog, loadPopupGuidesCatalog);
