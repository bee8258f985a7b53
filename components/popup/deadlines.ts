/**
 * The countdown each offer and code shows in the list ("credit expected in 19 h", "expires in 12 days",
 * "activate within 3 days"). The dates come from lib/notes/deadlines.ts and the wording of the time
 * from lib/notes/countdown.ts: the badge, the reminders and the calendar export read the same list,
 * so the popup never says "in 3 days" beside a badge that says 2.
 */
import { countdown } from '../../lib/notes/countdown';
import { deadlinesOf, type Deadline as NotesDeadline, type DeadlineKind } from '../../lib/notes/deadlines';
import type { NotesDoc, ObservationsByAccount } from '../../lib/notes/schema';
import { systemTimeZone } from '../../lib/credit/calendar';

export type Tone = 'overdue' | 'soon' | 'later';

export interface Deadline {
  kind: DeadlineKind;
  text: string;
  tone: Tone;
  at: Date;
}

/** Within this many days a deadline is drawn as urgent. */
const SOON_DAYS = 3;

/** "in 3 days" -> "within 3 days", "tomorrow" -> "by tomorrow", "today" stays: after verbs that ask for action. */
const byWhen = (text: string) => (text.startsWith('in ') ? `within ${text.slice(3)}` : text === 'today' ? text : `by ${text}`);

function phrase(kind: DeadlineKind, text: string, overdue: boolean): string {
  switch (kind) {
    case 'credit-expected':
      return overdue ? `credit overdue: expected ${text}` : `credit expected ${text}`;
    case 'credit-expiry':
    case 'code-expiry':
      return overdue ? `expired ${text}` : `expires ${text}`;
    case 'code-activation':
      return overdue ? `activation window closed ${text}` : `activate ${byWhen(text)}`;
    case 'offer-qualify':
      return overdue ? `deadline to qualify passed ${text}` : `reach the threshold ${byWhen(text)}`;
  }
}

export function describeDeadline(deadline: NotesDeadline, now: Date, timeZone: string = systemTimeZone()): Deadline {
  const left = countdown(deadline.date ?? deadline.at, now, { timeZone });
  return {
    kind: deadline.kind,
    text: phrase(deadline.kind, left.text, left.overdue),
    tone: left.overdue ? 'overdue' : left.days <= SOON_DAYS ? 'soon' : 'later',
    at: deadline.at,
  };
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
