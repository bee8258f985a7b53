/**
 * The UI languages: the 18 lexicon languages (the reader understands Ads Manager in each, so the
 * overlay can answer in the page's own language), plus a pseudo-locale for finding strings that skip
 * the lookup and layouts that clip longer text. Locale files use Chrome's codes (`_locales` needs them).
 */
import { LANGUAGE_CODES, type LanguageCode } from '../lexicon/types';

export const PSEUDO_LOCALE = 'en-XA';
export type UiLocale = LanguageCode | typeof PSEUDO_LOCALE;
export const UI_LOCALES: readonly LanguageCode[] = LANGUAGE_CODES;

/** `locales/<file>.yml` for each language. */
export const LOCALE_FILE: Readonly<Record<LanguageCode, string>> = Object.freeze({
  ...(Object.fromEntries(LANGUAGE_CODES.map((code) => [code, code])) as Record<LanguageCode, string>),
  'pt-BR': 'pt_BR',
  'zh-Hans': 'zh_CN',
  'zh-Hant': 'zh_TW',
});

export function isUiLocale(value: unknown): value is UiLocale {
  return value === PSEUDO_LOCALE || (typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value));
}

/** The tag Intl formats with: the pseudo-locale formats as English. */
export const intlTag = (locale: UiLocale): string => (locale === PSEUDO_LOCALE ? 'en' : locale);

export const directionOf = (locale: UiLocale): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

const TRADITIONAL = /^zh[-_](hant|tw|hk|mo)\b/i;

/**
 * The UI language for a BCP 47 tag from a page's `lang`, the reader or the browser ("pt" and "pt-PT"
 * read as pt-BR, "zh-TW" / "zh-HK" as Traditional, any other "zh" as Simplified, "in" as Indonesian),
 * or null when we do not speak it.
 */
export function matchLocale(tag: string | null | undefined): LanguageCode | null {
  if (typeof tag !== 'string') return null;
  const clean = tag.trim().replace(/_/g, '-');
  if (!clean) return null;
  const exact = LANGUAGE_CODES.find((code) => code.toLowerCase() === clean.toLowerCase());
  if (exact) return exact;
  const primary = clean.split('-')[0]!.toLowerCase();
  if (primary === 'zh') return TRADITIONAL.test(clean) ? 'zh-Hant' : 'zh-Hans';
  if (primary === 'pt') return 'pt-BR';
  if (primary === 'in') return 'id';
  return LANGUAGE_CODES.find((code) => code === primary) ?? null;
}

/** The setting "Language: automatic / <one>": `auto` follows the page (overlay) or the browser (popup, options). */
export type LanguageSetting = 'auto' | UiLocale;

export function chooseLocale(setting: LanguageSetting | null | undefined, ...automatic: (string | null | undefined)[]): UiLocale {
  if (setting && setting !== 'auto' && isUiLocale(setting)) return setting;
  for (const tag of automatic) {
    const found = matchLocale(tag);
    if (found) return found;
  }
  return 'en';
}

/** A language's name in that language ("日本語", "Bahasa Indonesia"), for the language picker. */
export function endonym(locale: LanguageCode): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
    return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : locale;
  } catch {
    return locale;
  }
}
