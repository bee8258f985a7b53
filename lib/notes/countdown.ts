/**
 * How far a deadline is: "credit expected in 19 hours", "expires in 12 days", "activate today". Pure:
 * the caller passes `now`. A date-only target (YYYY-MM-DD) is a whole day that ends at midnight in the
 * user's time zone, so it reads in calendar days; a moment reads in minutes and hours when it is near.
 * The words are messages (locales/en.yml `countdown`); the time from now is a value the surface's
 * translator says in its language (Intl.RelativeTimeFormat).
 */
import { daysBetween, endOfDay, localDateOf, systemTimeZone } from '../credit/calendar';
import { HOUR_MS } from '../credit/values';
import { ISO_DATE } from '../iso-day';
import { msg, type Msg, type RelativeUnit } from '../i18n/message';
import type { DeadlineKind } from './deadlines';

/** A time from now, as a message parameter: `{ relative: 3, unit: 'day' }` reads "in 3 days". */
export interface RelativeTime {
  relative: number;
  unit: RelativeUnit;
}

export interface Countdown {
  /** Until the moment (for a date: the end of that day); negative once past. */
  ms: number;
  /** Calendar days from today to the target's day in the time zone: 0 today, 1 tomorrow, -1 yesterday. */
  days: number;
  overdue: boolean;
  /** "in 19 hours", "tomorrow", "3 days ago", "now", in the surface's language. */
  when: RelativeTime;
}

export interface CountdownOptions {
  timeZone?: string;
}

const MINUTE = 60_000;

export function countdown(target: Date | string, now: Date, opts: CountdownOptions = {}): Countdown {
  const timeZone = opts.timeZone ?? systemTimeZone();
  const dateOnly = typeof target === 'string' && ISO_DATE.test(target);
  const at = dateOnly ? (endOfDay(target, timeZone) ?? new Date(Number.NaN)) : target instanceof Date ? target : new Date(target);
  if (Number.isNaN(at.getTime())) throw new RangeError(`Not a date: ${String(target)}`);

  const ms = at.getTime() - now.getTime();
  const targetDay = dateOnly ? target : localDateOf(at, timeZone);
  const days = daysBetween(localDateOf(now, timeZone), targetDay);
  // A day ends at its exclusive end; a moment is not overdue while it is "now".
  const overdue = dateOnly ? ms <= 0 : ms < 0;
  return { ms, days, overdue, when: whenOf(ms, days, dateOnly) };
}

function whenOf(ms: number, days: number, dateOnly: boolean): RelativeTime {
  if (dateOnly) return { relative: days, unit: 'day' };
  const sign = Math.sign(ms);
  const minutes = Math.round(Math.abs(ms) / MINUTE);
  // Intl says 0 seconds as "now"; 0 minutes would be "this minute".
  if (minutes === 0) return { relative: 0, unit: 'second' };
  if (minutes < 60) return { relative: sign * minutes, unit: 'minute' };
  const hours = Math.round(Math.abs(ms) / HOUR_MS);
  if (hours < 24) return { relative: sign * hours, unit: 'hour' };
  return { relative: days, unit: 'day' };
}

/**
 * What a deadline of this kind asks, and when: the popup's cards and the board's list say the same.
 * Activating a code and qualifying for an offer are whole days, after a verb that asks for action:
 * "activate within 3 days", "activate by tomorrow", "activate today".
 */
export function deadlineCountdown(kind: DeadlineKind, left: Countdown, likely?: boolean): Msg {
  const { when, overdue, days } = left;
  switch (kind) {
    case 'credit-expected':
      return overdue ? msg('countdown.creditOverdue', { when }) : msg('countdown.creditExpected', { when });
    case 'credit-expiry':
      // Landed as the balance shows, not as the user marked: said as likely (deadlines.ts `likely`).
      if (likely && !overdue) return msg('countdown.likelyArrivedExpires', { when });
    // falls through
    case 'code-expiry':
      return overdue ? msg('countdown.expired', { when }) : msg('countdown.expires', { when });
    case 'code-activation':
      if (overdue) return msg('countdown.activationClosed', { when });
      return days <= 0 ? msg('countdown.activateToday') : days === 1 ? msg('countdown.activateTomorrow') : msg('countdown.activateWithin', { count: days });
    case 'offer-qualify':
      if (overdue) return msg('countdown.qualifyPassed', { when });
      return days <= 0 ? msg('countdown.qualifyToday') : days === 1 ? msg('countdown.qualifyTomorrow') : msg('countdown.qualifyWithin', { count: days });
  }
}
