import { describe, expect, it } from 'vitest';
import { reading } from '../../testing';
import { noBalance } from './no-balance';

const check = (overrides: Parameters<typeof reading>[0]) => noBalance({ reading: reading(overrides), previous: null, notes: null });

describe('no-balance', () => {
  it('doubts a payment page where no balance and no spend was read', () => {
    expect(check({ amounts: [], spendSoFar: null })).toEqual([{ rule: 'no-balance', severity: 'doubt', facts: { pageKind: 'payment', amountsRead: 0 } }]);
  });

  it('counts any one balance as found', () => {
    expect(check({ cashBalance: '10.00' })).toEqual([]);
    expect(check({ spendSoFar: '0.00' })).toEqual([]);
  });

  it('expects no balance on pages that do not show one, or off a Billing route', () => {
    expect(check({ pageKind: 'promotions', amounts: [] })).toEqual([]);
    expect(check({ pageKind: 'payment', url: 'https://ads.tiktok.com/i18n/manage/campaign?aadvid=7234567890123456789', amounts: [] })).toEqual([]);
  });
});
