import { describe, expect, it } from 'vitest';
import { input, notes, observation, offer, reading, english } from '../testing';
import { burnRateHints as computeBurnRateHints, dailySpend } from './burn-rate';

const burnRateHints = english(computeBurnRateHints);

// Credit of $500 arrived on Mar 1 and expires on Mar 31 (end of day): 21 days left on Mar 11 00:00.
const arrived = offer({ arrivedOn: '2026-03-01T00:00:00Z', expiresOn: '2026-03-31' });
const now = new Date('2026-03-11T00:00:00Z');

function spendOf(perDay: number, credit: string) {
  return [
    observation('2026-03-05T00:00:00Z', { spendSoFar: '100.00', creditBalance: credit }),
    observation('2026-03-10T00:00:00Z', { spendSoFar: String(100 + perDay * 5), creditBalance: credit }),
  ];
}

describe('burn-rate projection', () => {
  it('projects how much credit will expire unused at the recent daily spend', () => {
    const [hint] = burnRateHints(input({ now, reading: null, notes: notes({ offers: [arrived] }), observations: spendOf(10, '400.00') }));
    // $10/day for 21 days uses $210 of the $400 left: about $190 expires.
    expect(hint).toMatchObject({ kind: 'burn-rate', state: 'will-expire-unused', severity: 'warning', id: 'burn-rate:offer-1:will-expire-unused' });
    expect(hint!.explanation).toContain('At your recent spend of $10.00/day, about $190.00 of this credit will expire unused on Mar 31, 2026');
    expect(hint!.nextStep?.label).toContain('$19.05/day');
  });

  it('says the credit is on track when recent spend uses it all before it expires', () => {
    const [hint] = burnRateHints(input({ now, reading: null, notes: notes({ offers: [arrived] }), observations: spendOf(40, '400.00') }));
    expect(hint).toMatchObject({ state: 'on-track', severity: 'success' });
    expect(hint!.explanation).toContain('used up around Mar 21, 2026');
  });

  it('uses the page balance as the latest credit left', () => {
    const [hint] = burnRateHints(
      input({ now, reading: reading({ creditBalance: '100.00' }), notes: notes({ offers: [arrived] }), observations: spendOf(10, '400.00') }),
    );
    // $100 left at $10/day lasts 10 days, inside the 21 left.
    expect(hint!.state).toBe('on-track');
    expect(hint!.facts).toContainEqual({ label: 'Credit left', value: '$100.00' });
  });

  it('says nothing from two observations less than a day apart', () => {
    const close = [
      observation('2026-03-10T00:00:00Z', { spendSoFar: '100.00', creditBalance: '400.00' }),
      observation('2026-03-10T20:00:00Z', { spendSoFar: '300.00', creditBalance: '400.00' }),
    ];
    expect(burnRateHints(input({ now, reading: null, notes: notes({ offers: [arrived] }), observations: close }))).toEqual([]);
  });

  it('says nothing from a single observation', () => {
    const one = [observation('2026-03-05T00:00:00Z', { spendSoFar: '100.00', creditBalance: '400.00' })];
    expect(burnRateHints(input({ now, reading: null, notes: notes({ offers: [arrived] }), observations: one }))).toEqual([]);
  });

  it('says nothing for credit that has not arrived', () => {
    expect(burnRateHints(input({ now, reading: null, notes: notes({ offers: [offer()] }), observations: spendOf(10, '400.00') }))).toEqual([]);
  });

  it('only looks at the last seven days', () => {
    const old = [
      observation('2026-02-20T00:00:00Z', { spendSoFar: '0.00', creditBalance: '400.00' }),
      observation('2026-02-25T00:00:00Z', { spendSoFar: '1000.00', creditBalance: '400.00' }),
    ];
    expect(burnRateHints(input({ now, reading: null, notes: notes({ offers: [arrived] }), observations: old }))).toEqual([]);
  });
});

describe('daily spend', () => {
  const at = (iso: string, spend: number | null, credit: number | null = null) => ({ at: new Date(iso), spend, credit, source: 'observation' as const });

  it('reads a new billing period (spend so far dropping) as spend, not as a refund', () => {
    const rate = dailySpend([at('2026-03-08T00:00:00Z', 300), at('2026-03-09T00:00:00Z', 20), at('2026-03-10T00:00:00Z', 60)], now);
    expect(rate).toEqual({ perDay: 30, days: 2, measure: 'spend' });
  });

  it('falls back to the credit balance going down when spend so far is not shown (manual payment)', () => {
    const rate = dailySpend([at('2026-03-08T00:00:00Z', null, 400), at('2026-03-10T00:00:00Z', null, 300)], now);
    expect(rate).toEqual({ perDay: 50, days: 2, measure: 'credit' });
  });

  it('accepts exactly one day between two observations', () => {
    expect(dailySpend([at('2026-03-09T00:00:00Z', 0), at('2026-03-10T00:00:00Z', 25)], now)?.perDay).toBe(25);
  });
});
