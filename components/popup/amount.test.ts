import { describe, expect, it } from 'vitest';
import { parseAmountInput } from './amount';

const usd = { currency: 'USD', locale: 'en-US' };
const eur = { currency: 'EUR', locale: 'de-DE' };

describe('reading an amount the user typed', () => {
  it.each([
    ['500', usd, '500'],
    ['500.5', usd, '500.5'],
    ['1,250.50', usd, '1250.50'],
    ['1 250,50', eur, '1250.50'],
    ['1.250,50', eur, '1250.50'],
    ['1,5', eur, '1.5'],
    ['1.250', eur, '1250'],
    ['1,250', usd, '1250'],
    // a lone mark before two digits is a decimal mark whatever the locale: nobody groups by two
    ['12,50', usd, '12.50'],
    ['0012', usd, '12'],
    ['  300 ', usd, '300'],
  ])('%s (%o) is %s', (text, options, value) => {
    expect(parseAmountInput(text, options)).toEqual({ ok: true, value });
  });

  it.each([
    ['', /Enter an amount/],
    ['-5', /zero or more/],
    ['abc', /digits only/],
    ['$500', /digits only/],
    ['5.', /digits only/],
    ['1.2.3', /more than one decimal mark/],
    ['1.234', /At most 2 decimals for USD/],
  ])('refuses %j with a message that says what to type', (text, message) => {
    const result = parseAmountInput(text, usd);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('knows currencies without decimals', () => {
    const result = parseAmountInput('1000.50', { currency: 'JPY', locale: 'ja-JP' });
    expect(result).toEqual({ ok: false, message: 'JPY amounts have no decimals' });
  });
});
