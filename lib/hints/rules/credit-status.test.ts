import { describe, expect, it } from 'vitest';
import { ACCOUNT, OTHER_ACCOUNT, input, notes, observation, offer, reading, english } from '../testing';
import { creditStatusHints as computeCreditStatusHints } from './credit-status';

const creditStatusHints = english(computeCreditStatusHints);

const now = new Date('2026-03-03T00:00:00Z');

describe('credit-status hints', () => {
  it('shows progress while the account is earning toward the threshold', () => {
    const [hint] = creditStatusHints(
      input({ now, notes: notes({ offers: [offer()] }), observations: [observation('2026-03-01T00:00:00Z', { spendSoFar: '200.00' })] }),
    );
    expect(hint).toMatchObject({
      id: 'credit-status:offer-1:earning',
      kind: 'credit-status',
      state: 'earning',
      severity: 'info',
      progress: { current: 200, target: 500, currency: 'USD' },
      subject: { type: 'offer', id: 'offer-1' },
    });
    expect(hint!.title).toBe('Spend $500, get $500: $200.00 of $500.00 spent');
    expect(hint!.explanation).toContain('$300.00 left to spend');
  });

  it('counts down the days left to qualify, and none for a qualify-by day that does not exist', () => {
    const earning = (qualifyBy: string) =>
      creditStatusHints(input({ now, notes: notes({ offers: [offer({ qualifyBy })] }), observations: [observation('2026-03-01T00:00:00Z', { spendSoFar: '200.00' })] }))[0]!;
    expect(earning('2026-03-20').progress!.left).toBeDefined();
    // An import can hold it (the schema checks a date's shape); the hint used to be lost to a RangeError (fuzz seed -2114556686).
    const impossible = earning('2026-02-31');
    expect(impossible).toMatchObject({ state: 'earning', progress: { current: 200, target: 500, currency: 'USD' } });
    expect(impossible.progress!.left).toBeUndefined();
    expect(impossible.title).toBe('Spend $500, get $500: $200.00 of $500.00 spent');
  });

  it('says when the credit is expected once the page shows spend over the threshold', () => {
    const [hint] = creditStatusHints(
      input({ now, notes: notes({ offers: [offer()] }), observations: [observation('2026-03-02T09:30:00Z', { spendSoFar: '512.00' })] }),
    );
    expect(hint!.state).toBe('pending');
    expect(hint!.title).toBe('Spend $500, get $500: credit expected by Mar 4, 2026, 09:30 UTC');
    expect(hint!.progress).toBeUndefined();
  });

  it('shows times in the user time zone when given one', () => {
    const [hint] = creditStatusHints(
      input({
        now,
        timeZone: 'Asia/Tokyo',
        notes: notes({ offers: [offer()] }),
        observations: [observation('2026-03-02T09:30:00Z', { spendSoFar: '512.00' })],
      }),
    );
    expect(hint!.title).toContain('Mar 4, 2026, 18:30 GMT+9');
  });

  it('tells the user to check recorded spend, then contact support, once the window passed', () => {
    const [hint] = creditStatusHints(
      input({
        now: new Date('2026-03-05T12:00:00Z'),
        notes: notes({ offers: [offer()] }),
        observations: [observation('2026-03-02T09:30:00Z', { spendSoFar: '512.00' })],
      }),
    );
    expect(hint).toMatchObject({ state: 'overdue', severity: 'warning', id: 'credit-status:offer-1:overdue' });
    // Crossed on Mar 2 at 09:30 (UTC); the 48-hour window ended on Mar 4 at 09:30.
    expect(hint!.title).toBe('Spend $500, get $500: credit overdue, expected by Mar 4, 2026, 09:30 UTC');
    expect(hint!.explanation).toMatch(/check in Billing that the spend was recorded.*contact Ads Manager support/);
    expect(hint!.nextStep?.action).toEqual({ type: 'open-url', url: `https://ads.tiktok.com/i18n/account/payment?aadvid=${ACCOUNT}` });
  });

  it('gives the use-by date once the credit arrived', () => {
    const [hint] = creditStatusHints(
      input({ now, notes: notes({ offers: [offer({ arrivedOn: '2026-03-02T00:00:00Z', expiresOn: '2026-05-31' })] }) }),
    );
    expect(hint).toMatchObject({ state: 'arrived', severity: 'success' });
    expect(hint!.title).toBe('Spend $500, get $500: credit arrived, use by May 31, 2026');
    expect(hint!.facts).toContainEqual({ label: 'Use by', value: 'May 31, 2026 (the offer date)' });
  });

  it('warns when arrived credit expires within two weeks', () => {
    const [hint] = creditStatusHints(
      input({ now, notes: notes({ offers: [offer({ arrivedOn: '2026-01-01T10:00:00Z', creditValidityDays: 61 })] }) }),
    );
    expect(hint).toMatchObject({ state: 'expiring', severity: 'warning' });
    expect(hint!.title).toBe('Spend $500, get $500: credit expires within a day');
    // Its last usable day, as the badge and reminders count it (no longer arrival + 61×24 h).
    expect(hint!.facts).toContainEqual({ label: 'Use by', value: 'Mar 3, 2026 (61 days after arrival)' });
  });

  it('says the day the credit expired, and the day the threshold was due when it was not reached', () => {
    const [expired] = creditStatusHints(input({ now, notes: notes({ offers: [offer({ arrivedOn: '2026-01-01T00:00:00Z', expiresOn: '2026-02-28' })] }) }));
    expect(expired).toMatchObject({ state: 'expired' });
    expect(expired!.title).toBe('Spend $500, get $500: credit expired on Feb 28, 2026');
    // The text under it adds where to check rather than the title's day again.
    expect(expired!.explanation).not.toContain('Feb 28, 2026');
    expect(expired!.explanation).toContain('Not available tab');
    // Marked expired by the user, with no day the credit could be used until: the state alone.
    const [marked] = creditStatusHints(input({ now, notes: notes({ offers: [offer({ status: 'expired' })] }) }));
    expect(marked).toMatchObject({ state: 'expired' });
    expect(marked!.title).toBe('Spend $500, get $500: credit expired');
    const [missed] = creditStatusHints(
      input({ now, notes: notes({ offers: [offer({ qualifyBy: '2026-03-01' })] }), observations: [observation('2026-02-28T00:00:00Z', { spendSoFar: '200.00' })] }),
    );
    expect(missed).toMatchObject({ state: 'expired' });
    expect(missed!.title).toBe('Spend $500, get $500: the deadline to reach the threshold passed on Mar 1, 2026');
    expect(missed!.explanation).toContain('by Mar 1, 2026; Credit Lens saw $200.00');
  });

  it('warns, instead of comparing, when the page shows another currency', () => {
    const [hint] = creditStatusHints(input({ now, reading: reading({ currency: 'EUR', spendSoFar: '800.00' }), notes: notes({ offers: [offer()] }) }));
    expect(hint).toMatchObject({ state: 'not-started', severity: 'warning' });
    expect(hint!.title).toContain('amounts are in EUR, the offer in USD');
    expect(hint!.facts.some((fact) => fact.value.includes('not compared'))).toBe(true);
  });

  it('only speaks about offers of the page account, and about all accounts in the popup', () => {
    const offers = [offer(), offer({ id: 'offer-2', accountId: OTHER_ACCOUNT })];
    expect(creditStatusHints(input({ now, notes: notes({ offers }) })).map((h) => h.subject?.id)).toEqual(['offer-1']);
    expect(creditStatusHints(input({ now, reading: null, notes: notes({ offers }) })).map((h) => h.subject?.id)).toEqual(['offer-1', 'offer-2']);
  });

  it('leaves dismissed offers out', () => {
    expect(creditStatusHints(input({ now, notes: notes({ offers: [offer({ status: 'dismissed' })] }) }))).toEqual([]);
  });

  it('formats yen without minor units and falls back to the account currency', () => {
    const [hint] = creditStatusHints(
      input({
        now,
        reading: reading({ currency: 'JPY' }),
        notes: notes({
          accounts: [{ id: ACCOUNT, name: null, currency: 'JPY', billingType: null, businessCenterOwned: null, lastSeenOn: null }],
          offers: [offer({ currency: null, threshold: '50000', creditAmount: '50000', name: 'Yen offer' })],
        }),
        observations: [observation('2026-03-01T00:00:00Z', { spendSoFar: '12000', currency: 'JPY' })],
      }),
    );
    expect(hint!.title).toBe('Yen offer: ¥12,000 of ¥50,000 spent');
  });
});
