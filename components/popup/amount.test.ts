import { describe, expect, it } from 'vitest';
import { englishTranslator } from '../../lib/i18n/node-catalog';
import { parseAmountInput } from './amount';

const english = englishTranslator();
/** What the user reads: the refusal in English, or the value. */
const read = (text: string, options: { currency: string | null; locale?: string }) => {
  const result = parseAmountInput(text, options);
  return result.ok ? result : { ok: false, message: english.t(result.message) };
};

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
    const result = read(text, usd);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('gives an example in the account currency, or a plain one without', () => {
    expect(read('', usd)).toEqual({ ok: false, message: 'Enter an amount, e.g. 500 or 500.00 (USD)' });
    expect(read('abc', { currency: null, locale: 'en-US' })).toEqual({ ok: false, message: 'Enter digits only, e.g. 500 or 500.00' });
    expect(read('1.5', { currency: 'BHD', locale: 'en-US' })).toEqual({ ok: true, value: '1.5' });
    expect(read('1.2345', { currency: null, locale: 'en-US' })).toEqual({ ok: false, message: 'At most 2 decimals' });
  });

  it('knows currencies without decimals', () => {
    expect(read('1000.50', { currency: 'JPY', locale: 'ja-JP' })).toEqual({ ok: false, message: 'JPY amounts have no decimals' });
  });
});
