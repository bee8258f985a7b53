import { describe, expect, it } from 'vitest';
import { shippedCatalog, type Catalog } from './catalog-shape';
import { msg } from './message';
import { englishTranslator, readCatalog } from './node-catalog';
import { pseudoCatalog, pseudoText } from './pseudo';
import { createTranslator } from './translate';

// Plural forms as a translator writes them for each language: one line per CLDR category.
const forms: Record<string, Catalog> = {
  en: { 'common.days': { one: '{count} day', other: '{count} days' } },
  ar: {
    'common.days': { zero: 'zero:{count}', one: 'one:{count}', two: 'two:{count}', few: 'few:{count}', many: 'many:{count}', other: 'other:{count}' },
  },
  ru: { 'common.days': { one: '{count} день', few: '{count} дня', many: '{count} дней', other: '{count} дня' } },
  pl: { 'common.days': { one: '{count} dzień', few: '{count} dni', many: '{count} dni', other: '{count} dnia' } },
  ja: { 'common.days': { other: '{count}日' } },
};
const days = (locale: 'en' | 'ar' | 'ru' | 'pl' | 'ja', count: number) => createTranslator(locale, forms[locale]!).t(msg('common.days', { count }));

describe('plural forms follow each language (Intl.PluralRules)', () => {
  it('English: one and other', () => {
    expect([1, 0, 2, 21].map((n) => days('en', n))).toEqual(['1 day', '0 days', '2 days', '21 days']);
  });

  it('Arabic: all six categories (0, 1, 2, 3-10, 11-99, 100)', () => {
    const shown = [0, 1, 2, 3, 11, 100].map((n) => days('ar', n));
    expect(shown.map((s) => s.split(':')[0])).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(new Intl.PluralRules('ar').resolvedOptions().pluralCategories).toHaveLength(6);
  });

  it('Russian: one (21), few (2-4, 22), many (5, 11, 25)', () => {
    expect([1, 21, 2, 4, 22, 5, 11, 25].map((n) => days('ru', n))).toEqual([
      '1 день', '21 день', '2 дня', '4 дня', '22 дня', '5 дней', '11 дней', '25 дней',
    ]);
  });

  it('Polish: one only for 1, few for 2-4 and 22, many for 5 and 12', () => {
    expect([1, 2, 4, 22, 5, 12, 21].map((n) => days('pl', n))).toEqual(['1 dzień', '2 dni', '4 dni', '22 dni', '5 dni', '12 dni', '21 dni']);
    expect(new Intl.PluralRules('pl').select(21)).toBe('many');
  });

  it('Japanese: one category for every count', () => {
    expect([0, 1, 2, 100].map((n) => days('ja', n))).toEqual(['0日', '1日', '2日', '100日']);
    expect(new Intl.PluralRules('ja').resolvedOptions().pluralCategories).toEqual(['other']);
  });
});

describe('the catalogue as shipped', () => {
  it('leaves out plural forms equal to `other` and reads the same in every language and count', () => {
    const counts = [0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 100, 1.5];
    for (const locale of ['en', 'ar', 'ru', 'pl', 'ja'] as const) {
      const full = readCatalog(locale);
      const shipped = shippedCatalog(full);
      const [a, b] = [createTranslator(locale, full, { timeZone: 'UTC' }), createTranslator(locale, shipped, { timeZone: 'UTC' })];
      for (const key of Object.keys(full).filter((k) => typeof full[k] !== 'string')) {
        for (const count of counts) expect(b.t({ key, params: { count } } as never), `${locale} ${key} ${count}`).toBe(a.t({ key, params: { count } } as never));
      }
    }
    const ru = shippedCatalog(readCatalog('ru'))['common.days'] as Record<string, string>;
    expect(Object.keys(ru)).not.toContain('few');
    expect(ru.other).toBe('{count} дня');
  });
});

describe('values are formatted with Intl in the chosen locale', () => {
  const catalog: Catalog = { x: '{amount} | {day} | {time}' };
  const params = { amount: { money: '1234.5', currency: 'USD' }, day: { day: '2026-12-07' }, time: { time: '2026-12-07T09:30:00Z' } };

  it('English and German put amounts and dates their own way', () => {
    expect(createTranslator('en', catalog).t({ key: 'x' as never, params })).toBe('$1,234.50 | Dec 7, 2026 | Dec 7, 2026, 09:30 UTC');
    expect(createTranslator('de', catalog).t({ key: 'x' as never, params })).toMatch(/^1\.234,50\s\$ \| 7\. Dez\. 2026 \| /);
  });

  it('Japanese dates and yen without decimals', () => {
    const t = createTranslator('ja', { x: '{amount} {day}' });
    expect(t.t({ key: 'x' as never, params: { amount: { money: '5000', currency: 'JPY' }, day: { day: '2026-12-07' } } })).toMatch(/^(￥|¥)5,000 2026年12月7日$/);
  });

  it('dates show in the time zone given', () => {
    const t = createTranslator('en', catalog, { timeZone: 'Asia/Jakarta' });
    expect(t.t({ key: 'x' as never, params })).toContain('Dec 7, 2026, 16:30 GMT+7');
  });

  it('money has the currency and its own minor units, keeps every digit, and never prints NaN', () => {
    const money = (value: string | number, currency: string | null) => englishTranslator().value({ money: value, currency });
    expect([money('1234.5', 'USD'), money('1234', 'JPY'), money('1.5', 'KWD'), money('500000', 'IDR'), money(40, null)]).toEqual([
      '$1,234.50',
      '¥1,234',
      'KWD\u00a01.500',
      'IDR\u00a0500,000.00',
      '40.00',
    ]);
    expect(money('12345678901234567890.12', 'USD')).toBe('$12,345,678,901,234,567,890.12');
    expect([money('abc', 'USD'), money(Number.NaN, 'USD'), money('5', 'usd1')]).toEqual(['unknown', 'unknown', '5.00']);
  });

  it('falls back to UTC for a time zone Intl does not know', () => {
    expect(createTranslator('en', {}, { timeZone: 'Mars/Olympus' }).timeZone).toBe('UTC');
    expect(createTranslator('en', {}, { timeZone: 'Asia/Tokyo' }).value({ time: '2026-03-10T12:00:00Z' })).toBe('Mar 10, 2026, 21:00 GMT+9');
  });

  it('a time from now reads as each language says it: tomorrow, in 19 hours, 3 days ago, now', () => {
    const rel = (locale: 'en' | 'de' | 'fr', relative: number, unit: 'day' | 'hour' | 'minute' | 'second') => createTranslator(locale, {}).value({ relative, unit });
    expect([rel('en', 1, 'day'), rel('en', 19, 'hour'), rel('en', -3, 'day'), rel('en', 0, 'second'), rel('en', -1, 'minute')]).toEqual([
      'tomorrow',
      'in 19 hours',
      '3 days ago',
      'now',
      '1 minute ago',
    ]);
    expect(rel('de', 1, 'day')).toBe('morgen');
    expect(rel('fr', 0, 'day')).toBe('aujourd’hui');
  });

  it('a bad value shows as unknown and a missing key as the key, never throwing', () => {
    const t = englishTranslator();
    expect(t.value({ money: 'twelve', currency: 'USD' })).toBe('unknown');
    expect(t.value({ relative: Number.NaN, unit: 'day' })).toBe('unknown');
    expect(t.value({ relative: 2, unit: 'fortnight' as never })).toBe('unknown');
    expect(t.t({ key: 'no.such.key' as never })).toBe('no.such.key');
  });

  it('parameters come out as their own parts, for bidi isolation', () => {
    const parts = englishTranslator().parts(msg('hint.codeDeadline.waitingTitle', { code: 'SPRING-ADS-100' }));
    expect(parts).toEqual([{ text: 'SPRING-ADS-100', param: true }, { text: ' is waiting to be activated' }]);
  });
});

describe('the pseudo-locale', () => {
  it('accents letters, keeps placeholders, wraps in brackets and is about 40% longer', () => {
    const text = 'Activate {code} by {date}';
    const pseudo = pseudoText(text);
    expect(pseudo.startsWith('[Åçţîṽàţé {code} ƀý {date}')).toBe(true);
    expect(pseudo.endsWith(']')).toBe(true);
    const visible = text.replace(/\{\w+\}/g, '').length;
    expect(pseudo.replace(/\{\w+\}/g, '').length - 2).toBeGreaterThanOrEqual(Math.round(visible * 1.4));
  });

  it('renders every English message bracketed, plurals included', () => {
    const t = createTranslator('en-XA', pseudoCatalog(readCatalog('en')));
    expect(t.t(msg('common.days', { count: 3 }))).toMatch(/^\[3 đàýš[ ·]*\]$/);
    expect(t.t(msg('common.days', { count: 1 }))).toMatch(/^\[1 đàý[ ·]*\]$/);
    expect(t.t(msg('overlay.showMe'))).toMatch(/^\[Šĥöŵ ɱé[ ·]+\]$/);
  });
});

describe('remembered amounts and dates (issue 13, the board’s first paint)', () => {
  const catalog = readCatalog('en', 'board');
  const PARAMS = [
    { money: '1234.5', currency: 'USD' },
    { money: 1234.5, currency: 'USD' },
    { money: '1234.5', currency: 'JPY' },
    { money: '1234.5', currency: null },
    { money: 0, currency: 'EUR' },
    { money: -0, currency: 'EUR' },
    { money: '12x', currency: 'USD' },
    { day: '2026-03-29' },
    { day: '2026-02-31' },
    { date: '2026-03-29T00:30:00.000Z' },
    { date: '2026-10-25T00:30:00.000Z' },
    { time: '2026-03-29T00:30:00.000Z' },
    { time: '2026-10-25T01:30:00.000Z' },
  ] as const;

  it('say what a fresh translator says, asked once or many times, in any order', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo']) {
      const used = createTranslator('de', catalog, { timeZone: zone });
      for (const round of [0, 1, 2]) {
        for (const param of round === 1 ? [...PARAMS].reverse() : PARAMS) {
          expect(used.value(param as never), `${JSON.stringify(param)} in ${zone}`).toBe(createTranslator('de', catalog, { timeZone: zone }).value(param as never));
        }
      }
    }
  });

  it("a day's month, short, as a time axis names it, in the translator's language; a day that does not exist as written", () => {
    expect(createTranslator('en', catalog, { timeZone: 'Pacific/Kiritimati' }).value({ month: '2026-12-01' })).toBe('Dec');
    expect(createTranslator('de', catalog, { timeZone: 'America/Los_Angeles' }).value({ month: '2027-03-31' })).toMatch(/^Mär/);
    expect(createTranslator('ja', catalog).value({ month: '2026-12-31' })).toBe('12月');
    expect(createTranslator('en', catalog).value({ month: '2026-02-31' })).toBe('2026-02-31');
  });

  it('a day that does not exist is shown as written, not as the day Date would roll it into', () => {
    const en = createTranslator('en', catalog, { timeZone: 'UTC' });
    expect(en.value({ day: '2026-02-28' })).toBe('Feb 28, 2026');
    expect(en.value({ day: '2026-02-31' })).toBe('2026-02-31');
    expect(en.value({ day: '2026-13-01' })).toBe('2026-13-01');
  });

  it('a date across a DST change, and a change of time zone, give that zone’s own day', () => {
    // 00:30 UTC on 25 Oct 2026 is still the 25th in Berlin (summer time ends that night), the 24th in New York.
    const at = { date: '2026-10-25T00:30:00.000Z' };
    expect(createTranslator('en', catalog, { timeZone: 'Europe/Berlin' }).value(at)).toBe('Oct 25, 2026');
    expect(createTranslator('en', catalog, { timeZone: 'America/New_York' }).value(at)).toBe('Oct 24, 2026');
    expect(createTranslator('en', catalog, { timeZone: 'Europe/Berlin' }).value({ time: '2026-10-25T00:30:00.000Z' })).toMatch(/02:30 GMT\+2/);
    expect(createTranslator('en', catalog, { timeZone: 'Europe/Berlin' }).value({ time: '2026-10-25T01:30:00.000Z' })).toMatch(/02:30 GMT\+1/);
  });
});

describe('amounts in a right-to-left language', () => {
  const arabic = createTranslator('ar', {});
  it('set a currency symbol in Latin letters apart as a left-to-right run, so "US$" does not show as "$US"', () => {
    const shown = arabic.value({ money: '200.00', currency: 'USD' });
    expect(shown).toContain('\u2066US$\u2069');
    expect(shown.replace(/[\u2066\u2069]/g, '')).toBe(new Intl.NumberFormat('ar', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 }).format(200));
  });

  it('leave an Arabic symbol, a plain number and left-to-right languages as Intl writes them', () => {
    expect(arabic.value({ money: '200.00', currency: 'SAR' })).toBe(new Intl.NumberFormat('ar', { style: 'currency', currency: 'SAR' }).format(200));
    expect(arabic.value({ money: '200.00', currency: null })).not.toMatch(/[\u2066\u2069]/);
    expect(createTranslator('en', {}).value({ money: '200.00', currency: 'USD' })).toBe('$200.00');
    expect(createTranslator('fr', {}).value({ money: '200.00', currency: 'CAD' })).toBe(new Intl.NumberFormat('fr', { style: 'currency', currency: 'CAD' }).format(200));
  });
});
