/**
 * Dates as Ads Manager shows them, read into ISO "YYYY-MM-DD".
 *
 * Choices (the page may not tell us its locale):
 * - Numeric day/month order: a part above 12 decides; otherwise dots ("01.02.2026") mean day first;
 *   otherwise the locale hint's own order (en-US month first, en-GB/de/fr... day first); without a
 *   usable hint, day first, as in most Ads Manager languages.
 * - Two-digit years are 20xx, except in Thai context (th hint or Thai text) where 60-99 are
 *   Buddhist-era (69 = 2569 BE = 2026) and below 60 are Gregorian 20xx.
 * - Four-digit years from 2400 up are Buddhist-era (2569 = 2026). Years outside 1900-2199 after that
 *   (e.g. Hijri 1448) are not read rather than read wrong.
 * - A date needs a year. A range may lend its year to a side written without one ("Jan 1 – Mar 31, 2026").
 * - parseDate returns the first date in the text; a lone date in parseDateRange is `until` when a cue
 *   says so ("Valid until", "まで", "~ 2026-03-31"), else `from`.
 */
import { INTL_LOCALE_FACTS_OF } from './intl-facts';
import { foldText } from './money-data';
import {
  ERA_KEYS, FILLER_KEYS, FROM_AFTER, FROM_CONNECTOR, FROM_WORDS, monthKey, monthTables, UNTIL_AFTER,
  UNTIL_CONNECTOR, UNTIL_WORDS,
} from './dates-data';

export interface DateHints { locale?: string }
export interface DateRange { from: string | null; until: string | null }

const MAX_TEXT = 1000;
const MONTH_MARK = 0xe000; // a month name becomes this + month (1..12)
const ERA_MARK = '\ue0b0';

const M = '([\\ue001-\\ue00c])';
const GAP = '[\\s,.،]*';
const ORDINAL = '(?:st|nd|rd|th|er|º)?';
const NOT_AFTER_WORD = '(?<![A-Za-z0-9])';

type Order = 'ymd' | 'dmy' | 'mdy' | 'numeric' | 'yy.mm.dd';
interface Pattern { re: RegExp; order: Order; rank: number }

// Lower rank wins between overlapping readings of the same length.
const PATTERNS: readonly Pattern[] = [
  { re: new RegExp(`${NOT_AFTER_WORD}(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?!\\d)\\.?`, 'gu'), order: 'ymd', rank: 0 },
  { re: /(?<![A-Za-z0-9])(\d{4}|\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/gu, order: 'ymd', rank: 0 },
  { re: /(?<![A-Za-z0-9])()(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu, order: 'ymd', rank: 4 },
  // Korean short style "26. 11. 24.": a dot after every part, year first.
  { re: /(?<![A-Za-z0-9])(\d{2})\.\s+(\d{1,2})\.\s+(\d{1,2})\.(?!\d)/gu, order: 'yy.mm.dd', rank: 1 },
  { re: new RegExp(`${NOT_AFTER_WORD}(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4}|\\d{2})(?![\\d:])`, 'gu'), order: 'numeric', rank: 2 },
  { re: new RegExp(`(?<!\\d)(\\d{1,2})${ORDINAL}${GAP}${M}${GAP}(?:${ERA_MARK}${GAP})?(\\d{4})?(?!\\d)`, 'gu'), order: 'dmy', rank: 3 },
  { re: new RegExp(`${M}${GAP}(\\d{1,2})${ORDINAL}(?!\\d)(?:${GAP}(\\d{4})(?!\\d))?`, 'gu'), order: 'mdy', rank: 3 },
];

interface Found { start: number; end: number; rank: number; year: number | null; month: number; day: number }

/** Locale order of day and month in numeric dates; null when the locale is unknown. */
const monthFirstCache = new Map<string, boolean | null>();
function monthFirst(locale: string | undefined): boolean | null {
  if (typeof locale !== 'string' || !locale) return null;
  if (!monthFirstCache.has(locale)) {
    if (monthFirstCache.size > 200) monthFirstCache.clear();
    monthFirstCache.set(locale, INTL_LOCALE_FACTS_OF.get(locale)?.monthFirst ?? monthFirstByIntl(locale));
  }
  return monthFirstCache.get(locale) ?? null;
}

function monthFirstByIntl(locale: string): boolean | null {
  try {
    const types = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(Date.UTC(2026, 10, 24, 12))).map((p) => p.type);
    return types.indexOf('month') < types.indexOf('day');
  } catch {
    return null;
  }
}

/** Same-length lower case, so positions in the folded text stay valid in the prepared one. */
function lower(text: string): string {
  return text.replace(/\p{Lu}/gu, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c));
}

/**
 * Month names become one marker character (padded with spaces to keep positions), filler words
 * become spaces, Vietnamese "thg 11" becomes the November marker.
 */
function prepare(folded: string): string {
  const { byKey, multiWord, multiWordStarts } = monthTables();
  const month = (whole: string) => byKey.get(monthKey(whole.replace(/\s+/g, ' ')));
  const named = multiWord && multiWordStarts.some((word) => folded.includes(word))
    ? folded.replace(multiWord, (whole) => String.fromCharCode(MONTH_MARK + (month(whole) ?? 0)).padEnd(whole.length))
    : folded;
  return named
    .replace(/(?<![\p{L}\d])(?:thg|tháng|thang)\s*(\d{1,2})(?!\d)/gu, (whole, n: string) => {
      const month = Number(n);
      return month >= 1 && month <= 12 ? String.fromCharCode(MONTH_MARK + month).padEnd(whole.length) : whole;
    })
    .replace(/[\p{L}\p{M}][\p{L}\p{M}.'’]*/gu, (word) => {
      const key = monthKey(word.replace(/['’]$/, ''));
      const month = byKey.get(key);
      if (month) return String.fromCharCode(MONTH_MARK + month).padEnd(word.length);
      if (ERA_KEYS.has(key)) return ERA_MARK.padEnd(word.length);
      if (FILLER_KEYS.has(key)) return ' '.repeat(word.length);
      return word;
    });
}

function fullYear(text: string, thai: boolean): number | null {
  let year = Number(text);
  if (text.length === 2) year = thai && year >= 60 ? 2500 + year - 543 : 2000 + year;
  else if (year >= 2400) year -= 543; // no Gregorian date on a billing page is that far ahead
  return year >= 1900 && year <= 2199 ? year : null;
}

function isValid(year: number, month: number, day: number): boolean {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

/** Every date in the text, yearless ones included, in text order, without overlaps. */
function findDates(folded: string, locale: string | undefined): Found[] {
  const prepared = prepare(folded);
  const thai = (typeof locale === 'string' && /^th\b/i.test(locale)) || /\p{Script=Thai}/u.test(folded);
  const candidates: Found[] = [];
  for (const { re, order, rank } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(prepared); m; m = re.exec(prepared)) {
      re.lastIndex = m.index + 1; // overlapping readings compete below
      const found = read(m, order, locale, thai);
      if (found) candidates.push({ ...found, start: m.index, end: m.index + m[0].length, rank });
    }
  }
  candidates.sort((a, b) => Number(b.year !== null) - Number(a.year !== null) || (b.end - b.start) - (a.end - a.start)
    || a.rank - b.rank || a.start - b.start);
  const chosen: Found[] = [];
  for (const c of candidates) if (chosen.every((o) => c.end <= o.start || c.start >= o.end)) chosen.push(c);
  return chosen.sort((a, b) => a.start - b.start);
}

function read(m: RegExpExecArray, order: Order, locale: string | undefined, thai: boolean) {
  const monthOf = (mark: string | undefined) => (mark ? mark.charCodeAt(0) - MONTH_MARK : 0);
  let yearText: string | undefined;
  let month: number;
  let day: number;
  if (order === 'ymd') [yearText, month, day] = [m[1], Number(m[m.length - 2]), Number(m[m.length - 1])];
  else if (order === 'yy.mm.dd') [yearText, month, day] = [m[1], Number(m[2]), Number(m[3])];
  else if (order === 'dmy') [day, month, yearText] = [Number(m[1]), monthOf(m[2]), m[3]];
  else if (order === 'mdy') [month, day, yearText] = [monthOf(m[1]), Number(m[2]), m[3]];
  else {
    const [a, b] = [Number(m[1]), Number(m[3])];
    yearText = m[4];
    const dayFirst = a > 12 ? true : b > 12 ? false : m[2] === '.' ? true : !(monthFirst(locale) ?? false);
    [day, month] = dayFirst ? [a, b] : [b, a];
  }
  const year = yearText ? fullYear(yearText, thai) : null;
  if (yearText && year === null) return null;
  if (!isValid(year ?? 2024, month, day)) return null; // a yearless 29 Feb is checked again once it has a year
  return { year, month, day };
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fold(text: unknown): string | null {
  return typeof text === 'string' && text.length <= MAX_TEXT ? lower(foldText(text)) : null;
}

export function parseDate(text: string, hints: DateHints = {}): string | null {
  const folded = fold(text);
  if (folded === null) return null;
  const first = findDates(folded, hints?.locale).find((d) => d.year !== null);
  return first && first.year !== null ? iso(first.year, first.month, first.day) : null;
}

export function parseDateRange(text: string, hints: DateHints = {}): DateRange | null {
  const folded = fold(text);
  if (folded === null) return null;
  const dates = findDates(folded, hints?.locale);
  if (dates.length >= 2) {
    const [a, b] = dates as [Found, Found];
    // One side may be written without its year; it shares the other's, across a new year if needed.
    let [fromYear, untilYear] = [a.year ?? b.year, b.year ?? a.year];
    if (fromYear === null || untilYear === null) return null;
    if (a.year === null && (a.month > b.month || (a.month === b.month && a.day > b.day))) fromYear -= 1;
    if (b.year === null && (b.month < a.month || (b.month === a.month && b.day < a.day))) untilYear += 1;
    if (!isValid(fromYear, a.month, a.day) || !isValid(untilYear, b.month, b.day)) return null;
    return { from: iso(fromYear, a.month, a.day), until: iso(untilYear, b.month, b.day) };
  }
  const only = dates.find((d) => d.year !== null);
  if (!only || only.year === null) return null;
  const date = iso(only.year, only.month, only.day);
  return isUntil(folded.slice(0, only.start), folded.slice(only.end)) ? { from: null, until: date } : { from: date, until: null };
}

function isUntil(before: string, after: string): boolean {
  if (UNTIL_AFTER.test(after)) return true;
  if (FROM_AFTER.test(after)) return false;
  if (UNTIL_CONNECTOR.test(before)) return true;
  if (FROM_CONNECTOR.test(before)) return false;
  const lastAt = (re: RegExp) => Math.max(-1, ...[...before.matchAll(re)].map((m) => m.index + m[0].length));
  return lastAt(UNTIL_WORDS) > lastAt(FROM_WORDS);
}
