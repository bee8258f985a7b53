/**
 * Amounts and display text for hint rules. Everything a rule reads from notes, observations or a
 * reading may be malformed (an old export, a page we misread), so parsing never throws: a value that
 * does not parse is unknown (null), and unknown is something every rule handles. Time (days, deadlines,
 * windows) is the credit clock's: lib/credit/.
 */
import { parseDay, usableTimeZone } from '../credit/calendar';
import { toAmount, validCurrency } from '../credit/values';
import { minorUnits } from '../reader/money-currency';

export { currenciesDiffer, DAY_MS, HOUR_MS, parseInstant, toAmount, validCurrency } from '../credit/values';


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
      const start = parseDay(isoDate);
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
