/**
 * A calendar date as the notes write it, YYYY-MM-DD, read strictly: a day that does not exist
 * (2026-02-31) is no date, where `Date` would roll it into March. Imports nothing, so the calendar
 * (lib/credit/calendar.ts) and the message lookup (lib/i18n) read a date alike: a day the calendar
 * counts as none is never shown as another. Every YYYY-MM-DD the extension writes is written here too
 * (dayText): the calendar's days, and the day this machine's calendar shows (localDay), for the forms
 * and the downloads' names.
 */

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The number the ASCII digits of `text` from `from` to `to` write (checked to be digits by the caller). */
export function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The YYYY-MM-DD that writes a day of the calendar (`month` from 1): every day the extension writes is written here. */
export const dayText = (year: number, month: number, day: number): string => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/**
 * The YYYY-MM-DD this machine's calendar shows at `date`: what a date field holds, and the day in a
 * download's name. (Where a time zone is chosen, lib/credit/calendar.ts's localDateOf asks Intl.)
 */
export function localDay(date: Date): string {
  return dayText(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** The UTC midnight (ms since the epoch) that names the date `text` writes, or null for anything else. */
export function utcDayOf(text: unknown): number | null {
  if (typeof text !== 'string' || !ISO_DATE.test(text)) return null;
  // Read from the checked text in place: a match array per date was about 5% of what a board's first
  // rows allocated.
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return check.getTime();
}
