import { describe, expect, it } from 'vitest';
import { reading } from '../../testing';
import { balanceSum } from './balance-sum';

const check = (values: Parameters<typeof reading>[0]) => balanceSum({ reading: reading(values), previous: null, notes: null });

describe('balance-sum', () => {
  it('doubts an account balance that is not cash plus credit', () => {
    expect(check({ accountBalance: '1500.00', cashBalance: '1000.00', creditBalance: '300.00' })).toEqual([
      {
        rule: 'balance-sum',
        severity: 'doubt',
        facts: { accountBalance: '1500.00', cashBalance: '1000.00', creditBalance: '300.00', sum: '1300.00', gap: '200.00', currency: 'USD' },
      },
    ]);
  });

  it('accepts a page that rounds by one minor unit, and no more', () => {
    expect(check({ accountBalance: '1300.01', cashBalance: '1000.00', creditBalance: '300.00' })).toEqual([]);
    expect(check({ accountBalance: '1299.99', cashBalance: '1000.00', creditBalance: '300.00' })).toEqual([]);
    expect(check({ accountBalance: '1300.02', cashBalance: '1000.00', creditBalance: '300.00' })).toHaveLength(1);
  });

  it('uses exact decimals (0.10 + 0.20 is 0.30) and currencies without minor units', () => {
    expect(check({ accountBalance: '0.30', cashBalance: '0.10', creditBalance: '0.20' })).toEqual([]);
    expect(check({ currency: 'JPY', accountBalance: '62345', cashBalance: '60000', creditBalance: '2344' })).toEqual([]);
    expect(check({ currency: 'JPY', accountBalance: '62345', cashBalance: '60000', creditBalance: '2343' })[0]?.facts.gap).toBe('2');
  });

  it('says nothing unless all three were read', () => {
    expect(check({ accountBalance: '1500.00', cashBalance: '1000.00', creditBalance: null })).toEqual([]);
  });
});
