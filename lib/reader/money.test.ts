import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { looksLikeMoney, minorUnits as isoMinorUnits, parseMoney, type Money } from './money';
import { assertOnSeeds } from '../../tests/support/property-seeds';

const LOCALES = ['en-US', 'en-GB', 'ar', 'ar-EG', 'ar-SA', 'de-DE', 'de-CH', 'es-ES', 'es-MX', 'fr-FR', 'id-ID', 'it-IT', 'ja-JP',
  'ko-KR', 'ms-MY', 'pl-PL', 'pt-BR', 'ru-RU', 'th-TH', 'tr-TR', 'vi-VN', 'zh-CN', 'zh-TW'];
const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'TWD', 'KRW', 'IDR', 'MYR', 'THB', 'VND', 'BRL', 'MXN', 'TRY', 'RUB', 'PLN',
  'AUD', 'CAD', 'SGD', 'PHP', 'SAR', 'AED', 'EGP', 'CHF', 'INR', 'HKD'];
const VALUES = [1234.5, 0.99, 1234567.891, -5, 50, 12345, 0.5, -1234.56];
const DISPLAYS = ['symbol', 'narrowSymbol', 'code'] as const;

/** Fraction digits Intl shows for a currency (CLDR); fewer than ISO's for IDR, HUF, COP, PKR. */
const shownDigits = (currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;

/** The exact decimal Intl showed (same rounding, no grouping, never through our parser), padded to ISO minor units. */
function expectedValue(value: number | string, currency: string): string {
  const digits = shownDigits(currency);
  let plain = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false })
    .format(value as number);
  plain = plain.replace(/^-(?=0(\.0*)?$)/, ''); // Intl writes "-0" for -0.4 JPY; an amount of zero has no sign
  const iso = isoMinorUnits(currency) ?? digits;
  if (iso > digits) plain = `${plain}${digits === 0 ? '.' : ''}${'0'.repeat(iso - digits)}`;
  return plain;
}

function mismatches(cases: Iterable<{ text: string; hints?: Parameters<typeof parseMoney>[1]; expected: Money | { value: string } }>) {
  const wrong: string[] = [];
  for (const { text, hints, expected } of cases) {
    const got = parseMoney(text, hints);
    const ok = got !== null && got.value === expected.value && (!('currency' in expected) || got.currency === expected.currency);
    if (!ok) wrong.push(`${JSON.stringify(text)} ${JSON.stringify(hints ?? {})}: got ${JSON.stringify(got)}, want ${JSON.stringify(expected)}`);
  }
  return wrong;
}

describe('parseMoney reads back what Intl formats for each Ads Manager locale', () => {
  for (const locale of LOCALES) {
    it(`${locale} page: every currency, as symbol, narrow symbol and code, with the account currency known`, () => {
      function* cases() {
        for (const currency of CURRENCIES) for (const currencyDisplay of DISPLAYS) for (const value of VALUES) {
          const text = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay }).format(value);
          yield { text, hints: { locale, currency }, expected: { value: expectedValue(value, currency), currency } };
        }
      }
      expect(mismatches(cases())).toEqual([]);
    });

    it(`${locale} page: the symbol or code alone names the currency when only the language is known`, () => {
      function* cases() {
        for (const currency of CURRENCIES) for (const currencyDisplay of ['symbol', 'code'] as const) for (const value of VALUES) {
          const text = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay }).format(value);
          yield { text, hints: { locale }, expected: { value: expectedValue(value, currency), currency } };
        }
      }
      expect(mismatches(cases())).toEqual([]);
    });

    it(`${locale} page: accounting style shows negatives in brackets`, () => {
      function* cases() {
        for (const currency of CURRENCIES) for (const value of [-5, -1234.5]) {
          const text = new Intl.NumberFormat(locale, { style: 'currency', currency, currencySign: 'accounting' }).format(value);
          yield { text, hints: { locale, currency }, expected: { value: expectedValue(value, currency), currency } };
        }
      }
      expect(mismatches(cases())).toEqual([]);
    });

    it(`${locale} page: the value is right even with no hints at all`, () => {
      function* cases() {
        for (const currency of CURRENCIES) for (const currencyDisplay of DISPLAYS) for (const value of [1234.5, 1234567.891, -5]) {
          const text = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay }).format(value);
          yield { text, expected: { value: expectedValue(value, currency) } };
        }
      }
      expect(mismatches(cases())).toEqual([]);
    });
  }

  it('any amount Intl can format, in any locale, currency and display, reads back exactly (property)', () => {
    assertOnSeeds(
      fc.property(
        fc.constantFrom(...LOCALES), fc.constantFrom(...CURRENCIES), fc.constantFrom(...DISPLAYS), fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.nat({ max: 99 }),
        (locale, currency, currencyDisplay, negative, whole, cents) => {
          const decimal = `${negative ? '-' : ''}${whole}.${String(cents).padStart(2, '0')}`;
          // Intl formats decimal strings exactly (no float on the way in either).
          const text = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay })
            .format(decimal as unknown as number);
          const got = parseMoney(text, { locale, currency });
          expect(got).toEqual({ value: expectedValue(decimal, currency), currency });
        },
      ),
      500,
    );
  });
});

describe('parseMoney reads the plain forms pages show', () => {
  it.each<[string, string, string | null]>([
    ['US page shows USD 1,234.50', 'USD 1,234.50', 'USD'],
    ['code after the amount: 1,234.50 USD', '1,234.50 USD', 'USD'],
    ['dollar sign: $1,234.50', '$1,234.50', 'USD'],
    ['German payment page shows 1.234,50 €', '1.234,50 €', 'EUR'],
    ['Brazilian page shows R$ 1.234,50', 'R$ 1.234,50', 'BRL'],
    ['Malaysian page shows RM1,234.50', 'RM1,234.50', 'MYR'],
    ['Polish page shows 1 234,50 zł', '1 234,50 zł', 'PLN'],
    ['Polish page with a no-break space: 1\u00a0234,50\u00a0zł', '1\u00a0234,50\u00a0zł', 'PLN'],
    ['French page with narrow no-break spaces: 1\u202f234,50\u00a0€', '1\u202f234,50\u00a0€', 'EUR'],
    ['Turkish page shows ₺1.234,50', '₺1.234,50', 'TRY'],
    ['Turkish page writes the lira as TL: 1.234,50 TL', '1.234,50 TL', 'TRY'],
    ['Swiss page groups with an apostrophe: CHF 1\'234.50', "CHF 1'234.50", 'CHF'],
    ['Swiss page groups with a typographic apostrophe: CHF 1’234.50', 'CHF 1’234.50', 'CHF'],
    ['amount with no currency: 1,234.50', '1,234.50', null],
    ['amount inside a sentence: Balance: $1,234.50 available', 'Balance: $1,234.50 available', 'USD'],
    ['Chinese page writes the yuan after the number: 1,234.50元', '1,234.50元', 'CNY'],
    ['Chinese page names the dollar: 1,234.50美元', '1,234.50美元', 'USD'],
    ['Thai page writes baht as a word: 1,234.50 บาท', '1,234.50 บาท', 'THB'],
    ['Arabic page with Arabic-Indic digits and marks: ‏١٬٢٣٤٫٥٠ ر.س.‏', '\u200f١٬٢٣٤٫٥٠ ر.س.\u200f', 'SAR'],
    ['Emirati page: 1,234.50 د.إ.‏', '1,234.50 د.إ.\u200f', 'AED'],
    ['Egyptian page: ‏1,234.50 ج.م.‏', '\u200f1,234.50 ج.م.\u200f', 'EGP'],
    ['fullwidth digits: ＄１，２３４．５０', '＄１，２３４．５０', 'USD'],
  ])('%s', (_name, text, currency) => {
    expect(parseMoney(text)).toEqual({ value: '1234.50', currency });
  });

  it.each<[string, string, Money]>([
    ['Indonesian page shows Rp 1.234.567 (shown without the two ISO minor digits)', 'Rp 1.234.567', { value: '1234567.00', currency: 'IDR' }],
    ['Vietnamese page shows ₫1.234.567', '₫1.234.567', { value: '1234567', currency: 'VND' }],
    ['Vietnamese page writes đ after the amount', '1.234.567 đ', { value: '1234567', currency: 'VND' }],
    ['Taiwanese page shows NT$1,234, padded to the dollar\'s cents', 'NT$1,234', { value: '1234.00', currency: 'TWD' }],
    ['Japanese page shows ￥1,235 (fullwidth yen, no minor unit)', '￥1,235', { value: '1235', currency: 'JPY' }],
    ['Japanese page writes 円 after the amount', '1,235円', { value: '1235', currency: 'JPY' }],
    ['Korean page writes 원 after the amount', '12,345원', { value: '12345', currency: 'KRW' }],
    ['a whole dollar amount is padded to cents: $50', '$50', { value: '50.00', currency: 'USD' }],
    ['a one-digit fraction is padded: $1,234.5', '$1,234.5', { value: '1234.50', currency: 'USD' }],
    ['more fraction digits than the currency has are kept, not rounded: $0.125', '$0.125', { value: '0.125', currency: 'USD' }],
    ['minus before the symbol: -$5.00', '-$5.00', { value: '-5.00', currency: 'USD' }],
    ['Unicode minus sign: −5,00 €', '−5,00 €', { value: '-5.00', currency: 'EUR' }],
    ['minus after the symbol, as de-CH writes it: $-5.00', '$-5.00', { value: '-5.00', currency: 'USD' }],
    ['accounting brackets: ($5.00)', '($5.00)', { value: '-5.00', currency: 'USD' }],
    ['Arabic negative with an Arabic letter mark: ؜-‏٥٫٠٠ US$', '\u061c-\u200f٥٫٠٠ US$', { value: '-5.00', currency: 'USD' }],
    ['a plus sign is not a minus: +$50.00 credit added', '+$50.00 credit added', { value: '50.00', currency: 'USD' }],
    ['a dash before a spaced amount is punctuation: Balance - $5.00', 'Balance - $5.00', { value: '5.00', currency: 'USD' }],
    ['negative zero is zero: -$0.00', '-$0.00', { value: '0.00', currency: 'USD' }],
    ['the currency named once in a heading: Total (USD): 1,234.50', 'Total (USD): 1,234.50', { value: '1234.50', currency: 'USD' }],
    ['an amount with a currency wins over a count: 3 campaigns spent $50', '3 campaigns spent $50', { value: '50.00', currency: 'USD' }],
    ['the same amount twice is one amount: Spend $50, get $50', 'Spend $50, get $50', { value: '50.00', currency: 'USD' }],
    ['a date beside the amount is not an amount: Expires 2026-11-24: $50', 'Expires 2026-11-24: $50', { value: '50.00', currency: 'USD' }],
    ['a percentage beside the amount: Save 20% on $50', 'Save 20% on $50', { value: '50.00', currency: 'USD' }],
    ['an id beside the amount: Account 7123456789012345678 balance $5', 'Account 7123456789012345678 balance $5', { value: '5.00', currency: 'USD' }],
    ['a time beside the amount: $5.00 at 13:45', '$5.00 at 13:45', { value: '5.00', currency: 'USD' }],
    ['code glued to the number: USD1,234.50', 'USD1,234.50', { value: '1234.50', currency: 'USD' }],
    ['Singapore dollar: S$1,234.50', 'S$1,234.50', { value: '1234.50', currency: 'SGD' }],
    ['Hong Kong dollar in French style: 1 234,50 $HK', '1 234,50 $HK', { value: '1234.50', currency: 'HKD' }],
    ['Egyptian pound: E£1,234.50', 'E£1,234.50', { value: '1234.50', currency: 'EGP' }],
    ['Russian page writes руб.: 1 234,50 руб.', '1 234,50 руб.', { value: '1234.50', currency: 'RUB' }],
    ['Indian page groups in lakhs: ₹12,34,567.50', '₹12,34,567.50', { value: '1234567.50', currency: 'INR' }],
    ['an icon-font glyph beside the amount: \ue8b5 $1,234.50', '\ue8b5 $1,234.50\ue001', { value: '1234.50', currency: 'USD' }],
    ['a symbol and a code: $1,234.50 CAD', '$1,234.50 CAD', { value: '1234.50', currency: 'CAD' }],
    ['Philippine peso: ₱1,234.50', '₱1,234.50', { value: '1234.50', currency: 'PHP' }],
  ])('%s', (_name, text, expected) => {
    expect(parseMoney(text)).toEqual(expected);
  });
});

describe('parseMoney decides between decimal and grouping marks', () => {
  it.each<[string, string, { locale?: string; currency?: string | null } | undefined, string]>([
    ['German page: 1.234 is one thousand two hundred thirty-four', '1.234', { locale: 'de-DE' }, '1234'],
    ['English page: 1,234 is one thousand two hundred thirty-four', '1,234', { locale: 'en-US' }, '1234'],
    ['English page: 1.234 has a decimal point', '1.234', { locale: 'en-US' }, '1.234'],
    ['German page: 1,234 has a decimal comma', '1,234', { locale: 'de-DE' }, '1.234'],
    ['French page: 1.234 uses neither French mark, so it is grouping', '1.234', { locale: 'fr-FR' }, '1234'],
    ['no hint: 1,5 can only be a decimal', '1,5', undefined, '1.5'],
    ['no hint: 1.50 can only be a decimal', '1.50', undefined, '1.50'],
    ['no hint: three digits after a lone mark are grouping', '1,234', undefined, '1234'],
    ['no hint: grouping cannot follow a bare zero, 0.125', '0.125', undefined, '0.125'],
    ['English page: 0.125', '0.125', { locale: 'en' }, '0.125'],
    ['no hint: grouping cannot follow four digits, 1234,567', '1234,567', undefined, '1234.567'],
    ['a repeated mark is grouping: 1.234.567', '1.234.567', undefined, '1234567'],
    ['the last of two marks is the decimal: 1.234,5', '1.234,5', undefined, '1234.5'],
    ['the last of two marks is the decimal: 1,234.5', '1,234.5', undefined, '1234.5'],
    ['a known two-digit currency says three digits are grouping, even on a German page', '1,234', { locale: 'de-DE', currency: 'EUR' }, '1234.00'],
    ['yen have no minor unit, so ¥1.234 is grouping even on an English page', '¥1.234', { locale: 'en-US' }, '1234'],
    ['a three-digit currency reads three digits as its fraction', '1.234', { currency: 'KWD' }, '1.234'],
    ['an Arabic decimal separator is always the decimal: ١٫٢٣٤', '١٫٢٣٤', undefined, '1.234'],
    ['an Arabic thousands separator is always grouping: ١٬٢٣٤', '١٬٢٣٤', undefined, '1234'],
    ['a space groups, a comma then is decimal: 1 234,567', '1 234,567', undefined, '1234.567'],
    ['an unknown locale hint is ignored, not an error', '1,234', { locale: 'not a locale!!' }, '1234'],
  ])('%s', (_name, text, hints, value) => {
    expect(parseMoney(text, hints)?.value).toBe(value);
  });
});

describe('parseMoney names the currency', () => {
  it.each<[string, string, { locale?: string; currency?: string | null } | undefined, string | null]>([
    ['$ defaults to USD', '$5', undefined, 'USD'],
    ['$ is the account currency when that is a dollar', '$5', { currency: 'AUD' }, 'AUD'],
    ['$ on a Mexican page is the peso', '$5', { locale: 'es-MX' }, 'MXN'],
    ['$ on a Taiwanese page is the new Taiwan dollar', '$5', { locale: 'zh-TW' }, 'TWD'],
    ['$ with a non-dollar account currency stays USD', '$5', { currency: 'EUR' }, 'USD'],
    ['¥ defaults to JPY', '¥500', undefined, 'JPY'],
    ['¥ on a Simplified Chinese page is the yuan', '¥500', { locale: 'zh-CN' }, 'CNY'],
    ['¥ on a Japanese page is the yen', '¥500', { locale: 'ja-JP' }, 'JPY'],
    ['¥ with a CNY account is the yuan', '¥500', { currency: 'CNY' }, 'CNY'],
    ['CN¥ is always the yuan', 'CN¥500', { locale: 'ja-JP' }, 'CNY'],
    ['元 on a Japanese page is the yuan', '元 500', { locale: 'ja-JP' }, 'CNY'],
    ['元 with a TWD account is the Taiwan dollar', '500元', { currency: 'TWD' }, 'TWD'],
    ['£ defaults to GBP', '£5', undefined, 'GBP'],
    ['£ with an EGP account is the Egyptian pound', '£5', { currency: 'egp' }, 'EGP'],
    ['kr with a NOK account', '5 kr', { currency: 'NOK' }, 'NOK'],
    ['a shown code beats the account currency', 'EUR 5', { currency: 'USD' }, 'EUR'],
    ['no symbol: the account currency', '1,234.50', { currency: 'USD' }, 'USD'],
    ['no symbol, no hint: unknown', '1,234.50', undefined, null],
    ['a null currency hint is no hint', '1,234.50', { currency: null }, null],
    ['a malformed currency hint is ignored', '1,234.50', { currency: 'dollars' }, null],
    ['upper-case words are not codes: ALL 5', 'ALL 5', undefined, null],
    ['a code inside a word is not a code: USDT 5', 'USDT 5', undefined, null],
  ])('%s', (_name, text, hints, currency) => {
    expect(parseMoney(text, hints)?.currency).toBe(currency);
  });
});

describe('parseMoney returns null when the text holds no single amount', () => {
  it.each<[string, string]>([
    ['empty text', ''],
    ['words only', 'Add balance'],
    ['a currency with no amount', 'USD'],
    ['an advertiser id', '7123456789012345678'],
    ['an id after a label', 'ID: 7123456789012345678'],
    ['an ISO date', '2026-11-24'],
    ['a slashed date', '11/24/2026'],
    ['a dotted date', '24.11.2026'],
    ['a Korean date', '2026. 11. 24.'],
    ['a date with month name', 'Nov 24, 2026'],
    ['a Chinese date', '2026年11月24日'],
    ['a Vietnamese date', '24 thg 11, 2026'],
    ['a Russian date', '24 нояб. 2026 г.'],
    ['a time', '13:45'],
    ['a percentage', '50%'],
    ['a Turkish percentage', '%50'],
    ['a French percentage', '12,5\u00a0%'],
    ['an Arabic percentage', '٥٠٪'],
    ['a US phone number', '(555) 123-4567'],
    ['a hyphenated phone number', '555-123-4567'],
    ['an international phone number', '+1 555 123 4567'],
    ['a phone number with a leading zero', '0912 345 678'],
    ['a code with leading zeros', '007'],
    ['two different amounts', '$5 - $10'],
    ['two amounts in different currencies', '$5 or €5'],
    ['two bare numbers', 'Page 1 of 3'],
    ['a version number', 'v1.2.3'],
    ['a number glued to letters', 'Q3 H5'],
    ['a count in brackets beside a tab', 'Available (3)'],
    ['a malformed number', '1,23,4.5.6'],
    ['a timezone', 'UTC+08:00'],
    ['a paragraph too long to be an amount', `${'Lorem ipsum dolor sit amet. '.repeat(10)}$5`],
  ])('%s: %s', (_name, text) => {
    expect(parseMoney(text)).toBeNull();
  });

  it('treats null hints as no hints', () => {
    expect(parseMoney('$5', null as unknown as undefined)).toEqual({ value: '5.00', currency: 'USD' });
  });

  it('is null rather than an error for input that is not a string', () => {
    expect(parseMoney(undefined as unknown as string)).toBeNull();
    expect(parseMoney(42 as unknown as string)).toBeNull();
  });
});

describe('looksLikeMoney', () => {
  it.each(['$1,234.50', '1.234,50 €', '50', 'Balance: $5', '٥٫٠٠ US$', '１，２３４円'])('lets %s through', (text) => {
    expect(looksLikeMoney(text)).toBe(true);
  });

  it.each(['', 'Add balance', '2026-11-24', '24.11.2026', '50%', '%50', '7123456789012345678', 'x'.repeat(300) + '5'])(
    'filters out %s',
    (text) => {
      expect(looksLikeMoney(text)).toBe(false);
    },
  );

  it('never filters out a text parseMoney would read (property)', () => {
    const pieces = fc.constantFrom('$', '€', '¥', 'USD', ' ', '.', ',', '-', '(', ')', '%', '/', ':', '1', '5', '0', '٥', '٫', 'RM', 'zł', 'a', '年');
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(pieces, { maxLength: 14 }).map((p) => p.join('')));
    assertOnSeeds(
      fc.property(text, fc.constantFrom(undefined, 'en-US', 'de-DE', 'ar-EG'), fc.constantFrom(undefined, null, 'USD', 'JPY'), (t, locale, currency) => {
        if (parseMoney(t, { locale, currency }) !== null) expect(looksLikeMoney(t)).toBe(true);
      }),
      3000,
    );
  });

  it('is fast on many short page texts', () => {
    const texts = ['Account balance', '$1,234.50', 'Add balance', '2026-11-24', 'Redeem coupon', '1.234,50 €', 'Activate', '50%'];
    const started = performance.now();
    let count = 0;
    for (let i = 0; i < 200_000; i++) if (looksLikeMoney(texts[i % texts.length]!)) count++;
    expect(count).toBe(50_000);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('parseMoney never throws', () => {
  it('on any string (property)', () => {
    assertOnSeeds(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ maxLength: 12 }), (text, locale) => {
        const got = parseMoney(text, { locale, currency: locale.slice(0, 3) });
        if (got) expect(got.value).toMatch(/^-?\d+(\.\d+)?$/);
      }),
      2000,
    );
  });
});

describe('a shown value that changes reads like one read afresh', () => {
  // Nonzero digits swapped for others (zeros kept): the same shape, so the second text is read by
  // the places the first one's digits had. Its value must be the first value with the same swap.
  const swapDigits = (text: string, order: readonly number[]) =>
    text.replace(/[1-9\u0661-\u0669\u06f1-\u06f9]/g, (ch) => {
      const code = ch.charCodeAt(0);
      const zero = code >= 0x06f0 ? 0x06f0 : code >= 0x0660 ? 0x0660 : 0x30;
      return String.fromCharCode(zero + order[code - zero - 1]!);
    });

  it('reads each text of one shape to its own value, in every locale, currency and display', () => {
    assertOnSeeds(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...CURRENCIES),
        fc.constantFrom(...DISPLAYS),
        fc.integer({ min: -9_999_999_99, max: 9_999_999_99 }),
        fc.shuffledSubarray([1, 2, 3, 4, 5, 6, 7, 8, 9], { minLength: 9, maxLength: 9 }),
        fc.boolean(),
        (locale, currency, currencyDisplay, cents, order, knowCurrency) => {
          const value = cents / 100;
          const text = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay }).format(value);
          const hints = knowCurrency ? { locale, currency } : { locale };
          const first = parseMoney(text, hints);
          const twin = parseMoney(swapDigits(text, order), hints);
          // Without the account currency "¥0" may fairly read as CNY; with it, Intl says what is right.
          if (knowCurrency) {
            expect(first?.value).toBe(expectedValue(value, currency));
            expect(twin?.value).toBe(swapDigits(expectedValue(value, currency), order));
          }
          expect(twin).toEqual(first && { ...first, value: swapDigits(first.value, order) });
        },
      ),
      2000,
    );
  });

  it('never takes a text with two amounts for one of its shape', () => {
    expect(parseMoney('$12.00 or $34.00', { locale: 'en-US' })).toBeNull();
    expect(parseMoney('$12.00 or $12.00', { locale: 'en-US' })?.value).toBe('12.00');
    expect(parseMoney('$34.00 or $34.00', { locale: 'en-US' })?.value).toBe('34.00');
    expect(parseMoney('$56.00 or $78.00', { locale: 'en-US' })).toBeNull();
  });
});
