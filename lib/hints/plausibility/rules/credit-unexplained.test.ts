import { describe, expect, it } from 'vitest';
import { code, notes, observation, offer, reading } from '../../testing';
import { creditUnexplained } from './credit-unexplained';

const before = observation('2026-03-08T00:00:00.000Z', { creditBalance: '100.00', spendSoFar: '40.00' });
const check = (overrides: Parameters<typeof reading>[0], doc = notes(), previous = before) =>
  creditUnexplained({ reading: reading({ spendSoFar: '40.00', ...overrides }), previous, notes: doc });

describe('credit-unexplained', () => {
  it('doubts credit that grew with nothing on the page or in the notes to explain it', () => {
    expect(check({ creditBalance: '350.00' })).toEqual([
      {
        rule: 'credit-unexplained',
        severity: 'doubt',
        facts: { previousCredit: '100.00', creditBalance: '350.00', change: '250.00', previousAt: '2026-03-08T00:00:00.000Z', currency: 'USD' },
      },
    ]);
  });

  it('accepts growth a promotion explains: a code accepted, an offer paid, a credit of that amount', () => {
    const success = { text: 'Code activated', kind: 'success' as const, source: 'toast' as const, nearCouponEntry: true };
    expect(check({ creditBalance: '350.00', messages: [success] })).toEqual([]);
    expect(check({ creditBalance: '350.00' }, notes({ codes: [code({ status: 'applied', appliedOn: '2026-03-09T10:00:00.000Z' })] }))).toEqual([]);
    expect(check({ creditBalance: '350.00' }, notes({ offers: [offer({ status: 'arrived', creditAmount: '250.00' })] }))).toEqual([]);
    expect(check({ creditBalance: '350.00' }, notes({ offers: [offer({ status: 'tracking' })] }))).toEqual([]);
  });

  it('does not let another account\'s notes explain it', () => {
    expect(check({ creditBalance: '350.00' }, notes({ offers: [offer({ status: 'tracking', accountId: '7000000000000000042' })] }))).toHaveLength(1);
  });

  it('accepts credit that shrank while campaigns spent, doubts it when nothing was spent and nothing expired', () => {
    expect(check({ creditBalance: '60.00', spendSoFar: '80.00' })).toEqual([]);
    expect(check({ creditBalance: '60.00' })[0]?.facts.change).toBe('-40.00');
    expect(check({ creditBalance: '60.00' }, notes({ codes: [code({ expiresOn: '2026-03-09' })] }))).toEqual([]);
  });

  it('says nothing without a previous credit of the same account and currency', () => {
    expect(check({ creditBalance: '350.00' }, notes(), { ...before, creditBalance: null })).toEqual([]);
    expect(check({ creditBalance: '350.00' }, notes(), { ...before, currency: 'EUR' })).toEqual([]);
    expect(check({ creditBalance: '100.00' })).toEqual([]);
  });
});
