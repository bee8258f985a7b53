/**
 * "credit expected in 19 h", "expires in 12 days", "activate by today". Pure: the caller passes `now`.
 * A date-only target (YYYY-MM-DD) is a whole day that ends at midnight in the user's time zone,
 * so it reads in calendar days; a moment reads in minutes and hours when it is near.
 */
import { daysBetween, endOfDay, localDateOf, systemTimeZone } from '../credit/calendar';

export interface Countdown {
  /** Until the moment (for a date: the end of that day); negative once past. */
  ms: number;
  /** Calendar days from today to the target's day in the time zone: 0 today, 1 tomorrow, -1 yesterday. */
  days: number;
  overdue: boolean;
  text: string;
}

export interface CountdownOptions {
  timeZone?: string;
  /** Default English ("in 19 h"); other locales use Intl.RelativeTimeFormat. */
  locale?: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

type Unit = 'day' | 'hour' | 'minute';

function english(value: number, unit: Unit): string {
  if (unit === 'day') {
    if (value === 0) return 'today';
    if (value === 1) return 'tomorrow';
    if (value === -1) return 'yesterday';
    return value > 0 ? `in ${value} days` : `${-value} days ago`;
  }
  if (value === 0) return 'now';
  const amount = `${Math.abs(value)} ${unit === 'hour' ? 'h' : 'min'}`;
  return value > 0 ? `in ${amount}` : `${amount} ago`;
}

function phrase(value: number, unit: Unit, locale: string | undefined): string {
  if (!locale || /^en\b/i.test(locale)) return english(value, unit);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return value === 0 && unit !== 'day' ? format.format(0, 'second') : format.format(value, unit);
}

export function countdown(target: Date | string, now: Date, opts: CountdownOptions = {}): Countdown {
  const timeZone = opts.timeZone ?? systemTimeZone();
  const dateOnly = typeof target === 'string' && DATE_ONLY.test(target);
  const at = dateOnly ? (endOfDay(target, timeZone) ?? new Date(Number.NaN)) : target instanceof Date ? target : new Date(target);
  if (Number.isNaN(at.getTime())) throw new RangeError(`Not a date: ${String(target)}`);

  const ms = at.getTime() - now.getTime();
  const targetDay = dateOnly ? target : localDateOf(at, timeZone);
  const days = daysBetween(localDateOf(now, timeZone), targetDay);
  // A day ends at its exclusive end; a moment is not overdue while it is "now".
  const overdue = dateOnly ? ms <= 0 : ms < 0;
  return { ms, days, overdue, text: textOf(ms, days, dateOnly, opts.locale) };
}

function textOf(ms: number, days: number, dateOnly: boolean, locale: string | undefined): string {
  if (dateOnly) return phrase(days, 'day', locale);
  const sign = Math.sign(ms);
  const minutes = Math.round(Math.abs(ms) / MINUTE);
  if (minutes < 60) return phrase(sign * minutes, 'minute', locale);
  const hours = Math.round(Math.abs(ms) / HOUR);
  if (hours < 24) return phrase(sign * hours, 'hour', locale);
  return phrase(days, 'day', locale);
}
