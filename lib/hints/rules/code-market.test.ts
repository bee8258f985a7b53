import { describe, expect, it } from 'vitest';
import { ACCOUNT, code, input, notes, reading, english } from '../testing';
import { codeMarketHints } from './code-market';

const withCode = (currency: string | null, accountCurrency: string | null = null) =>
  input({
    reading: reading({ currency }),
    notes: notes({ codes: [code()], accounts: accountCurrency ? [{ id: ACCOUNT, name: null, currency: accountCurrency, billingType: null, businessCenterOwned: null, lastSeenOn: null }] : [] }),
  });

describe('code-market hint', () => {
  it('on a EUR account with a saved code, says manual entry is for six markets and what to check instead', () => {
    const [hint] = english(codeMarketHints)(withCode('EUR'));
    expect(hint).toMatchObject({ kind: 'code-market', state: 'outside-manual-entry', severity: 'info', subject: { type: 'code' } });
    expect(hint!.title).toContain('EUR account');
    expect(hint!.explanation).toContain('Vietnam, Japan, Taiwan, Malaysia, Indonesia and Thailand');
    expect(hint!.facts).toContainEqual({ label: 'Account currency', value: 'EUR' });
  });

  it('says nothing in a manual-entry market, in US dollars (billed everywhere), or with no saved code', () => {
    for (const currency of ['VND', 'JPY', 'TWD', 'MYR', 'IDR', 'THB', 'USD', null]) expect(english(codeMarketHints)(withCode(currency)), String(currency)).toEqual([]);
    expect(english(codeMarketHints)(input({ reading: reading({ currency: 'EUR' }) }))).toEqual([]);
  });

  it('uses the currency noted for the account when the page shows none', () => {
    expect(english(codeMarketHints)(withCode(null, 'BRL'))).toHaveLength(1);
    expect(english(codeMarketHints)(withCode(null, 'THB'))).toEqual([]);
  });
});
