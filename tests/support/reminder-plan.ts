import { deadlinesOf } from '../../lib/notes/deadlines';
import { planReminders, reminderCandidates, type PlannedReminder } from '../../lib/notes/reminders';

/** The reminders' plan for a whole notebook, made as syncReminders makes it: its deadlines listed once, then planned. */
export const planOf = (book: Parameters<typeof reminderCandidates>[0], now: Date, opts: { timeZone: string }): PlannedReminder[] =>
  planReminders(deadlinesOf(book.notes, book.observations, now, opts), book.settings, now, opts.timeZone);
