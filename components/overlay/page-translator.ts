import { loadPageCatalog } from '../../lib/i18n/page-catalog';
import { translatorLoader } from '../../lib/i18n/translate';

/** The overlay's words in a language: its `page` groups, each language a chunk in the Billing module's folder. */
export const loadPageTranslator = translatorLoader(loadPageCatalog);
