/**
 * The countdown each offer and code shows in the list ("credit expected in 19 hours", "expires in 12
 * days", "activate within 3 days"). The dates come from lib/notes/deadlines.ts and the words from
 * lib/notes/countdown.ts: the badge, the reminders, the board and the calendar export read the same
 * list, so the popup never says "in 3 days" beside a badge that says 2.
 */
import type { Msg } from '../../lib/i18n/message';
import { countdown, deadlineCountdown } from '../../lib/notes/countdown';
import { deadlinesOf, type Deadline as NotesDeadline, type DeadlineKind } from '../../lib/notes/deadlines';
import type { NotesDoc, ObservationsByAccount } from '../../lib/notes/schema';
import { systemTimeZone } from '../../lib/credit/calendar';

export type Tone = 'overdue' | 'soon' | 'later';

export interface Deadline {
  kind: DeadlineKind;
  /** Rendered by the surface's translator. */
  text: Msg;
  tone: Tone;
  at: Date;
}

/** Within this many days a deadline is drawn as urgent. */
const SOON_DAYS = 3;

export function describeDeadline(deadline: NotesDeadline, now: Date, timeZone: string = systemTimeZone()): Deadline {
  const left = countdown(deadline.date ?? deadline.at, now, { timeZone });
  return {
    kind: deadline.kind,
    text: deadlineCountdown(deadline.kind, left, deadline.likely),
    tone: left.overdue ? 'overdue' : left.days <= SOON_DAYS ? 'soon' : 'later',
    at: deadline.at,
  };
}
/**
 * The account of the nearest deadline still ahead: the one the toolbar badge counts down to
 * (lib/notes/reminder-alarms.ts), so a user who opens the popup because the badge says 1 sees that
 * account when no Ads Manager page says which. Null when no deadline is ahead.
 */
export function accountDueFirst(notes: NotesDoc, observations: ObservationsByAccount, now: Date): string | null {
  // An item can outlive its account in the notes (an import, a deleted account); the picker has no such entry.
  const listed = new Set(notes.accounts.map((account) => account.id));
  return deadlinesOf(notes, observations, now).find((deadline) => !deadline.overdue && listed.has(deadline.accountId))?.accountId ?? null;
}

/**
 * The one deadline per offer or code to show: the earliest, so a missed activation window is not
 * hidden behind a later expiry date.
 */
export function nextDeadlines(notes: NotesDoc, observations: ObservationsByAccount, now: Date): Map<string, Deadline> {
  const next = new Map<string, Deadline>();
  // Looked up once: asking Intl for the zone costs more than a countdown, and there is one per item.
  const timeZone = systemTimeZone();
  for (const deadline of deadlinesOf(notes, observations, now, { timeZone })) {
    const key = `${deadline.subject.type}:${deadline.subject.id}`;
    if (!next.has(key)) next.set(key, describeDeadline(deadline, now, timeZone));
  }
  return next;
}
