import type { LanguageCode } from '../lexicon';

/**
 * What Intl answers about the locales and currencies Ads Manager pages use most, written down. The
 * first Intl formatter a page's script context makes costs 20-60 ms in Chromium (ICU sets up its
 * data for the context), more than the rest of a first read of a 14,000-element page, and a read
 * needs only a handful of these facts. So money-currency.ts and dates.ts look here first and ask
 * Intl only about other locales and currencies. Each entry is checked against Intl by
 * intl-facts.test.ts, which also fails when an ambiguous currency symbol is added without its row.
 */

/** A lexicon language's market locale and what Intl answers about it. */
export interface LocaleFacts {
  /**
   * The locale: Intl needs a region to pick number and date conventions, and this is the market Ads
   * Manager serves the language in first.
   */
  locale: string;
  /** The decimal mark Intl.NumberFormat writes. */
  decimal: string;
  /** Whether Intl.DateTimeFormat writes a numeric date month before day. */
  monthFirst: boolean;
  /**
   * For each currency symbol that stands for several currencies: the one candidate Intl writes with
   * exactly that symbol in this locale, or null when none or several do.
   */
  symbols: Readonly<Record<string, string | null>>;
}

// Symbols no listed locale writes for exactly one of their candidates.
const NONE = { 元: null, Rs: null, 'Rs.': null, kr: null, 'kr.': null } as const;

// Built by a call marked pure: a bundle that reads none of the facts (the board's) drops the table,
// where the spreads of an object literal would stay and run.
export const LOCALE_FACTS: Readonly<Record<LanguageCode, LocaleFacts>> = /* @__PURE__ */ localeFacts();

function localeFacts(): Record<LanguageCode, LocaleFacts> {
  return {
    en: { locale: 'en-US', decimal: '.', monthFirst: true, symbols: { ...NONE, $: 'USD', '£': 'GBP', '¥': 'JPY' } },
    es: { locale: 'es-ES', decimal: ',', monthFirst: false, symbols: { ...NONE, $: null, '£': null, '¥': null } },
    'pt-BR': { locale: 'pt-BR', decimal: ',', monthFirst: false, symbols: { ...NONE, $: null, '£': 'GBP', '¥': null } },
    fr: { locale: 'fr-FR', decimal: ',', monthFirst: false, symbols: { ...NONE, $: null, '£': null, '¥': null } },
    de: { locale: 'de-DE', decimal: ',', monthFirst: false, symbols: { ...NONE, $: 'USD', '£': 'GBP', '¥': 'JPY' } },
    it: { locale: 'it-IT', decimal: ',', monthFirst: false, symbols: { ...NONE, $: null, '£': 'GBP', '¥': null } },
    id: { locale: 'id-ID', decimal: ',', monthFirst: false, symbols: { ...NONE, $: null, '£': 'GBP', '¥': null, Rs: 'INR' } },
    ms: { locale: 'ms-MY', decimal: '.', monthFirst: false, symbols: { ...NONE, $: null, '£': 'GBP', '¥': null } },
    vi: { locale: 'vi-VN', decimal: ',', monthFirst: false, symbols: { ...NONE, $: null, '£': 'GBP', '¥': 'JPY' } },
    th: { locale: 'th-TH', decimal: '.', monthFirst: false, symbols: { ...NONE, $: null, '£': 'GBP', '¥': 'JPY' } },
    ja: { locale: 'ja-JP', decimal: '.', monthFirst: true, symbols: { ...NONE, $: 'USD', '£': 'GBP', '¥': null, 元: 'CNY' } },
    ko: { locale: 'ko-KR', decimal: '.', monthFirst: true, symbols: { ...NONE, $: null, '£': 'GBP', '¥': null } },
    'zh-Hans': { locale: 'zh-CN', decimal: '.', monthFirst: true, symbols: { ...NONE, $: null, '£': 'GBP', '¥': 'CNY' } },
    'zh-Hant': { locale: 'zh-TW', decimal: '.', monthFirst: true, symbols: { ...NONE, $: 'TWD', '£': 'GBP', '¥': 'JPY' } },
    ar: { locale: 'ar', decimal: '.', monthFirst: false, symbols: { ...NONE, $: null, '£': null, '¥': null } },
    tr: { locale: 'tr-TR', decimal: ',', monthFirst: false, symbols: { ...NONE, $: 'USD', '£': 'GBP', '¥': 'JPY' } },
    ru: { locale: 'ru-RU', decimal: ',', monthFirst: false, symbols: { ...NONE, $: 'USD', '£': 'GBP', '¥': 'JPY' } },
    pl: { locale: 'pl-PL', decimal: ',', monthFirst: false, symbols: { ...NONE, $: null, '£': null, '¥': null } },
  };
}

/** `LOCALE_FACTS` by locale, without inherited keys: locales come from pages. */
export const INTL_LOCALE_FACTS_OF: ReadonlyMap<string, LocaleFacts> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ Object.values(LOCALE_FACTS).map((facts) => [facts.locale, facts]),
);

/**
 * Fraction digits Intl gives the currencies the symbols stand for (money-data.ts) and the markets'
 * own; any other currency is asked of Intl. Only currencies whose digits CLDR versions agree on
 * are listed (RSD, for one, differs between Node's and Chromium's).
 */
export const INTL_MINOR_UNITS: Readonly<Record<string, number>> = {
  CLP: 0, COP: 0, JPY: 0, KRW: 0, VND: 0, IDR: 0, PKR: 0, ISK: 0,
  KWD: 3, OMR: 3, BHD: 3,
  ...Object.fromEntries(
    'USD CAD AUD MXN TWD HKD SGD NZD ARS BRL EUR GBP EGP CNY THB TRY RUB PLN MYR PHP INR LKR NPR SEK NOK DKK ILS UAH NGN KZT SAR AED QAR CHF'
      .split(' ')
      .map((code) => [code, 2]),
  ),
};
