/** The options page's and (its own smaller scope) the popup's language, loaded on first use with everything that reads it (ui-translator.ts). */
import type { LoadedCatalog, TranslatorLoader } from './catalog';
import type { UiLocale } from './locales';

export const loadUiTranslator: TranslatorLoader = async (locale, timeZone) => (await import('./ui-translator')).loadUiTranslator(locale, timeZone);
export const loadUiCatalog = async (locale: UiLocale): Promise<LoadedCatalog> => (await import('./ui-translator')).loadUiCatalog(locale);
export const loadPopupTranslator: TranslatorLoader = async (locale, timeZone) => (await import('./ui-translator')).loadPopupTranslator(locale, timeZone);
export const loadPopupCatalog = async (locale: UiLocale): Promise<LoadedCatalog> => (await import('./ui-translator')).loadPopupCatalog(locale);
export const loadPopupGuidesTranslator: TranslatorLoader = async (locale, timeZone) => (await import('./ui-translator')).loadPopupGuidesTranslator(locale, timeZone);
