import { describe, expect, it } from 'vitest';
import { englishTranslator } from '../i18n/node-catalog';
import { linesText } from './deadline-text';
import { MAX_PLANNED_REMINDERS, parseReminderName, reminderNotice } from './reminders';
import { DEFAULT_SETTINGS, EMPTY_NOTES, type NotesDoc } from './schema';
import { ACCOUNT_ID, aCode, anAccount, anOffer } from './test-fixtures';
import { planOf } from '../../tests/support/reminder-plan';

const NOW = new Date('2026-11-24T12:00:00Z');
const UTC = { timeZone: 'UTC' };
const book = (notes: Partial<NotesDoc>, reminderLeadDays = [7, 1]) => ({
  notes: { ...EMPTY_NOTES, accounts: [anAccount()], ...notes },
  observations: {},
  settings: { ...DEFAULT_SETTINGS, reminderLeadDays },
});
/** A notice as the notification shows it, in English. */
const shown = (notice: ReturnType<typeof reminderNotice>) => {
  const t = englishTranslator('UTC');
  return notice && { title: t.t(notice.title), message: linesText(t, notice.message), accountId: notice.accountId };
};
const plan = (b: ReturnType<typeof book>, now = NOW, opts = UTC) =>
  planOf(b, now, opts).map((r) => [r.deadline.kind, r.leadDays, new Date(r.when).toISOString()]);

describe('planning reminders', () => {
  it('a code to activate by 4 December: 7 days and 1 day before, at 09:00', () => {
    expect(plan(book({ codes: [aCode({ receivedOn: '2026-11-20' })] }))).toEqual([
      ['code-activation', 7, '2026-11-27T09:00:00.000Z'],
      ['code-activation', 1, '2026-12-03T09:00:00.000Z'],
    ]);
  });

  it('follows the lead days in settings, and the user\'s time zone', () => {
    const b = book({ codes: [aCode({ receivedOn: '2026-11-20' })] }, [3, 0]);
    expect(plan(b, NOW, { timeZone: 'America/New_York' })).toEqual([
      ['code-activation', 3, '2026-12-01T14:00:00.000Z'],
      ['code-activation', 0, '2026-12-04T14:00:00.000Z'],
    ]);
  });

  it('skips reminders whose time has passed, and deadlines already over', () => {
    // Deadline in 3 days: the 7-day reminder would have been on 20 November.
    expect(plan(book({ codes: [aCode({ activateBy: '2026-11-27' })] }))).toEqual([['code-activation', 1, '2026-11-26T09:00:00.000Z']]);
    expect(plan(book({ codes: [aCode({ receivedOn: '2026-11-01' })] }))).toEqual([]);
    // Today 09:00 has passed at noon: a same-day reminder is not scheduled in the past.
    expect(plan(book({ codes: [aCode({ activateBy: '2026-11-24' })] }, [0]))).toEqual([]);
  });

  it('expiry of a code and of landed credit, and the offer\'s qualify-by date', () => {
    const b = book({
      codes: [aCode({ receivedOn: '2026-11-23', expiresOn: '2026-12-10' })],
      offers: [
        anOffer({ id: 'landed', status: 'arrived', arrivedOn: '2026-11-24T08:00:00.000Z', expiresOn: '2026-12-20' }),
        anOffer({ id: 'earning', qualifyBy: '2026-12-31' }),
      ],
    }, [1]);
    expect(plan(b)).toEqual([
      ['code-activation', 1, '2026-12-06T09:00:00.000Z'],
      ['code-expiry', 1, '2026-12-09T09:00:00.000Z'],
      ['credit-expiry', 1, '2026-12-19T09:00:00.000Z'],
      ['offer-qualify', 1, '2026-12-30T09:00:00.000Z'],
    ]);
  });

  it('pending credit: one reminder when the processing window ends, whatever the lead days', () => {
    const b = book({ offers: [anOffer({ crossedOn: '2026-11-24T10:00:00.000Z', processingWindowHours: 48 })] }, [7, 1]);
    expect(plan(b)).toEqual([['credit-expected', null, '2026-11-26T10:00:00.000Z']]);
  });

  it('keeps the nearest reminders when there are very many', () => {
    const codes = Array.from({ length: 150 }, (_, i) => aCode({ id: `c${i}`, activateBy: `2027-01-${String((i % 28) + 1).padStart(2, '0')}` }));
    const planned = planOf(book({ codes }), NOW, UTC);
    expect(planned).toHaveLength(MAX_PLANNED_REMINDERS);
    expect(planned.map((r) => r.when)).toEqual([...planned.map((r) => r.when)].sort((a, b) => a - b));
  });

  it('names carry the account to open and survive ids with colons', () => {
    const [reminder] = planOf(book({ codes: [aCode({ id: 'a:b', receivedOn: '2026-11-20' })] }), NOW, UTC);
    expect(parseReminderName(reminder!.name)).toEqual({ kind: 'code-activation', accountId: ACCOUNT_ID, leadDays: 7, subject: { type: 'code', id: 'a:b' } });
    expect(parseReminderName('someone-else:alarm')).toBeNull();
  });
});

describe('what a reminder says when it fires', () => {
  const b = book({ codes: [aCode({ receivedOn: '2026-11-20' })] });
  const [, oneDayBefore] = planOf(b, NOW, UTC);

  it('the deadline as it stands then', () => {
    const notice = shown(reminderNotice(oneDayBefore!.name, b, new Date(oneDayBefore!.when), UTC));
    expect(notice).toMatchObject({ title: 'Activate code TTADS-2026-XYZ: deadline tomorrow', accountId: ACCOUNT_ID });
    expect(notice!.message).toContain('Redeem coupon');
    expect(notice!.message).toContain('Shop ads');
  });

  it('nothing once the code was applied, or when the alarm fires after the deadline', () => {
    const applied = book({ codes: [aCode({ receivedOn: '2026-11-20', status: 'applied' })] });
    expect(reminderNotice(oneDayBefore!.name, applied, new Date(oneDayBefore!.when), UTC)).toBeNull();
    expect(reminderNotice(oneDayBefore!.name, b, new Date('2026-12-06T09:00:00Z'), UTC)).toBeNull();
  });

  it('each kind of deadline has its own whole title', () => {
    const b = book({
      codes: [aCode({ receivedOn: '2026-11-23', expiresOn: '2026-12-10' })],
      offers: [
        anOffer({ id: 'landed', name: 'Landed', status: 'arrived', arrivedOn: '2026-11-24T08:00:00.000Z', expiresOn: '2026-12-20' }),
        anOffer({ id: 'earning', name: 'Earning', qualifyBy: '2026-12-31' }),
      ],
    }, [1]);
    const titles = Object.fromEntries(planOf(b, NOW, UTC).map((r) => [r.deadline.kind, shown(reminderNotice(r.name, b, new Date(r.when), UTC))!.title]));
    expect(titles).toEqual({
      'code-activation': 'Activate code TTADS-2026-XYZ: deadline tomorrow',
      'code-expiry': 'Code TTADS-2026-XYZ expires tomorrow',
      'credit-expiry': 'Credit from “Landed” expires tomorrow',
      'offer-qualify': 'Reach the threshold of “Earning”: deadline tomorrow',
    });
  });

  it('pending credit says to check the balance', () => {
    const pending = book({ offers: [anOffer({ crossedOn: '2026-11-24T10:00:00.000Z' })] });
    const [due] = planOf(pending, NOW, UTC);
    expect(shown(reminderNotice(due!.name, pending, new Date(due!.when), UTC))!.title).toBe('Credit from “Spend $500, get $500” expected by now: check your balance');
  });
});
