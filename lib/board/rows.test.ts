import { describe, expect, it } from 'vitest';
import { deadlinesOf, nearestDeadlineDays } from '../notes/deadlines';
import { aCode, anAccount, anObservation, anOffer, ACCOUNT_ID } from '../notes/test-fixtures';
import type { NotesDoc } from '../notes/schema';
import { boardRows, spanOf } from './rows';

const NOW = new Date('2026-11-24T12:00:00Z');
const ZONE = 'UTC';
const notes = (over: Partial<NotesDoc>): NotesDoc => ({ accounts: [anAccount()], offers: [], codes: [], notes: [], fixes: [], ...over });

describe('board rows', () => {
  it('an offer whose spend crossed its threshold 20 h ago is pending, with a 48 h pending segment after the earning one', () => {
    const offer = anOffer({ activatedOn: '2026-11-10T00:00:00.000Z', crossedOn: '2026-11-23T16:00:00.000Z' });
    const [row] = boardRows(notes({ offers: [offer] }), {}, NOW, ZONE);
    expect(row).toMatchObject({ key: 'offer:offer-1', kind: 'offer', accountName: 'Shop ads', state: 'pending', nextStep: 'wait-for-credit', ended: false });
    expect(row!.deadline).toMatchObject({ kind: 'credit-expected', at: new Date('2026-11-25T16:00:00.000Z') });
    expect(row!.segments).toEqual([
      { kind: 'earning', start: Date.parse('2026-11-10T00:00:00.000Z'), end: Date.parse('2026-11-23T16:00:00.000Z') },
      { kind: 'pending', start: Date.parse('2026-11-23T16:00:00.000Z'), end: Date.parse('2026-11-25T16:00:00.000Z') },
    ]);
  });

  it('progress toward the threshold counts spend after activation only', () => {
    const offer = anOffer({ activatedOn: '2026-11-10T00:00:00.000Z', threshold: '500.00' });
    const observations = {
      [ACCOUNT_ID]: [
        anObservation({ at: '2026-11-09T00:00:00.000Z', spendSoFar: '100.00' }),
        anObservation({ at: '2026-11-20T00:00:00.000Z', spendSoFar: '300.00' }),
      ],
    };
    const [row] = boardRows(notes({ offers: [offer] }), observations, NOW, ZONE);
    expect(row!.state).toBe('earning');
    expect(row!.progress).toEqual({ spent: 200, threshold: 500, ratio: 0.4, reached: false });
    expect(row!.nextStep).toBe('spend-more');
  });

  it('once the threshold is crossed or the credit has arrived, the progress is complete, whatever spend the page showed last', () => {
    // The user entered the crossing; the page last showed less spend than the threshold.
    const crossed = anOffer({ id: 'c', activatedOn: '2026-11-10T00:00:00.000Z', threshold: '500.00', crossedOn: '2026-11-19T10:00:00.000Z' });
    const arrived = anOffer({ id: 'a', threshold: '500.00', arrivedOn: '2026-11-20T09:00:00.000Z', status: 'arrived' });
    const observations = { [ACCOUNT_ID]: [anObservation({ at: '2026-11-09T00:00:00.000Z', spendSoFar: '0.00' }), anObservation({ at: '2026-11-20T00:00:00.000Z', spendSoFar: '300.00' })] };
    const rows = boardRows(notes({ offers: [crossed, arrived] }), observations, NOW, ZONE);
    expect(rows.map((row) => [row.id, row.state, row.progress])).toEqual([
      ['c', 'overdue', { spent: 300, threshold: 500, ratio: 1, reached: true }],
      ['a', 'arrived', { spent: 300, threshold: 500, ratio: 1, reached: true }],
    ]);
  });

  it('arrived credit runs from arrival to its expiry; used-up and dismissed offers are ended', () => {
    const arrived = anOffer({ id: 'a', arrivedOn: '2026-11-01T09:00:00.000Z', expiresOn: '2027-01-30', status: 'arrived' });
    const used = anOffer({ id: 'u', status: 'used-up' });
    const dismissed = anOffer({ id: 'd', status: 'dismissed' });
    const rows = boardRows(notes({ offers: [arrived, used, dismissed] }), {}, NOW, ZONE);
    expect(rows.map((r) => [r.id, r.state, r.ended])).toEqual([
      ['a', 'arrived', false],
      ['u', 'used-up', true],
      ['d', 'dismissed', true],
    ]);
    expect(rows[0]!.segments.at(-1)).toEqual({ kind: 'credit', start: Date.parse('2026-11-01T09:00:00.000Z'), end: Date.parse('2027-01-31T00:00:00.000Z') });
  });

  it('credit the balance shows landed but not marked: arrived, its expiry counting down as likely, and the next step is to mark it', () => {
    const offer = anOffer({ crossedOn: '2026-11-19T10:00:00.000Z' });
    const observations = {
      [ACCOUNT_ID]: [
        anObservation({ at: '2026-11-19T09:00:00.000Z', creditBalance: '0.00' }),
        anObservation({ at: '2026-11-22T09:00:00.000Z', creditBalance: '600.00' }),
      ],
    };
    const [row] = boardRows(notes({ offers: [offer] }), observations, NOW, ZONE);
    expect(row).toMatchObject({ state: 'arrived', nextStep: 'mark-arrived', ended: false });
    expect(row!.deadline).toMatchObject({ kind: 'credit-expiry', date: '2027-02-20', overdue: false, likely: true });
  });

  it('credit drawn down to zero after it landed is used up and ended, with no deadline counting down', () => {
    const offer = anOffer({ status: 'arrived', crossedOn: '2026-11-09T09:00:00.000Z', arrivedOn: '2026-11-11T08:00:00.000Z' });
    const observations = {
      [ACCOUNT_ID]: [
        anObservation({ at: '2026-11-11T09:00:00.000Z', creditBalance: '500.00' }),
        anObservation({ at: '2026-11-23T09:00:00.000Z', creditBalance: '0.00' }),
      ],
    };
    const [row] = boardRows(notes({ offers: [offer] }), observations, NOW, ZONE);
    expect(row).toMatchObject({ state: 'used-up', ended: true, deadline: null, nextStep: 'none' });
  });

  it('a code received 11 days ago waits to be activated within 3 days; one received 20 days ago missed its window', () => {
    const fresh = aCode({ id: 'fresh', receivedOn: '2026-11-13' });
    const stale = aCode({ id: 'stale', receivedOn: '2026-11-04' });
    const rows = boardRows(notes({ codes: [fresh, stale] }), {}, NOW, ZONE);
    expect(rows.map((r) => [r.id, r.state, r.nextStep])).toEqual([
      ['fresh', 'to-activate', 'enter-code'],
      ['stale', 'window-closed', 'ask-support'],
    ]);
    expect(rows[0]!.segments).toEqual([{ kind: 'activation', start: Date.parse('2026-11-13T00:00:00Z'), end: Date.parse('2026-11-28T00:00:00Z') }]);
    expect(rows[0]!.deadline).toMatchObject({ kind: 'code-activation', date: '2026-11-27' });
  });

  it("offers its code to copy while it may still be entered: not once applied or expired, not on an offer's row", () => {
    const codes = [
      aCode({ id: 'fresh' }),
      aCode({ id: 'refused', status: 'rejected' }),
      aCode({ id: 'missed', receivedOn: '2026-10-01' }),
      aCode({ id: 'used', status: 'applied' }),
      aCode({ id: 'gone', expiresOn: '2026-11-20' }),
    ];
    const rows = boardRows(notes({ codes, offers: [anOffer()] }), {}, NOW, ZONE);
    expect(rows.filter((row) => row.enterable).map((row) => row.id).sort()).toEqual(['fresh', 'missed', 'refused']);
    expect(rows.find((row) => row.id === 'missed')!.state).toBe('window-closed');
    expect(rows.find((row) => row.id === 'gone')!.state).toBe('code-expired');
  });

  it('is due soon while its deadline is still to come within 7 days: not once missed, not 8 days off, not once the item has ended', () => {
    const due = (receivedOn: string, status: 'unused' | 'applied' = 'unused') => boardRows(notes({ codes: [aCode({ receivedOn, status, expiresOn: null })] }), {}, NOW, ZONE)[0]!.dueSoon;
    // Received the 13th: activate by the 27th, its end 3 days and 12 hours off.
    expect(due('2026-11-13')).toBe(true);
    // Received the 17th: activate by 1 December, whose end is 7 days and 12 hours off.
    expect(due('2026-11-17')).toBe(false);
    // Received the 16th: activate by 30 November, ending 6 days and 12 hours from now.
    expect(due('2026-11-16')).toBe(true);
    expect(due('2026-11-04')).toBe(false);
    expect(due('2026-11-13', 'applied')).toBe(false);
  });

  it('dates are whole days in the given time zone', () => {
    const code = aCode({ receivedOn: '2026-11-13' });
    const [row] = boardRows(notes({ codes: [code] }), {}, NOW, 'Asia/Tokyo');
    expect(row!.segments[0]!.start).toBe(Date.parse('2026-11-12T15:00:00Z'));
  });

  it('an applied code with an expiry shows its credit until then; rejected and applied codes have no deadline', () => {
    const applied = aCode({ id: 'ap', status: 'applied', appliedOn: '2026-11-21T10:00:00.000Z', expiresOn: '2026-12-31' });
    const rejected = aCode({ id: 're', status: 'rejected', rejectedCause: 'promotion-active' });
    const rows = boardRows(notes({ codes: [applied, rejected] }), {}, NOW, ZONE);
    expect(rows[0]).toMatchObject({ state: 'applied', ended: true, deadline: null });
    expect(rows[0]!.segments.map((s) => s.kind)).toEqual(['activation', 'code-credit']);
    expect(rows[1]).toMatchObject({ state: 'rejected', ended: false, nextStep: 'see-why-rejected', deadline: null });
  });

  it('dates that contradict each other draw no stretch that runs backwards: a code applied the day before it was received, its credit expiring before that', () => {
    // The counterexample the timeline's property found (the sliver drew over the next bar of its lane).
    const code = aCode({ receivedOn: '2026-11-22', status: 'applied', appliedOn: '2026-11-21T10:00:00.000Z', expiresOn: '2026-11-20' });
    const [row] = boardRows(notes({ codes: [code] }), {}, NOW, ZONE);
    expect(row!.segments).toEqual([]);
    expect(spanOf(row!)).toBeNull();
    // The same code with its dates in order keeps both stretches.
    const [fixed] = boardRows(notes({ codes: [{ ...code, receivedOn: '2026-11-20', expiresOn: '2026-12-31' }] }), {}, NOW, ZONE);
    expect(fixed!.segments.map((s) => [s.kind, s.end! > s.start])).toEqual([
      ['activation', true],
      ['code-credit', true],
    ]);
  });

  it('a code received on a day that does not exist starts no stretch and has no deadline, as its clock reads that day', () => {
    // Date would roll 2026-02-31 into 3 March; the calendar, and so the code's clock, read it as no day.
    const [row] = boardRows(notes({ codes: [aCode({ receivedOn: '2026-02-31' })] }), {}, NOW, ZONE);
    expect(row!.deadline).toBeNull();
    expect(row!.segments).toEqual([]);
    expect(spanOf(row!)).toBeNull();
  });

  it('an item of an account missing from the notes still gets a row, with no account name', () => {
    const [row] = boardRows(notes({ accounts: [], codes: [aCode()] }), {}, NOW, ZONE);
    expect(row).toMatchObject({ accountId: ACCOUNT_ID, accountName: null });
  });

  it("the board's deadlines are the badge's: the nearest one ahead matches the badge's days", () => {
    const doc = notes({ codes: [aCode({ receivedOn: '2026-11-13' })], offers: [anOffer({ qualifyBy: '2026-12-10' })] });
    const rows = boardRows(doc, {}, NOW, ZONE);
    const nearest = Math.min(...rows.map((r) => (r.deadline!.at.getTime() - NOW.getTime()) / 86_400_000));
    expect(Math.floor(nearest)).toBe(nearestDeadlineDays(deadlinesOf(doc, {}, NOW, { timeZone: ZONE }), NOW, ZONE));
  });

  it('an offer earning without a deadline is open-ended on the timeline', () => {
    const [row] = boardRows(notes({ offers: [anOffer({ activatedOn: '2026-11-10T00:00:00.000Z' })] }), {}, NOW, ZONE);
    expect(spanOf(row!)).toEqual({ start: Date.parse('2026-11-10T00:00:00.000Z'), end: null });
  });
});
