import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertOnSeeds } from '../../tests/support/property-seeds';
import { englishTranslator } from '../../lib/i18n/node-catalog';
import { amountInputText, parseAmountInput } from './amount';

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
    // As an Arabic layout or a Japanese input method types it: the same amounts.
    ['٢٬٠٣٤٫٥٠', usd, '2034.50'],
    ['١٫٥', eur, '1.5'],
    ['١٫٢٣٤', { currency: 'KWD', locale: 'ar' }, '1.234'],
    ['５００', usd, '500'],
    ['１，２５０．５０', usd, '1250.50'],
    ['1\u200b250', usd, '1250'],
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

describe('an amount shown in a form and read back', () => {
  it('keeps three decimals in a language whose decimal mark is a comma (12.500 dinars stay 12.5, not 12,500)', () => {
    expect(amountInputText('12.500', 'de-DE')).toBe('12,500');
    expect(read(amountInputText('12.500', 'de-DE'), { currency: 'KWD', locale: 'de-DE' })).toEqual({ ok: true, value: '12.500' });
    expect(amountInputText('1250.5', 'en-US')).toBe('1250.5');
  });

  it('reads a text typed in Arabic-Indic, Persian or fullwidth forms as the same text typed in ASCII', () => {
    const zeros = { arabic: 0x0660, persian: 0x06f0, fullwidth: 0xff10 } as const;
    const typed = fc.stringMatching(/^[0-9][0-9., ]{0,12}$/);
    const script = fc.constantFrom(...(Object.keys(zeros) as (keyof typeof zeros)[]));
    const locale = fc.constantFrom('en-US', 'de-DE', 'ar', 'ja-JP');
    // Fullwidth marks too ("．", "，", the ideographic space); an Arabic layout's own marks are another test's.
    const inScript = (text: string, script: keyof typeof zeros) =>
      text.replace(/[0-9., ]/g, (ch) => (/[0-9]/.test(ch) ? String.fromCharCode(zeros[script] + Number(ch)) : script !== 'fullwidth' ? ch : ch === ' ' ? '\u3000' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0)));
    assertOnSeeds(
      fc.property(typed, script, locale, (text, script, tag) => {
        expect(parseAmountInput(inScript(text, script), { currency: 'USD', locale: tag })).toEqual(parseAmountInput(text, { currency: 'USD', locale: tag }));
      }),
      300,
    );
  });

  it('reads back every stored amount as itself, in every form language', () => {
    const currencies = [
      { currency: 'JPY', digits: 0 },
      { currency: 'USD', digits: 2 },
      { currency: 'KWD', digits: 3 },
    ];
    const stored = fc
      .tuple(fc.constantFrom(...currencies), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.nat({ max: 999 }))
      .map(([{ currency, digits }, whole, fraction]) => ({
        currency,
        value: digits === 0 ? String(whole) : `${whole}.${String(fraction).padStart(3, '0').slice(0, digits)}`,
      }));
    const locale = fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'pt-BR', 'ru-RU', 'ja-JP', 'ar', 'hi-IN');
    assertOnSeeds(
      fc.property(stored, locale, ({ currency, value }, tag) => {
        expect(parseAmountInput(amountInputText(value, tag), { currency, locale: tag })).toEqual({ ok: true, value });
      }),
      300,
    );
  });
});
