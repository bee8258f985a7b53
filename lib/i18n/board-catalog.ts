/** The deadlines board's language, loaded on first use with everything that reads it (board-translator.ts). */
import type { TranslatorLoader } from './catalog';

export const loadBoardTranslator: TranslatorLoader = async (locale, timeZone) => (await import('./board-translator')).loadBoardTranslator(locale, timeZone);
