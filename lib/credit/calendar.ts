/**
 * The user's calendar day, without a date library. A date-only deadline ("expires 2026-11-30") means
 * the end of that day where the user is, and days are not always 24 hours long (DST). Every function
 * that turns a day into an instant, or an instant into a day, takes the time zone: none defaults to
 * UTC or to the machine's, so the overlay, the popup, the badge and the reminders cannot disagree.
 */
import { dayText, digitsAt, ISO_DATE, utcDayOf } from '../iso-day';
import { usableTimeZone } from '../time-zone';
import { DAY_MS, HOUR_MS } from './values';

/** The browser's time zone: what the UI passes in. */
export const systemTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

// Checked where the message lookup checks its zone too (lib/time-zone.ts); the calendar's callers ask it here.
export { usableTimeZone };

/**
 * The UTC midnight that names a calendar date (YYYY-MM-DD), or null for anything else, 2026-02-31
 * included: notes and pages may hold dates that do not exist, and Date would roll them into March.
 */
export function parseDay(text: string | null | undefined): Date | null {
  const at = utcDayOf(text);
  return at === null ? null : new Date(at);
}

/** `YYYY-MM-DD` of the UTC day an instant falls in: for dates that name a day, not a moment. */
export function isoDay(date: Date): string {
  const year = date.getUTCFullYear();
  // toISOString is slow, and the board asks for a thousand days as it opens; it stays the answer for
  // years without a four-digit form, and for an invalid date (a RangeError, as before).
  if (!(year >= 0 && year <= 9999)) return date.toISOString().slice(0, 10);
  return dayText(year, date.getUTCMonth() + 1, date.getUTCDate());
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const formatter = formatterFor(timeZone);
  // format() costs a third of formatToParts (no array of part objects). Its text is the parts joined,
  // so where this engine writes them in en-US order (checked once), the numbers are read from it.
  const fast = enUsOrder ??= fieldOrder(formatter) === 'month/day/year, hour:minute:second';
  const m = fast ? WALL_CLOCK.exec(formatter.format(instant)) : null;
  if (m) return { year: +m[3]!, month: +m[1]!, day: +m[2]!, hour: +m[4]!, minute: +m[5]!, second: +m[6]! };
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}
const WALL_CLOCK = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;
let enUsOrder: boolean | undefined;
const fieldOrder = (formatter: Intl.DateTimeFormat): string =>
  formatter
    .formatToParts(0)
    .map((part) => (part.type === 'literal' ? part.value : part.type))
    .join('');

/**
 * Remembered answers per zone and key: Intl is the slow step, and a notebook asks about the same few
 * instants (now) and days (deadlines) over and over (a board of 1,000 items as it opens). Pure
 * functions, so a cache cannot go stale; each zone's is emptied when it grows, to stay small in a
 * long-lived background. A map per zone rather than one key joining zone and key: such a key was a
 * new string to build and hash on every ask.
 */
function zoneMemo<K, T>(compute: (key: K, timeZone: string) => T, limit = 4_096): (key: K, timeZone: string) => T {
  const zones = new Map<string, Map<K, T>>();
  return (key, timeZone) => {
    let answers = zones.get(timeZone);
    if (!answers) {
      if (zones.size >= 100) zones.clear();
      zones.set(timeZone, (answers = new Map()));
    }
    let answer = answers.get(key);
    if (answer === undefined) {
      if (answers.size >= limit) answers.clear();
      answer = compute(key, timeZone);
      answers.set(key, answer);
    }
    return answer;
  };
}
const localDates = zoneMemo((t: number, timeZone) => clockDate(wallClock(new Date(t), timeZone)));

/** The date (YYYY-MM-DD) the wall calendar shows at `instant` in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): string {
  return localDates(instant.getTime(), timeZone);
}
/** The date (YYYY-MM-DD) a wall clock shows. */
const clockDate = (c: WallClock): string => dayText(c.year, c.month, c.day);

const dayNumberOf = (isoDate: string): number => {
  // A YYYY-MM-DD date is read in place, without the arrays split and map make (a board asks for a
  // thousand days as it opens); anything else as before.
  if (ISO_DATE.test(isoDate)) return Date.UTC(digitsAt(isoDate, 0, 4), digitsAt(isoDate, 5, 7) - 1, digitsAt(isoDate, 8, 10)) / DAY_MS;
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / DAY_MS;
};

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD): DST cannot make it 0.96. */
export const daysBetween = (from: string, to: string): number => Math.round(dayNumberOf(to) - dayNumberOf(from));

export function addDays(isoDate: string, days: number): string {
  return isoDay(new Date((dayNumberOf(isoDate) + days) * DAY_MS));
}

/** How far a wall clock `c` read at `instant` is ahead of UTC, in ms. */
function offsetOf(c: WallClock, instant: number): number {
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The first instant of `isoDate` in `timeZone` (where midnight is skipped by DST, the first that exists). */
export function startOfDay(isoDate: string, timeZone: string): Date {
  return new Date(dayStarts(isoDate, timeZone));
}

function computeStartOfDay(isoDate: string, timeZone: string): number {
  const wallMidnight = dayNumberOf(isoDate) * DAY_MS;
  const first = wallMidnight - offsetOf(wallClock(new Date(wallMidnight), timeZone), wallMidnight);
  const clock = wallClock(new Date(first), timeZone);
  let instant = wallMidnight - offsetOf(clock, first);
  // Where the second guess is the first (no offset change between them), its wall clock was just read:
  // its date needs no third call to Intl.
  let date = instant === first ? clockDate(clock) : localDateOf(new Date(instant), timeZone);
  // Midnight inside a DST gap lands on the day before: step forward to the day's first hour.
  while (date < isoDate) date = localDateOf(new Date((instant += HOUR_MS)), timeZone);
  return instant;
}
const dayStarts = zoneMemo(computeStartOfDay);

/**
 * The instant a date-only deadline passes: the end of that day in `timeZone` (the next day's first
 * instant, exclusive). Null for a date that does not exist. The one end of a day: hints, countdowns,
 * deadlines, reminders and the calendar export all ask here.
 */
export function endOfDay(isoDate: string | null | undefined, timeZone: string): Date | null {
  if (typeof isoDate !== 'string') return null;
  const end = dayEnds(isoDate, timeZone);
  return end === null ? null : new Date(end);
}

function computeEndOfDay(isoDate: string, timeZone: string): number | null {
  const start = parseDay(isoDate);
  if (!start) return null;
  const nextDay = isoDay(new Date(start.getTime() + DAY_MS));
  // Years past 9999 have no YYYY-MM-DD form; such a deadline is far enough away to keep in UTC.
  if (!ISO_DATE.test(nextDay)) return start.getTime() + DAY_MS;
  return startOfDay(nextDay, usableTimeZone(timeZone)).getTime();
}
// Per zone as given and day: the answer depends on nothing else.
const dayEnds = zoneMemo(computeEndOfDay);

/**
 * Calendar days from today to the day `then` falls in (an end-of-day instant counts for the day it
 * ends): 0 today, 1 tomorrow, negative when past. The count the popup's countdowns show.
 */
export function daysUntil(then: Date, now: Date, timeZone: string): number {
  if (!Number.isFinite(then.getTime()) || !Number.isFinite(now.getTime())) return Number.NaN;
  const zone = usableTimeZone(timeZone);
  return daysBetween(localDateOf(now, zone), localDateOf(new Date(then.getTime() - 1), zone));
}
