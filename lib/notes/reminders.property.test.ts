/**
 * Reminders for any notebook (tests/support/notebook-cases.ts): a reminder the background plans must
 * show its notification when its alarm fires, if nothing changed in between, and say it in words in
 * every language. The examples in reminders.test.ts cover each kind of deadline once; these cover the
 * notebooks a hand-edited import or a long-running one can hold (DST edges, contradicting dates).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notebookCaseArb, seenBy } from '../../tests/support/notebook-cases';
import { assertOnSeeds } from '../../tests/support/property-seeds';
import { expectReadable } from '../../tests/support/readable';
import { UI_LOCALES } from '../i18n/locales';
import { localeTranslator } from '../i18n/node-catalog';
import { parseReminderName, reminderNotice } from './reminders';
import { planOf } from '../../tests/support/reminder-plan';


const bookArb = fc.record({
  notebook: notebookCaseArb(),
  reminderLeadDays: fc.uniqueArray(fc.constantFrom(0, 1, 3, 7, 14, 30), { maxLength: 4 }),
  locale: fc.constantFrom(...UI_LOCALES),
});

describe('reminders, property', () => {
  it('every planned reminder, when its alarm fires on the same notes, shows its notification, for its account, in words', () => {
    assertOnSeeds(
      fc.property(bookArb, ({ notebook: { notes, observations, now, timeZone }, reminderLeadDays, locale }) => {
        // Only what had been read by the time the reminders are planned: a sighting made later may rightly
        // end a deadline (the threshold reached before the qualify-by day) and so its reminder.
        const book = { notes, observations: seenBy(observations, now), settings: { reminderLeadDays } };
        const t = localeTranslator(locale, timeZone);
        for (const reminder of planOf(book, now, { timeZone })) {
          expect(reminder.when).toBeGreaterThan(now.getTime());
          const parsed = parseReminderName(reminder.name);
          expect(parsed).toEqual({ kind: reminder.deadline.kind, accountId: reminder.deadline.accountId, leadDays: reminder.leadDays, subject: reminder.deadline.subject });
          const notice = reminderNotice(reminder.name, book, new Date(reminder.when), { timeZone });
          expect(notice, `${reminder.name} at ${new Date(reminder.when).toISOString()} in ${timeZone}`).not.toBeNull();
          expect(notice!.accountId).toBe(reminder.deadline.accountId);
          for (const text of [t.t(notice!.title), ...notice!.message.map((line) => t.t(line))]) expectReadable(text, `${locale} ${reminder.name}`);
        }
      }),
      200,
      [{ seed: 433345912, numRuns: 52, why: 'fuzz: a sighting dated after the planning moment ended the deadline before its alarm (the premise, not the code)' }],
    );
  });
});
