import { describe, expect, it } from 'vitest';
import { msg } from '../../lib/i18n/message';
import { englishTranslator } from '../../lib/i18n/node-catalog';
import type { Deadline as NotesDeadline, DeadlineKind } from '../../lib/notes/deadlines';
import { describeDeadline } from './deadlines';

const TZ = 'Europe/Berlin';
const now = new Date('2026-11-24T10:00:00Z');
const onDay = (kind: DeadlineKind, date: string): NotesDeadline => ({
  kind,
  at: new Date(`${date}T23:00:00Z`),
  date,
  accountId: '7234567890123456789',
  subject: { type: 'code', id: 'c' },
  title: msg('deadline.activateCode', { code: 'c' }),
  overdue: false,
});
const at = (kind: DeadlineKind, iso: string): NotesDeadline => ({ ...onDay(kind, '2026-01-01'), at: new Date(iso), date: null });

describe('the countdown each list item shows', () => {
  it.each([
    [at('credit-expected', '2026-11-25T05:00:00Z'), 'credit expected in 19 hours', 'soon'],
    [at('credit-expected', '2026-11-24T05:00:00Z'), 'credit overdue: expected 5 hours ago', 'overdue'],
    [onDay('credit-expiry', '2026-12-06'), 'expires in 12 days', 'later'],
    [{ ...onDay('credit-expiry', '2027-02-21'), likely: true as const }, 'credit likely arrived; expires in 89 days', 'later'],
    [{ ...onDay('credit-expiry', '2026-11-20'), likely: true as const }, 'expired 4 days ago', 'overdue'],
    [onDay('code-expiry', '2026-11-24'), 'expires today', 'soon'],
    [onDay('code-activation', '2026-11-27'), 'activate within 3 days', 'soon'],
    [onDay('code-activation', '2026-11-25'), 'activate by tomorrow', 'soon'],
    [onDay('code-activation', '2026-11-24'), 'activate today', 'soon'],
    [onDay('code-activation', '2026-11-20'), 'activation window closed 4 days ago', 'overdue'],
    [onDay('offer-qualify', '2026-12-24'), 'reach the threshold within 30 days', 'later'],
    [onDay('offer-qualify', '2026-11-23'), 'deadline to qualify passed yesterday', 'overdue'],
  ])('%#: %s', (deadline, text, tone) => {
    const described = describeDeadline(deadline, now, TZ);
    expect({ text: englishTranslator(TZ).t(described.text), tone: described.tone }).toEqual({ text, tone });
  });
});
