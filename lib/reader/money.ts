/**
 * Amounts as Ads Manager shows them, read into exact decimal strings.
 *
 * The page formats amounts with Intl-like rules in the user's language, which we may not know, so
 * every decision here tries to hold up without hints and gets sharper with them. Money never passes
 * through floating point: the value is rebuilt from the digits shown.
 */
import { localeDecimal, minorUnits, resolveCurrency } from './money-currency';
import { currencyTokenAt, type CurrencyToken, foldText, HAS_DIGIT } from './money-data';

export { minorUnits } from './money-currency';

export interface Money { value: string; currency: string | null }
export interface MoneyHints { locale?: string; currency?: string | null }

/** Amounts sit in labels and short sentences; longer texts are paragraphs, not amounts. */
const MAX_TEXT = 240;

// Spans that are made of digits but are never amounts. Replaced before looking for amounts so
// that their digits cannot be read as one.
const NOT_AMOUNTS: readonly RegExp[] = [
  /(?<!\d)\d{4}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{1,2}\.?(?!\d)/g, // 2026-11-24, 2026. 11. 24.
  /(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?!\d)/g, // 24.11.2026, 11/24/26
  /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?/g, // times
  /(?:UTC|GMT)\s?[-+−]\s?\d{1,2}(?::?\d{2})?/gi,
  /[%٪]\s?\d+(?:[.,]\d+)?|\d+(?:[.,'’٫٬]\d+|\s\d{3}(?!\d))*\s?[%٪‰]/g, // 50%, Turkish %50
  /\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,}/g, // +1 555 123 4567
  /\(\d{2,4}\)\s?\d{3,4}[\s.-]\d{3,4}/g, // (555) 123-4567
  /\d+(?:-\d+){2,}/g, // 555-123-4567 and other hyphenated ids
];

const PUA = 0xe000; // currency tokens become one private-use character each, indexed from here
const CUR = '[\\ue000-\\uf8ff]';
const NUM = `\\d+(?:(?:[.,'’٫٬]|\\s(?=\\d{3}(?!\\d)))\\d+)*`;
/** The amount pattern, with `word` the class of letters and digits a number must not touch. */
const amountPattern = (word: string) =>
  new RegExp(
    `(\\(\\s*)?` + // 1: accounting brackets open
      `(?:(?<![${word}])([-−]))?` + // 2: sign before the currency ("-$5", "-USD 5")
      `(?:(${CUR})\\s*)?` + // 3: prefix currency
      `([-−])?` + // 4: sign after the currency ("$-5.00" in de-CH)
      `(?<![${word}_#]|[${word}][-/.,'’٫٬])` + // not inside a word, id or version ("Q3", "ID-123", "v1.2.3")
      `(${NUM})` + // 5
      `(?![${word}]|[.,'’٫٬]\\d)` +
      `(?:\\s*(${CUR}))?` + // 6: suffix currency
      `(\\s*\\))?`, // 7: accounting brackets close
    'gu',
  );
const AMOUNT = /* @__PURE__ */ amountPattern('\\p{L}\\p{N}');
// The letters and digits of ASCII are [A-Za-z0-9] and currency tokens are private-use characters
// (neither): on such a text this one matches exactly as AMOUNT does, and is compiled in a tenth of
// the time (Unicode property classes cost a first read about a millisecond to compile).
const ASCII_AMOUNT = /* @__PURE__ */ amountPattern('A-Za-z0-9');
const ASCII_OR_TOKENS = /^[\x00-\x7f\ue000-\uf8ff]*$/;


/**
 * Which separator is the decimal one. Returns the integer and fraction digits, or null when the
 * separators do not form a number (e.g. "1.2.3", "1,23,4").
 */
function splitDigits(num: string, minor: number | null, locale: string | null): { int: string; frac: string } | null {
  const marks = [...num.matchAll(/[^\d]/g)].map((m) => ({ ch: m[0] === '’' ? "'" : /\s/.test(m[0]) ? ' ' : m[0], at: m.index }));
  const last = marks[marks.length - 1] ?? { ch: '', at: -1 };
  const dotComma = marks.filter((m) => m.ch === '.' || m.ch === ',');
  let decimalAt = -1;
  if (marks.some((m) => m.ch === '٫')) {
    decimalAt = last.at; // the Arabic decimal separator is never a grouping mark
    if (last.ch !== '٫' || marks.filter((m) => m.ch === '٫').length > 1) return null;
  } else if (dotComma.length > 0 && dotComma[dotComma.length - 1] === last) {
    const lastCount = dotComma.filter((m) => m.ch === last.ch).length;
    if (lastCount === 1 && (dotComma.length > 1 || marks.length > 1)) {
      decimalAt = last.at; // "1.234,50", "1 234,50", "1'234.50": the last mark differs from the grouping
    } else if (lastCount === 1) {
      const int = num.slice(0, last.at);
      const frac = num.slice(last.at + 1);
      if (loneMarkIsDecimal(last.ch, int, frac, minor, locale)) decimalAt = last.at;
    } else if (lastCount !== dotComma.length) {
      return null; // "1,234.567.89": the decimal mark repeats
    }
  }
  const intText = decimalAt < 0 ? num : num.slice(0, decimalAt);
  const frac = decimalAt < 0 ? '' : num.slice(decimalAt + 1);
  const groups = intText.split(/[^\d]/);
  const groupMarks = new Set(marks.filter((m) => m.at !== decimalAt).map((m) => m.ch));
  if (groupMarks.size > 1 || !validGrouping(groups)) return null;
  const int = groups.join('');
  if (int.length > 1 && int.startsWith('0')) return null; // "007", "0123": codes, not amounts
  return { int, frac };
}

/**
 * One "." or "," with three digits after it, as in "1.234" or "0.125". Three digits after a lone mark
 * are rarely a fraction: a currency with 0 or 2 minor units is never formatted that way, so a known
 * currency says grouping. Without one, the locale's own decimal mark decides ("1.234" is 1234 in de,
 * 1.234 in en); without either, grouping, the reading that is right for most pages.
 */
function loneMarkIsDecimal(mark: string, int: string, frac: string, minor: number | null, locale: string | null): boolean {
  if (frac.length !== 3) return true;
  if (int === '0' || int.length > 3) return true; // grouping cannot follow a bare zero or four digits
  if (minor !== null) return minor === 3;
  // Asked only here: most amounts never need the locale's mark, and asking Intl costs.
  return (locale ? localeDecimal(locale) : null) === mark;
}

function validGrouping(groups: string[]): boolean {
  if (groups.length === 1) return true;
  const [first = '', ...rest] = groups;
  const tail = rest[rest.length - 1] ?? '';
  if (first.length < 1 || first.length > 3 || tail.length !== 3) return false;
  const middle = rest.slice(0, -1);
  // Western groups of three, or Indian lakh/crore groups of two ("12,34,567").
  return middle.every((g) => g.length === 3) || (first.length <= 2 && middle.every((g) => g.length === 2));
}

interface Found { money: Money; shownCurrency: boolean }

// Re-reads ask about the same texts again; a page shows a few hundred distinct amounts at most.
// The answers are shared: callers read them and never change them.
/** Answers by locale, then currency hint, then text. */
const parsed = new Map<string, Map<string, Map<string, Money | null>>>();
const PARSED_LIMIT = 2_000;

export function parseMoney(text: string, hints?: MoneyHints): Money | null {
  if (typeof text !== 'string' || text.length > MAX_TEXT || !HAS_DIGIT.test(text)) return null;
  const locale = typeof hints?.locale === 'string' ? hints.locale : '';
  const currency = typeof hints?.currency === 'string' ? hints.currency : '';
  let byCurrency = parsed.get(locale);
  if (!byCurrency) parsed.set(locale, (byCurrency = new Map()));
  let byText = byCurrency.get(currency);
  if (!byText) byCurrency.set(currency, (byText = new Map()));
  let money = byText.get(text);
  if (money === undefined) {
    money = readByShape(text, `${locale}\u0000${currency}`, hints);
    if (byText.size >= PARSED_LIMIT) byText.clear();
    byText.set(text, money);
  }
  return money;
}

/**
 * How a text of one shape reads, whatever its digits: "$51.23" and "$64.08" are both "$11.11" with
 * nonzero digits as 1, and every decision the reader takes (where the number is, which mark is the
 * decimal one, whether it is an id, a date or a count) depends on digit positions, on zeros ("007",
 * "0.125") and on other characters, never on which nonzero digit stands where. So a shown value
 * that changes is read by taking its digits at the places the first text of its shape had them.
 * Only texts holding at most one number qualify (with two, equal and unequal amounts differ).
 */
interface Recipe {
  money: { currency: string | null; negative: boolean; start: number; intLength: number; fracLength: number; pad: number } | null;
}

const recipes = new Map<string, Recipe>();

// A text is asked about with two hints in a row (before and after the page currency is known).
const shapes = new Map<string, { folded: string; shape: string }>();

function readByShape(text: string, hintKey: string, hints: MoneyHints | undefined): Money | null {
  let known = shapes.get(text);
  if (!known) {
    const folded = foldText(text);
    known = { folded, shape: folded.replace(/[1-9]/g, '1') };
    if (shapes.size >= PARSED_LIMIT) shapes.clear();
    shapes.set(text, known);
  }
  const { folded } = known;
  const shapeKey = `${hintKey}\u0000${known.shape}`;
  const recipe = recipes.get(shapeKey);
  if (recipe) {
    if (!recipe.money) return null;
    const { currency, negative, start, intLength, fracLength, pad } = recipe.money;
    const digits = folded.replace(/\D/g, '');
    const frac = digits.slice(start + intLength, start + intLength + fracLength) + '0'.repeat(pad);
    return { value: `${negative ? '-' : ''}${digits.slice(start, start + intLength)}${frac ? `.${frac}` : ''}`, currency };
  }
  const read = readMoney(text, hints);
  if (read.recipe) {
    if (recipes.size >= PARSED_LIMIT) recipes.clear();
    recipes.set(shapeKey, read.recipe);
  }
  return read.money;
}

/** What a text holds before any hint is applied: its currency tokens and the numbers around them. */
interface MoneyScan {
  tokens: CurrencyToken[];
  /** The folded text with each currency token as one private-use character. */
  marked: string;
  matches: RegExpExecArray[];
  /** Whether dates, times, percentages or phone numbers were blanked out of it. */
  blanked: boolean;
}

// A text is often read twice, before and after the page's currency is known: scan it once.
const scans = new Map<string, MoneyScan>();

function scanMoney(text: string): MoneyScan {
  let scan = scans.get(text);
  if (scan) return scan;
  const folded = foldText(text);
  let s = folded;
  for (const re of NOT_AMOUNTS) s = s.replace(re, ' \u0001 ');
  const tokens: CurrencyToken[] = [];
  let marked = '';
  for (let i = 0; i < s.length; ) {
    const token = tokens.length < 0x1000 ? currencyTokenAt(s, i) : null;
    if (token) {
      marked += String.fromCharCode(PUA + tokens.push(token) - 1);
      i += token.text.length;
    } else {
      marked += s[i];
      i += 1;
    }
  }
  scan = { tokens, marked, matches: [...marked.matchAll(ASCII_OR_TOKENS.test(marked) ? ASCII_AMOUNT : AMOUNT)], blanked: s !== folded };
  if (scans.size >= PARSED_LIMIT) scans.clear();
  scans.set(text, scan);
  return scan;
}

function readMoney(text: string, hints?: MoneyHints): { money: Money | null; recipe: Recipe | null } {
  const locale = typeof hints?.locale === 'string' && hints.locale ? hints.locale : null;
  const hintCurrency = typeof hints?.currency === 'string' && /^[a-z]{3}$/i.test(hints.currency) ? hints.currency.toUpperCase() : null;

  const { tokens, marked, matches, blanked } = scanMoney(text);
  const tokenAt = (ch: string | undefined) => (ch ? tokens[ch.charCodeAt(0) - PUA] : undefined);
  // A currency shown once, away from the number ("Total (USD): 1,234.50"), still names it.
  const distinctTokens = new Set(tokens.map((t) => resolveCurrency(t, locale, hintCurrency)));
  const loneCurrency = distinctTokens.size === 1 ? [...distinctTokens][0]! : null;

  const found: Found[] = [];
  let recipe: Recipe | null = !blanked && matches.length <= 1 ? { money: null } : null;
  for (const m of matches) {
    const [, open, signBefore, prefix, signAfter, num = '', suffix, close] = m;
    // "$1,234.50 CAD": the more specific of two tokens names the currency.
    const [before, after] = [tokenAt(prefix), tokenAt(suffix)];
    const token = before && after && after.candidates.length < before.candidates.length ? after : (before ?? after);
    const brackets = Boolean(open && close);
    if (!token && (open || close)) continue; // "(3)" beside a tab name is a count
    if (!token && /^\d{10,}$/.test(num)) continue; // account, order and advertiser ids
    const currency = token ? resolveCurrency(token, locale, hintCurrency) : (loneCurrency ?? hintCurrency);
    const minor = currency ? minorUnits(currency) : null;
    const digits = splitDigits(num, minor, locale);
    if (!digits) continue;
    const negative = Boolean(signBefore || signAfter || brackets) && /[1-9]/.test(digits.int + digits.frac);
    let frac = digits.frac;
    const pad = minor !== null && frac.length < minor ? minor - frac.length : 0;
    if (pad > 0) frac = frac.padEnd(minor!, '0');
    const value = `${negative ? '-' : ''}${digits.int}${frac ? `.${frac}` : ''}`;
    found.push({ money: { value, currency }, shownCurrency: Boolean(token) });
    if (recipe) {
      // The number's digits are the text's digits from its first one on: tokens hold no digits.
      const start = marked.slice(0, m.index + m[0].search(/\d/)).replace(/\D/g, '').length;
      recipe = { money: { currency, negative, start, intLength: digits.int.length, fracLength: digits.frac.length, pad } };
    }
  }
  // Prefer amounts shown with a currency: "3 campaigns spent $50" is about $50.
  const pool = found.some((f) => f.shownCurrency) ? found.filter((f) => f.shownCurrency) : found;
  const distinct = new Map(pool.map((f) => [`${f.money.value} ${f.money.currency}`, f.money]));
  return { money: distinct.size === 1 ? [...distinct.values()][0]! : null, recipe };
}

// Whole texts that are plainly not amounts. Kept to one regex so the pre-filter stays cheap.
const PLAINLY_NOT_MONEY =
  /^\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d+(?:[.,]\d+)?\s?%|%\s?\d+(?:[.,]\d+)?|\d{10,})\s*$/;

/** Cheap pre-filter: false only when parseMoney would certainly return null. */
export function looksLikeMoney(text: string): boolean {
  return typeof text === 'string' && text.length <= MAX_TEXT && HAS_DIGIT.test(text) && !PLAINLY_NOT_MONEY.test(text);
}
