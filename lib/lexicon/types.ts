import type { Concept } from './concepts';

export type LanguageCode =
  | 'en' | 'es' | 'pt-BR' | 'fr' | 'de' | 'it' | 'id' | 'ms' | 'vi'
  | 'th' | 'ja' | 'ko' | 'zh-Hans' | 'zh-Hant' | 'ar' | 'tr' | 'ru' | 'pl';

/** Order matters: guessLanguage breaks remaining ties by it, so the most common UI language comes first. */
export const LANGUAGE_CODES: readonly LanguageCode[] = Object.freeze([
  'en', 'es', 'pt-BR', 'fr', 'de', 'it', 'id', 'ms', 'vi',
  'th', 'ja', 'ko', 'zh-Hans', 'zh-Hant', 'ar', 'tr', 'ru', 'pl',
] as const);

/**
 * Phrases as a person would write them; the matcher normalises them (case, diacritics, width).
 * A phrase ending in `*` also matches when its last word carries an ending (inflected languages:
 * tr "zaten kullanıl*" for kullanıldı / kullanılmış / kullanılmıştır). Use it only where the stem
 * cannot start an unrelated word.
 */
export interface LanguagePack {
  lang: LanguageCode;
  /**
   * The twelve Gregorian months as this language writes them in dates (lib/reader/dates-data.ts): each
   * entry lists one month's full, genitive and abbreviated forms ("januar|jänner|jan|jän"), compared
   * after monthKey(), so case, dots and Latin diacritics do not matter. Absent where the month is a
   * number (vi "thg 11", zh/ja "11月", ko "11월"), which dates.ts reads by pattern. A page's dates are
   * read in the languages installed for it, so its month names travel with its lexicon chunk (issue 11).
   */
  months?: readonly string[];
  terms: Partial<Record<Concept, readonly string[]>>;
}
