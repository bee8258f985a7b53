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
  terms: Partial<Record<Concept, readonly string[]>>;
}
