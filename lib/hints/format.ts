/**
 * Time, amounts and display text for hint rules. Everything a rule reads from notes, observations or
 * a reading may be malformed (an old export, a page we misread), so parsing never throws: a value
 * that does not parse is unknown (null), and unknown is something every rule handles.
 */
import { minorUnits } from '../reader/money';
import { daysBetween, localDateOf, startOfDay as zonedStartOfDay } from '../notes/zoned-time';
import { DAY_MS, toAmount, validCurrency } from './values';

export { currenciesDiffer, DAY_MS, HOUR_MS, parseInstant, toAmount, validCurrency } from './values';


const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;


function dayStartMs(text: string | null | undefined): number | null {
  if (typeof text !== 'string') return null;
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Reject 2026-02-31 and friends instead of letting Date roll them over into March.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return ms;
}

/**
 * A date-only deadline ("valid until 2026-11-24") holds through that whole day where the user is, as
 * the popup's countdowns and the badge count it (lib/notes/zoned-time.ts). Without a time zone the day
 * is taken in UTC: the same instant for every machine, which is what tests and `inspect` want.
 */
export function endOfDay(text: string | null | undefined, timeZone?: string | null): Date | null {
  const start = dayStartMs(text);
  if (start === null) return null;
  const end = new Date(start + DAY_MS);
  if (Number.isNaN(end.getTime())) return null;
  const zone = knownTimeZone(timeZone);
  const nextDay = end.toISOString().slice(0, 10);
  // Years past 9999 have no YYYY-MM-DD form; such a deadline is far enough away to keep in UTC.
  if (!zone || !/^\d{4}-\d{2}-\d{2}$/.test(nextDay)) return end;
  return zonedStartOfDay(nextDay, zone);
}

export function startOfDay(text: string | null | undefined): Date | null {
  const start = dayStartMs(text);
  return start === null ? null : new Date(start);
}

/** `YYYY-MM-DD` of the UTC day an instant falls in. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}




/**
 * Calendar days from today to the day `then` falls in (an end-of-day instant counts for the day it
 * ends): 0 today, 1 tomorrow, negative when past. The same count as the popup's countdowns.
 */
export function daysUntil(then: Date, now: Date, timeZone?: string | null): number {
  if (!Number.isFinite(then.getTime()) || !Number.isFinite(now.getTime())) return Number.NaN;
  const zone = knownTimeZone(timeZone) ?? 'UTC';
  return daysBetween(localDateOf(now, zone), localDateOf(new Date(then.getTime() - 1), zone));
}

// Asked once per zone: building a DateTimeFormat to try a zone costs more than the date arithmetic
// it guards, and a board of 1,000 items asks for every date it works out.
const zoneKnown = new Map<string, boolean>();
function knownTimeZone(timeZone: string | null | undefined): string | null {
  if (typeof timeZone !== 'string' || !timeZone) return null;
  let known = zoneKnown.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      known = true;
    } catch {
      known = false;
    }
    zoneKnown.set(timeZone, known);
  }
  return known ? timeZone : null;
}

/** Page and note text shown inside a hint: one line, no control or bidi characters, bounded. */
export function cleanText(text: unknown, max = 160): string {
  if (typeof text !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export interface Formatter {
  /** `$1,234.50`; a plain grouped number when the currency is unknown. */
  money(value: number | string | null, currency: string | null): string;
  /** A date-only value as written in notes or on the page: `Nov 24, 2026`. */
  day(isoDate: string): string;
  /** An instant in the user's time zone: `Nov 24, 2026, 09:30 UTC`. */
  dateTime(date: Date): string;
  /** The calendar day an instant falls on in the user's time zone. */
  dateOf(date: Date): string;
  timeZone: string;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(currency: string | null): Intl.NumberFormat {
  const key = currency ?? '';
  let format = numberFormats.get(key);
  if (!format) {
    const digits = currency ? (minorUnits(currency) ?? 2) : 2;
    format = currency
      ? new Intl.NumberFormat('en', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits })
      : new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    numberFormats.set(key, format);
  }
  return format;
}

function usableTimeZone(timeZone: string | null | undefined): string {
  if (typeof timeZone !== 'string' || !timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC'; // an unknown zone must not cost the user their hints
  }
}

// Intl formatters are slow to build and every rule asks for one; a user has one or two zones.
const formatters = new Map<string, Formatter>();

/** Dates are shown in `timeZone` (the browser's, passed in by the UI); UTC when none is given, so tests do not depend on the machine. */
export function formatterFor(timeZone?: string | null): Formatter {
  const key = typeof timeZone === 'string' ? timeZone : '';
  let formatter = formatters.get(key);
  if (!formatter) {
    if (formatters.size > 20) formatters.clear();
    formatter = buildFormatter(usableTimeZone(timeZone));
    formatters.set(key, formatter);
  }
  return formatter;
}

function buildFormatter(zone: string): Formatter {
  const dayFormat = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  const zonedDay = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: zone });
  const dateTimeFormat = new Intl.DateTimeFormat('en', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
    timeZoneName: 'short',
  });
  return {
    timeZone: zone,
    money(value, currency) {
      const amount = typeof value === 'string' ? (toAmount(value) === null ? null : value) : value;
      if (amount === null || (typeof amount === 'number' && !Number.isFinite(amount))) return 'unknown amount';
      const code = validCurrency(currency);
      try {
        // A decimal string keeps every digit (Intl formats it exactly); a number is already a ratio or a projection.
        return numberFormat(code).format(amount as number | `${number}`);
      } catch {
        return code ? `${amount} ${code}` : String(amount);
      }
    },
    day(isoDate) {
      const start = startOfDay(isoDate);
      return start ? dayFormat.format(start) : cleanText(isoDate, 40);
    },
    dateTime(date) {
      return Number.isFinite(date.getTime()) ? dateTimeFormat.format(date) : 'unknown time';
    },
    dateOf(date) {
      return Number.isFinite(date.getTime()) ? zonedDay.format(date) : 'unknown date';
    },
  };
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${Math.abs(n) === 1 ? one : many}`;
}
