import { describe, expect, it } from 'vitest';
import type { Observation } from '../notes/schema';
import type { BillingReading } from '../reader/reading';
import { aReading } from '../reader/test-fixtures';
import { latestObservation, observationOf, observationToRecord, sameNumbers } from './observation';

const ACCOUNT = '7234567890123456789';
const AT = new Date('2026-11-24T09:30:00.000Z');

const reading = (overrides: Partial<BillingReading> = {}): BillingReading =>
  aReading({
    url: `https://ads.tiktok.com/i18n/account/payment?aadvid=${ACCOUNT}`,
    accountId: ACCOUNT,
    accountIdSource: 'url',
    billingType: 'automatic',
    currency: 'USD',
    cashBalance: '10.00',
    creditBalance: '50.00',
    spendSoFar: '480.00',
    billingThreshold: '500.00',
    ...overrides,
  });

const stored = (at: string, overrides: Partial<Observation> = {}): Observation => ({
  at,
  accountId: ACCOUNT,
  currency: 'USD',
  spendSoFar: '480.00',
  creditBalance: '50.00',
  cashBalance: '10.00',
  accountBalance: null,
  ...overrides,
});

describe('observing a reading', () => {
  it('keeps the account, currency and the four numbers, timed', () => {
    expect(observationOf(reading(), AT)).toEqual(stored('2026-11-24T09:30:00.000Z'));
  });

  it('observes nothing on a page whose account is unknown or not an advertiser id', () => {
    expect(observationOf(reading({ accountId: null }), AT)).toBeNull();
    expect(observationOf(reading({ accountId: 'org-42' }), AT)).toBeNull();
    expect(observationOf(null, AT)).toBeNull();
  });

  it('observes nothing on a page under an unknown route that did not read as a Billing page', () => {
    expect(observationOf(reading({ pageKind: 'other', pageKindConfidence: 'low' }), AT)).toBeNull();
  });

  it('observes nothing on a page that shows no numbers (a Transactions page)', () => {
    expect(observationOf(reading({ spendSoFar: null, creditBalance: null, cashBalance: null }), AT)).toBeNull();
  });
});

describe('recording only when the numbers changed', () => {
  it('records the first reading of an account', () => {
    expect(observationToRecord(reading(), [], AT)).not.toBeNull();
  });

  it('skips a reading whose numbers equal the latest stored ones (a reload)', () => {
    expect(observationToRecord(reading(), [stored('2026-11-23T00:00:00.000Z')], AT)).toBeNull();
  });

  it('records when spend moved', () => {
    const next = observationToRecord(reading({ spendSoFar: '510.00' }), [stored('2026-11-23T00:00:00.000Z')], AT);
    expect(next?.spendSoFar).toBe('510.00');
  });

  it('compares with the latest stored observation by time, not by list order', () => {
    const list = [stored('2026-11-23T12:00:00.000Z', { spendSoFar: '400.00' }), stored('2026-11-22T00:00:00.000Z')];
    expect(latestObservation(list, ACCOUNT)?.spendSoFar).toBe('400.00');
    expect(observationToRecord(reading(), list, AT)).not.toBeNull();
  });

  it('ignores other accounts and a currency change counts as a change', () => {
    const other = stored('2026-11-23T00:00:00.000Z', { accountId: '7000000000000000042' });
    expect(observationToRecord(reading(), [other], AT)).not.toBeNull();
    expect(sameNumbers(stored('a'), stored('a', { currency: 'EUR' }))).toBe(false);
  });
});
