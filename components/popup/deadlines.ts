/**
 * The countdown each offer and code shows in the list ("credit expected in 19 h", "expires in 12 days",
 * "activate within 3 days"). The dates come from lib/notes/deadlines.ts and the wording of the time
 * from lib/notes/countdown.ts: the badge, the reminders and the calendar export read the same list,
 * so the popup never says "in 3 days" beside a badge that says 2.
 */
import { countdown, type Countdown } from '../../lib/notes/countdown';
import { deadlinesOf, type Deadline as NotesDeadline, type DeadlineKind } from '../../lib/notes/deadlines';
import type { NotesDoc, ObservationsByAccount } from '../../lib/notes/schema';
import { systemTimeZone } from '../../lib/credit/calendar';
import { intlTag, type UiLocale } from '../../lib/i18n/locales';
import { msg, type Msg } from '../../lib/i18n/message';

export type Tone = 'overdue' | 'soon' | 'later';

export interface Deadline {
  kind: DeadlineKind;
  /** In the locale it was described for: the time in it ("in 19 h") is worded by Intl in that locale. */
  message: Msg;
  tone: Tone;
  at: Date;
}

/** Within this many days a deadline is drawn as urgent. */
const SOON_DAYS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A deadline to act before ("activate …", "reach the threshold …"): a whole day reads "by today",
 * "by tomorrow", "within 3 days"; a moment less than a day away reads "by" its relative time.
 */
function actBefore(left: Countdown, dateOnly: boolean, keys: 'activate' | 'qualify'): Msg {
  const activate = keys === 'activate';
  if (!dateOnly && left.ms < DAY_MS) return msg(activate ? 'countdown.activateBy' : 'countdown.qualifyBy', { when: left.text });
  if (left.days <= 0) return msg(activate ? 'countdown.activateToday' : 'countdown.qualifyToday');
  if (left.days === 1) return msg(activate ? 'countdown.activateTomorrow' : 'countdown.qualifyTomorrow');
  return msg(activate ? 'countdown.activateWithin' : 'countdown.qualifyWithin', { count: left.days });
}

function phrase(kind: DeadlineKind, left: Countdown, dateOnly: boolean): Msg {
  const when = left.text;
  switch (kind) {
    case 'credit-expected':
      return msg(left.overdue ? 'countdown.creditOverdue' : 'countdown.creditExpected', { when });
    case 'credit-expiry':
    case 'code-expiry':
      return msg(left.overdue ? 'countdown.expired' : 'countdown.expires', { when });
    case 'code-activation':
      return left.overdue ? msg('countdown.activationClosed', { when }) : actBefore(left, dateOnly, 'activate');
    case 'offer-qualify':
      return left.overdue ? msg('countdown.qualifyPassed', { when }) : actBefore(left, dateOnly, 'qualify');
  }
}

export function describeDeadline(deadline: NotesDeadline, now: Date, timeZone: string, locale: UiLocale): Deadline {
  const left = countdown(deadline.date ?? deadline.at, now, { timeZone, locale: intlTag(locale) });
  return {
    kind: deadline.kind,
    message: phrase(deadline.kind, left, deadline.date !== null),
    tone: left.overdue ? 'overdue' : left.days <= SOON_DAYS ? 'soon' : 'later',
    at: deadline.at,
  };
}

/**
 * The one deadline per offer or code to show: the earliest, so a missed activation window is not
 * hidden behind a later expiry date.
 */
export function nextDeadlines(notes: NotesDoc, observations: ObservationsByAccount, now: Date, locale: UiLocale): Map<string, Deadline> {
  const next = new Map<string, Deadline>();
  // Looked up once: asking Intl for the zone costs more than a countdown, and there is one per item.
  const timeZone = systemTimeZone();
  for (const deadline of deadlinesOf(notes, observations, now, { timeZone })) {
    const key = `${deadline.subject.type}:${deadline.subject.id}`;
    if (!next.has(key)) next.set(key, describeDeadline(deadline, now, timeZone, locale));
  }
  return next;
}
