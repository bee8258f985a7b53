import { deadlinesOf } from '../../lib/notes/deadlines';
import { planReminders, type Notebook, type PlannedReminder } from '../../lib/notes/reminders';

/** The reminders' plan for a whole notebook, made as syncReminders makes it: its deadlines listed once, then planned. */
export const planOf = (book: Notebook, now: Date, opts: { timeZone: string }): PlannedReminder[] =>
  planReminders(deadlinesOf(book.notes, book.observations, now, opts), book.settings, now, opts.timeZone);
