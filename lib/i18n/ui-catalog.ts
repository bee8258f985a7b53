/** The popup's and the options page's language, loaded on first use with everything that reads it (ui-translator.ts). */
import type { LoadedCatalog, TranslatorLoader } from './catalog';
import type { UiLocale } from './locales';

export const loadUiTranslator: TranslatorLoader = async (locale, timeZone) => (await import('./ui-translator')).loadUiTranslator(locale, timeZone);
export const loadUiCatalog = async (locale: UiLocale): Promise<LoadedCatalog> => (await import('./ui-translator')).loadUiCatalog(locale);
