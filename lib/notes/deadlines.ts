/**
 * Every date in the notes that the user must act by or wait for: the popup's countdowns, the toolbar
 * badge, the reminders and the calendar export all read this one list. Pure.
 */
import { endOfDay, systemTimeZone } from '../credit/calendar';
import { codeClock } from '../credit/code-window';
import { balanceAtZero, creditBalanceAtZero, creditStatusOf, rememberedCreditStatus } from '../credit/credit-state';
import { creditExpiryOf, expectedByOf } from '../credit/credit-window';
import { crossedAtOf } from '../credit/spend';
import { msg, type Msg } from '../i18n/message';
import { countdown } from './countdown';
import { observationsOf } from './observations';
import type { Code, NotesDoc, Observation, Offer, ObservationsByAccount } from './schema';

export type DeadlineKind = 'code-activation' | 'code-expiry' | 'offer-qualify' | 'credit-expiry' | 'credit-expected';

export interface Deadline {
  kind: DeadlineKind;
  /** The moment it passes: for a date, the end of that day in the time zone. */
  at: Date;
  /** Set for whole-day deadlines (YYYY-MM-DD), which calendars show as all-day events. */
  date: string | null;
  accountId: string;
  subject: { type: 'offer' | 'code'; id: string };
  /** "Activate code SPRING-100", "Credit from “Spend 500, get 250” expires": rendered by the surface. */
  title: Msg;
  overdue: boolean;
  /**
   * Set when the deadline rests on what the balance readings suggest rather than what the user noted:
   * credit the balance shows landed, not marked arrived. Surfaces say "likely" and ask to mark it.
   */
  likely?: true;
}

export interface DeadlineOptions {
  timeZone?: string;
}

/**
 * When spend crossed the threshold: the user's own date, or else the first reading at or over it,
 * counting only spend after activation. The credit clock (lib/credit/spend.ts) decides, as it does for
 * the overlay's credit state, so the badge, the reminders and the overlay agree on when credit is due.
 */
export function crossedOnOf(offer: Offer, observations: readonly Observation[], now: Date): string | null {
  return crossedAtOf(offer, observations, null, now)?.toISOString() ?? null;
}

const ENDED: readonly Offer['status'][] = ['used-up', 'expired', 'dismissed'];

export function deadlinesOf(notes: NotesDoc, observations: ObservationsByAccount, now: Date, opts: DeadlineOptions = {}): Deadline[] {
  const timeZone = opts.timeZone ?? systemTimeZone();
  const deadlines: Deadline[] = [];
  for (const code of notes.codes) codeDeadlines(code, now, timeZone, deadlines);
  for (const offer of notes.offers) offerDeadlines(offer, observationsOf(observations, offer.accountId), now, timeZone, deadlines);
  // Stable: deadlines at the same instant keep the order above (per item, the order they are added in).
  return deadlines.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * One item's deadlines, added to `into` in the order deadlinesOf lists same-instant ones: the board asks
 * per item for the earliest, without sorting the whole notebook's list to find it.
 */
export function codeDeadlines(code: Code, now: Date, timeZone: string, into: Deadline[] = []): Deadline[] {
  if (code.status !== 'unused') return into;
  const clock = codeClock(code, timeZone);
  onDate(into, now, timeZone, 'code-activation', clock.activateBy, code, 'code', msg('deadline.activateCode', { code: code.code }));
  if (clock.expiresOn) onDate(into, now, timeZone, 'code-expiry', clock.expiresOn, code, 'code', msg('deadline.codeExpires', { code: code.code }));
  return into;
}

/** `seen`: the offer's account's readings (observationsOf). */
export function offerDeadlines(offer: Offer, seen: readonly Observation[], now: Date, timeZone: string, into: Deadline[] = []): Deadline[] {
  if (ENDED.includes(offer.status)) return into;
  // The offer's full state where it is already worked out (the board's rows ask it first); else only the
  // parts needed here, as for a list of every offer's deadlines (the badge, the reminders).
  const known = rememberedCreditStatus(offer, seen, null, now, timeZone);
  // Credit the campaigns drew down to zero is used up, as the overlay says: nothing left to expire.
  // The full state is asked only when the balance is at zero, the one case where it can say so.
  const atZero = known ? balanceAtZero(known) : creditBalanceAtZero(offer, seen, now);
  if (atZero && (known ?? creditStatusOf(offer, seen, null, now, timeZone)).state === 'used-up') return into;
  if (offer.arrivedOn || offer.status === 'arrived') {
    const expiry = creditExpiryOf(offer, timeZone);
    if (expiry) onDate(into, now, timeZone, 'credit-expiry', expiry, offer, 'offer', msg('deadline.creditExpires', { name: offer.name }));
    return into;
  }
  // The crossing (the user's, or counted from the readings) plus the processing window.
  const crossed = known ? known.crossedAt : crossedAtOf(offer, seen, null, now);
  if (crossed) {
    // The balance may already show the credit landed: the state machine decides, as it does for the
    // popup's tag, the board's state and the overlay. Its expiry clock has started then (DOMAIN.md), so
    // that is the deadline, not a processing window counting into "overdue".
    const status = creditStatusOf(offer, seen, null, now, timeZone);
    if (status.arrivedFrom === 'balance') {
      onDate(into, now, timeZone, 'credit-expiry', status.useByDay, offer, 'offer', msg('deadline.creditExpires', { name: offer.name }), true);
      return into;
    }
  }
  const at = crossed ? expectedByOf(offer, crossed) : null;
  if (at) {
    into.push({
      kind: 'credit-expected',
      at,
      date: null,
      accountId: offer.accountId,
      subject: { type: 'offer', id: offer.id },
      title: msg('deadline.creditExpected', { name: offer.name }),
      overdue: at < now,
    });
  } else if (offer.qualifyBy) {
    onDate(into, now, timeZone, 'offer-qualify', offer.qualifyBy, offer, 'offer', msg('deadline.reachThreshold', { name: offer.name }));
  }
  return into;
}

/** A whole-day deadline: it passes at the end of `date` in `timeZone`. */
function onDate(
  into: Deadline[],
  now: Date,
  timeZone: string,
  kind: DeadlineKind,
  date: string | null,
  entity: Offer | Code,
  type: 'offer' | 'code',
  title: Msg,
  likely?: true,
): void {
  const at = endOfDay(date, timeZone);
  // A date that does not exist (2026-02-31 in an old export) is no deadline.
  if (!date || !at) return;
  into.push({ kind, at, date, accountId: entity.accountId, subject: { type, id: entity.id }, title, overdue: at <= now, likely });
}

/** Days to the nearest deadline still ahead (0: today), for the toolbar badge; null when there is none. */
export function nearestDeadlineDays(deadlines: readonly Deadline[], now: Date, timeZone: string): number | null {
  const ahead = deadlines.filter((d) => !d.overdue);
  if (ahead.length === 0) return null;
  return Math.min(...ahead.map((d) => countdown(d.date ?? d.at, now, { timeZone }).days));
}
