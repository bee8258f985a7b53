/**
 * Which reminders to schedule, and what each says. Pure: the background turns the plan into
 * `browser.alarms` (lib/notes/reminder-alarms.ts) and re-plans whenever notes or settings change.
 *
 * A whole-day deadline is reminded N days before it (settings.reminderLeadDays), at 09:00 where the
 * user is, not at midnight. Credit still pending is reminded once, when its processing window ends.
 */
import { msg, type Msg } from '../i18n/message';
import { countdown, type RelativeTime } from './countdown';
import { deadlineDetail } from './deadline-text';
import { deadlinesOf, type Deadline, type DeadlineKind, type DeadlineOptions } from './deadlines';
import type { NotesDoc, ObservationsByAccount, Settings } from './schema';
import { addDays, startOfDay, systemTimeZone } from '../credit/calendar';
import { HOUR_MS } from '../credit/values';

export const REMINDER_PREFIX = 'credit-lens:reminder:';
/** Browsers limit how many alarms an extension keeps; the plan is refreshed daily, so the nearest suffice. */
export const MAX_PLANNED_REMINDERS = 100;
const REMIND_AT_HOUR = 9;

export interface PlannedReminder {
  /** The alarm's name, and the notification's id: it says what to remind of and which account to open. */
  name: string;
  when: number;
  /** Days before the deadline; null for the one reminder when pending credit is due. */
  leadDays: number | null;
  deadline: Deadline;
}

export interface Notebook {
  notes: NotesDoc;
  observations: ObservationsByAccount;
  settings: Pick<Settings, 'reminderLeadDays'>;
}
const NAME = /^credit-lens:reminder:([a-z-]+):(\d+):(\d+|due):(offer|code):(.+)$/;

export function reminderName(deadline: Deadline, leadDays: number | null): string {
  const { kind, accountId, subject } = deadline;
  return `${REMINDER_PREFIX}${kind}:${accountId}:${leadDays ?? 'due'}:${subject.type}:${subject.id}`;
}

export function parseReminderName(
  name: string,
): { kind: DeadlineKind; accountId: string; leadDays: number | null; subject: Deadline['subject'] } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, kind, accountId, lead, type, id] = match as unknown as [string, DeadlineKind, string, string, 'offer' | 'code', string];
  return { kind, accountId, leadDays: lead === 'due' ? null : Number(lead), subject: { type, id } };
}

/** Every reminder `deadlines` call for, past ones included (an alarm that fires needs to find its own). */
function candidatesOf(deadlines: readonly Deadline[], settings: Notebook['settings'], timeZone: string): PlannedReminder[] {
  const leads = [...new Set(settings.reminderLeadDays)];
  return deadlines.flatMap((deadline): PlannedReminder[] => {
    if (!deadline.date) return [{ name: reminderName(deadline, null), when: deadline.at.getTime(), leadDays: null, deadline }];
    const date = deadline.date;
    return leads.map((leadDays) => ({
      name: reminderName(deadline, leadDays),
      when: startOfDay(addDays(date, -leadDays), timeZone).getTime() + REMIND_AT_HOUR * HOUR_MS,
      leadDays,
      deadline,
    }));
  });
}

/** The alarms to have now: future reminders of deadlines not yet passed, nearest first. `deadlines` are deadlinesOf's, in `timeZone`. */
export function planReminders(deadlines: readonly Deadline[], settings: Notebook['settings'], now: Date, timeZone: string): PlannedReminder[] {
  return candidatesOf(deadlines, settings, timeZone)
    .filter((reminder) => reminder.when > now.getTime() && !reminder.deadline.overdue)
    .sort((a, b) => a.when - b.when)
    .slice(0, MAX_PLANNED_REMINDERS);
}

export interface ReminderNotice {
  /** Messages the background renders in the user's language (lib/notes/reminder-alarms.ts). */
  title: Msg;
  /** What to do, then the account: one message per line. */
  message: Msg[];
  accountId: string;
}

/**
 * What to show when the alarm `name` fires, judged by the notes as they are now: nothing when the
 * code was applied, the credit arrived, or the deadline passed while the browser was closed.
 */
export function reminderNotice(name: string, book: Notebook, now: Date, opts: DeadlineOptions = {}): ReminderNotice | null {
  const timeZone = opts.timeZone ?? systemTimeZone();
  const reminder = candidatesOf(deadlinesOf(book.notes, book.observations, now, { timeZone }), book.settings, timeZone).find((candidate) => candidate.name === name);
  if (!reminder) return null;
  const { deadline } = reminder;
  const due = countdown(deadline.date ?? deadline.at, now, { timeZone });
  if (deadline.date && due.overdue) return null;
  return { title: titleOf(deadline, book.notes, due.when), message: deadlineDetail(deadline, book.notes), accountId: deadline.accountId };
}

function titleOf(deadline: Deadline, notes: NotesDoc, when: RelativeTime): Msg {
  const name = () => notes.offers.find((offer) => offer.id === deadline.subject.id)?.name ?? '';
  switch (deadline.kind) {
    case 'code-activation':
    case 'offer-qualify':
      return msg('notify.deadlineWhen', { title: { msg: deadline.title }, when });
    case 'code-expiry':
      return msg('notify.codeExpiresWhen', { code: notes.codes.find((code) => code.id === deadline.subject.id)?.code ?? '', when });
    case 'credit-expiry':
      return msg('notify.creditExpiresWhen', { name: name(), when });
    case 'credit-expected':
      return msg('notify.creditExpectedNow', { name: name() });
  }
}
