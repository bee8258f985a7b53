/**
 * Data for money.ts: how pages write currencies, and the text folding shared with dates.ts.
 */
import { CURRENCY_CODE } from './value-shapes';

export interface CurrencyToken {
  /** The token as it appears in folded text. */
  text: string;
  /** ISO 4217 codes it may stand for, the most likely first (the default when nothing decides). */
  candidates: readonly string[];
}

interface TokenSpec {
  candidates: readonly string[];
  /**
   * A word or syllable that is a currency only right beside a number ("원" is also in "회원"):
   * 'after' the number, or on 'either' side ("元 1,234.50" in ja, "1,234元" in zh).
   */
  beside?: 'after' | 'either';
}

// Symbols and words for currencies, as Intl (symbol and narrowSymbol) and pages write them, after
// foldText (so "￥" is "¥", "￦" is "₩"). Arabic symbols appear with and without their final dot.
// Each token's candidates are written as one space-separated string: the table ships as written,
// and some ninety `{ candidates: [...] }` objects cost the lazily loaded billing module more bytes.
const WRITTEN: Readonly<Record<string, string>> = {
  $: 'USD CAD AUD MXN TWD HKD SGD NZD ARS CLP COP',
  US$: 'USD',
  $US: 'USD',
  CA$: 'CAD',
  C$: 'CAD',
  $CA: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  $AU: 'AUD',
  NT$: 'TWD',
  HK$: 'HKD',
  $HK: 'HKD',
  S$: 'SGD',
  SG$: 'SGD',
  $SG: 'SGD',
  MX$: 'MXN',
  $MX: 'MXN',
  NZ$: 'NZD',
  R$: 'BRL',
  '€': 'EUR',
  '£': 'GBP EGP',
  'UK£': 'GBP',
  '£GB': 'GBP',
  'E£': 'EGP',
  '£E': 'EGP',
  '¥': 'JPY CNY',
  'JP¥': 'JPY',
  'CN¥': 'CNY',
  RMB: 'CNY',
  元: 'CNY TWD HKD',
  人民币: 'CNY',
  人民幣: 'CNY',
  美元: 'USD',
  日元: 'JPY',
  港元: 'HKD',
  港币: 'HKD',
  港幣: 'HKD',
  新台币: 'TWD',
  新台幣: 'TWD',
  欧元: 'EUR',
  歐元: 'EUR',
  韩元: 'KRW',
  韓元: 'KRW',
  円: 'JPY',
  '₩': 'KRW',
  원: 'KRW',
  '₫': 'VND',
  đ: 'VND',
  VNĐ: 'VND',
  '฿': 'THB',
  บาท: 'THB',
  '₺': 'TRY',
  TL: 'TRY',
  '₽': 'RUB',
  'руб.': 'RUB',
  руб: 'RUB',
  'р.': 'RUB',
  zł: 'PLN',
  Rp: 'IDR',
  RM: 'MYR',
  '₱': 'PHP',
  '₹': 'INR',
  Rs: 'INR PKR LKR NPR',
  'Rs.': 'INR PKR LKR NPR',
  kr: 'SEK NOK DKK ISK',
  'kr.': 'DKK SEK NOK ISK',
  '₪': 'ILS',
  '₴': 'UAH',
  '₦': 'NGN',
  '₸': 'KZT',
  'ر.س.': 'SAR',
  'ر.س': 'SAR',
  'د.إ.': 'AED',
  'د.إ': 'AED',
  'ج.م.': 'EGP',
  'ج.م': 'EGP',
  'ر.ق.': 'QAR',
  'ر.ق': 'QAR',
  'د.ك.': 'KWD',
  'د.ك': 'KWD',
  'ر.ع.': 'OMR',
  'ر.ع': 'OMR',
  'د.ب.': 'BHD',
  'د.ب': 'BHD',
};

/** The tokens that are a currency only right beside a number (see TokenSpec.beside). */
const BESIDE: Readonly<Record<string, TokenSpec['beside']>> = {
  元: 'either',
  円: 'after',
  원: 'after',
  đ: 'after',
  บาท: 'after',
  'руб.': 'after',
  руб: 'after',
  'р.': 'after',
};

export const SYMBOLS: Readonly<Record<string, TokenSpec>> = /* @__PURE__ */ tokenSpecs();

function tokenSpecs(): Record<string, TokenSpec> {
  return Object.fromEntries(
    Object.entries(WRITTEN).map(([text, codes]) => {
      const beside = BESIDE[text];
      return [text, beside ? { candidates: codes.split(' '), beside } : { candidates: codes.split(' ') }];
    }),
  );
}

// ISO codes that are also everyday upper-case words on a page ("ALL 5", "TOP 10").
const NOT_CODES = new Set(['ALL', 'TOP', 'CUP', 'XXX', 'XTS']);
const FALLBACK_CODES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'TWD', 'KRW', 'IDR', 'MYR', 'THB', 'VND', 'BRL', 'MXN', 'TRY', 'RUB',
  'PLN', 'AUD', 'CAD', 'SGD', 'PHP', 'SAR', 'AED', 'EGP', 'CHF', 'INR', 'HKD', 'NZD'];

// The tables are built by functions whose calls are marked pure: a bundle that takes none of them (the
// popup's, the board's and the background's, which need foldText or a currency's digits) drops them
// whole, where a bare `new Set(...)` or loop stays for its side effects: those asked Intl for every
// currency as each of those contexts started.

/** Every ISO 4217 code the browser knows: a code written in a currency label ("Currency: ALL") is one. */
export const ISO_CURRENCIES: ReadonlySet<string> = /* @__PURE__ */ knownCurrencies();
// Beside an amount, only the codes that are not also everyday words.
const ISO_CODES: ReadonlySet<string> = /* @__PURE__ */ codesBesideAmounts(ISO_CURRENCIES);
const BY_FIRST_CHAR = /* @__PURE__ */ byFirstChar(SYMBOLS);

function knownCurrencies(): ReadonlySet<string> {
  return new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : FALLBACK_CODES);
}

function codesBesideAmounts(codes: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...codes].filter((c) => !NOT_CODES.has(c)));
}

/** The symbols by their first character, longest first, so the longest written form wins ("US$" over "$"). */
function byFirstChar(symbols: Readonly<Record<string, TokenSpec>>): ReadonlyMap<string, readonly string[]> {
  const index = new Map<string, string[]>();
  for (const text of Object.keys(symbols).sort((a, b) => b.length - a.length)) {
    const first = text[0]!;
    index.set(first, [...(index.get(first) ?? []), text]);
  }
  return index;
}

const LETTER = /\p{L}/u;
// Scripts written without spaces between words: a token there needs no word boundary.
const UNSPACED = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Thai}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function bounded(text: string, whole: string, at: number): boolean {
  const before = whole[at - 1];
  const after = whole[at + text.length];
  const head = text[0]!;
  const tail = text[text.length - 1]!;
  if (before && LETTER.test(head) && !UNSPACED.test(head) && LETTER.test(before)) return false;
  if (after && LETTER.test(tail) && !UNSPACED.test(tail) && LETTER.test(after)) return false;
  return true;
}

/** The currency token that starts at `at` in folded text, if any. */
export function currencyTokenAt(whole: string, at: number): CurrencyToken | null {
  for (const text of BY_FIRST_CHAR.get(whole[at]!) ?? []) {
    if (!whole.startsWith(text, at) || !bounded(text, whole, at)) continue;
    const spec = SYMBOLS[text]!;
    if (spec.beside) {
      const after = /\d\s*$/.test(whole.slice(Math.max(0, at - 4), at));
      const before = /^\s*[-−]?\d/.test(whole.slice(at + text.length, at + text.length + 4));
      if (!after && !(spec.beside === 'either' && before)) continue;
    }
    return { text, candidates: spec.candidates };
  }
  const code = whole.slice(at, at + 3);
  if (CURRENCY_CODE.test(code) && ISO_CODES.has(code) && bounded(code, whole, at)) return { text: code, candidates: [code] };
  return null;
}

/** Any digit a page may use for an amount or a date (ASCII, Arabic-Indic, Persian, Devanagari, Thai, fullwidth). */
export const HAS_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0e50-\u0e59\uff10-\uff19]/;

const INVISIBLE = '\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ue000-\uf8ff';
const ODD_SPACES = '\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000';
const OTHER_DIGITS = '\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0e50-\u0e59';
const FULLWIDTH = '\uff01-\uff5e\uffe0-\uffe6';
/** One character of any of these ranges. */
const anyOf = (ranges: readonly string[], flags?: string) => new RegExp(`[${ranges.join('')}]`, flags);
const FOLD = /* @__PURE__ */ anyOf([INVISIBLE, ODD_SPACES, '\u2010\u2011', OTHER_DIGITS, FULLWIDTH], 'g');
const IS_INVISIBLE = /* @__PURE__ */ anyOf([INVISIBLE]);
const ASCII = /^[\x00-\x7f]*$/;
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x0e50];
const FULLWIDTH_SIGNS: Record<string, string> = { '\uffe0': '¢', '\uffe1': '£', '\uffe5': '¥', '\uffe6': '₩' };

/**
 * Folds what varies between pages but not in meaning: bidi and invisible marks go, and so do
 * private-use characters (icon-font glyphs; the readers use that range for their own markers);
 * odd spaces become " "; other digit systems and fullwidth forms become ASCII. Deliberately not
 * NFKC, which would also turn "①" or "²" into digits.
 */
export function foldText(text: string): string {
  // Everything folded lies outside ASCII, and ASCII is its own NFC: most amounts need no work.
  if (ASCII.test(text)) return text;
  return text.normalize('NFC').replace(FOLD, (ch) => {
    const code = ch.charCodeAt(0);
    if (IS_INVISIBLE.test(ch)) return '';
    if (ch === '\u2010' || ch === '\u2011') return '-';
    for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
    return FULLWIDTH_SIGNS[ch] ?? ' ';
  });
}
