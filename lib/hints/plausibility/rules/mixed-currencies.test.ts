import { describe, expect, it } from 'vitest';
import { reading } from '../../testing';
import { mixedCurrencies } from './mixed-currencies';

const amount = (currency: string | null) => ({ role: 'cashBalance' as const, value: '10.00', currency, label: 'Cash balance', text: '10.00' });
const promotion = (currency: string) => ({ name: 'Welcome', creditType: null, status: null, amount: '50.00', usedAmount: null, currency, validFrom: null, validUntil: null });
const check = (overrides: Parameters<typeof reading>[0]) => mixedCurrencies({ reading: reading(overrides), previous: null, notes: null });

describe('mixed-currencies', () => {
  it('doubts a page whose amounts are in two currencies', () => {
    expect(check({ currency: 'USD', amounts: [amount('USD'), amount('EUR')] })).toEqual([
      { rule: 'mixed-currencies', severity: 'doubt', facts: { currencies: 'USD EUR', count: 2, pageCurrency: 'USD' } },
    ]);
  });

  it('counts promotions too', () => {
    expect(check({ currency: 'JPY', amounts: [amount('JPY')], promotions: [promotion('USD')] })[0]?.facts.currencies).toBe('JPY USD');
  });

  it('accepts one currency, and amounts whose currency is unknown', () => {
    expect(check({ currency: 'USD', amounts: [amount('USD'), amount(null)], promotions: [promotion('USD')] })).toEqual([]);
  });
});
