import { describe, expect, it } from 'vitest';
import { OTHER_ACCOUNT, observation, reading } from '../../testing';
import { spendWentDown } from './spend-went-down';

const current = reading({ spendSoFar: '120.00', nextBillDate: '2026-03-31' });
const check = (previous: ReturnType<typeof observation>, now = current) => spendWentDown({ reading: now, previous, notes: null });

describe('spend-went-down', () => {
  it('doubts spend so far that is lower than earlier in the same billing period', () => {
    expect(check(observation('2026-03-10T08:00:00.000Z', { spendSoFar: '450.00' }))).toEqual([
      {
        rule: 'spend-went-down',
        severity: 'doubt',
        facts: { previousSpend: '450.00', spendSoFar: '120.00', drop: '330.00', previousAt: '2026-03-10T08:00:00.000Z', nextBillDate: '2026-03-31', currency: 'USD' },
      },
    ]);
  });

  it('accepts spend that grew or stayed', () => {
    expect(check(observation('2026-03-10T08:00:00.000Z', { spendSoFar: '100.00' }))).toEqual([]);
    expect(check(observation('2026-03-10T08:00:00.000Z', { spendSoFar: '120.00' }))).toEqual([]);
  });

  it('says nothing when a bill may have reset it: the earlier reading is from the last period', () => {
    expect(check(observation('2026-02-20T08:00:00.000Z', { spendSoFar: '450.00' }))).toEqual([]);
  });

  it("takes a month's period back to the last day of a shorter month: 31 March's starts on 28 February", () => {
    // Inside the period by a day and a half; a start of "31 February" (3 March) would leave it out.
    expect(check(observation('2026-03-02T12:00:00.000Z', { spendSoFar: '450.00' }))).toHaveLength(1);
    expect(check(observation('2026-02-28T12:00:00.000Z', { spendSoFar: '450.00' }))).toEqual([]);
  });

  it('says nothing when the bill date is a day that does not exist', () => {
    // Inside the period Date would make of it (31 January to "31 February", read as 3 March).
    const previous = observation('2026-02-15T08:00:00.000Z', { spendSoFar: '450.00' });
    expect(check(previous, reading({ spendSoFar: '120.00', nextBillDate: '2026-02-31' }))).toEqual([]);
  });

  it('says nothing without a bill date, for another account or another currency', () => {
    const previous = observation('2026-03-10T08:00:00.000Z', { spendSoFar: '450.00' });
    expect(check(previous, reading({ spendSoFar: '120.00', nextBillDate: null }))).toEqual([]);
    expect(check({ ...previous, accountId: OTHER_ACCOUNT })).toEqual([]);
    expect(check({ ...previous, currency: 'EUR' })).toEqual([]);
  });
});
