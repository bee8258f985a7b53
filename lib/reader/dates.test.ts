import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseDate, parseDateRange } from './dates';
import { monthKey } from './dates-data';
import { LANGUAGE_PACKS } from '../../tests/support/all-languages';
import { assertOnSeeds } from '../../tests/support/property-seeds';

const LOCALES = ['en-US', 'en-GB', 'ar', 'ar-EG', 'ar-SA', 'de-DE', 'de-CH', 'es-ES', 'es-MX', 'fr-FR', 'id-ID', 'it-IT', 'ja-JP',
  'ko-KR', 'ms-MY', 'pl-PL', 'pt-BR', 'ru-RU', 'th-TH', 'tr-TR', 'vi-VN', 'zh-CN', 'zh-TW'];
const STYLES: readonly Intl.DateTimeFormatOptions[] = [
  { dateStyle: 'short' }, { dateStyle: 'medium' }, { dateStyle: 'long' }, { dateStyle: 'full' },
  { year: 'numeric', month: '2-digit', day: '2-digit' },
  { dateStyle: 'medium', timeStyle: 'short' }, { dateStyle: 'short', timeStyle: 'medium' },
];

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const format = (locale: string, style: Intl.DateTimeFormatOptions, y: number, m: number, d: number) =>
  new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d, 13, 45)));

describe('parseDate reads back what Intl formats for each Ads Manager locale', () => {
  for (const locale of LOCALES) {
    it(`${locale} page: every month, short to full style, with and without time`, () => {
      const wrong: string[] = [];
      for (let month = 1; month <= 12; month++) for (const day of [1, 9, 12, 13, 28]) for (const year of [2026, 2031]) {
        for (const style of STYLES) {
          const text = format(locale, style, year, month, day);
          const got = parseDate(text, { locale });
          if (got !== iso(year, month, day)) wrong.push(`${JSON.stringify(text)} ${JSON.stringify(style)}: got ${got}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('any date in 2020-2035, in any locale and style, reads back (property)', () => {
    assertOnSeeds(
      fc.property(
        fc.constantFrom(...LOCALES), fc.constantFrom(...STYLES),
        fc.date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true }),
        (locale, style, date) => {
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
          expect(parseDate(format(locale, style, y, m, d), { locale })).toBe(iso(y, m, d));
        },
      ),
      1000,
    );
  });

  it('month names are read without the locale hint too (medium and long styles)', () => {
    const wrong: string[] = [];
    for (const locale of LOCALES) for (let month = 1; month <= 12; month++) for (const dateStyle of ['medium', 'long', 'full'] as const) {
      const text = format(locale, { dateStyle }, 2026, month, 24);
      if (parseDate(text) !== iso(2026, month, 24)) wrong.push(`${locale} ${JSON.stringify(text)}: got ${parseDate(text)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('no month name means two different months in two languages', () => {
    const seen = new Map<string, number>();
    const clashes: string[] = [];
    for (const { lang, months = [] } of LANGUAGE_PACKS) {
      months.forEach((variants, i) => {
        for (const name of variants.split('|')) {
          const key = monthKey(name);
          if (seen.has(key) && seen.get(key) !== i + 1) clashes.push(`${lang} ${name}`);
          seen.set(key, i + 1);
        }
      });
    }
    expect(clashes).toEqual([]);
  });
});

describe('parseDate reads the forms pages show', () => {
  it.each<[string, string, string | undefined, string]>([
    ['ISO date', '2026-11-24', undefined, '2026-11-24'],
    ['slashed ISO-order date', '2026/11/24', undefined, '2026-11-24'],
    ['German dotted date', '24.11.2026', undefined, '2026-11-24'],
    ['ISO date-time', '2026-11-24 13:45:00', undefined, '2026-11-24'],
    ['ISO date-time with T and zone', '2026-11-24T13:45:00.000Z', undefined, '2026-11-24'],
    ['date-time with a UTC offset suffix', '2026-11-24 13:45:00 (UTC+08:00)', undefined, '2026-11-24'],
    ['US date-time with AM/PM', 'Nov 24, 2026 01:45 PM', undefined, '2026-11-24'],
    ['US date-time with a UTC suffix', 'Nov 24, 2026 01:45 PM UTC+8', undefined, '2026-11-24'],
    ['Japanese date', '2026年11月24日', undefined, '2026-11-24'],
    ['Korean date', '2026. 11. 24.', undefined, '2026-11-24'],
    ['Korean short date', '26. 11. 24.', undefined, '2026-11-24'],
    ['Korean date in words', '2026년 11월 24일', undefined, '2026-11-24'],
    ['Vietnamese date', '24 thg 11, 2026', undefined, '2026-11-24'],
    ['Vietnamese date in words', 'ngày 24 tháng 11 năm 2026', undefined, '2026-11-24'],
    ['Russian date', '24 нояб. 2026 г.', undefined, '2026-11-24'],
    ['Russian date in capitals', '24 НОЯБРЯ 2026 Г.', undefined, '2026-11-24'],
    ['Portuguese date', '24 de nov. de 2026', undefined, '2026-11-24'],
    ['Spanish date', '1 de enero de 2026', undefined, '2026-01-01'],
    ['Turkish date in capitals', '24 KASIM 2026', undefined, '2026-11-24'],
    ['Polish date in the nominative', '24 listopad 2026', undefined, '2026-11-24'],
    ['French date without accents', '24 fevr. 2026', undefined, '2026-02-24'],
    ['Italian date', '24 dic 2026', undefined, '2026-12-24'],
    ['Indonesian date', '17 Agu 2026', undefined, '2026-08-17'],
    ['Malay date', '24 Ogos 2026', undefined, '2026-08-24'],
    ['Thai Buddhist-era year', '24 พ.ย. 2569', undefined, '2026-11-24'],
    ['Thai date with era marker', 'วันอังคารที่ 24 พฤศจิกายน พ.ศ. 2569', undefined, '2026-11-24'],
    ['Thai short date with two-digit Buddhist year', '24/11/69', 'th-TH', '2026-11-24'],
    ['Thai short date with two-digit Gregorian year', '24/11/26', 'th-TH', '2026-11-24'],
    ['Arabic date with Arabic-Indic digits and marks', '٢٤\u200f/١١\u200f/٢٠٢٦', undefined, '2026-11-24'],
    ['Arabic date with month name', '٢٤ نوفمبر ٢٠٢٦', undefined, '2026-11-24'],
    ['Levantine Arabic month name', '24 أيلول 2026', undefined, '2026-09-24'],
    ['English ordinal', 'November 24th, 2026', undefined, '2026-11-24'],
    ['day of month', '24th of November 2026', undefined, '2026-11-24'],
    ['date in a sentence', 'Your credit expires on Dec 31, 2026 at midnight.', undefined, '2026-12-31'],
    ['date after a Chinese label with no space', '截止2026-03-31', undefined, '2026-03-31'],
    ['fullwidth digits', '２０２６／１１／２４', undefined, '2026-11-24'],
    ['leap day', '2028-02-29', undefined, '2028-02-29'],
    ['an icon-font glyph beside the date', '\ue8b5 2026-11-24', undefined, '2026-11-24'],
  ])('%s: %s', (_name, text, locale, expected) => {
    expect(parseDate(text, { locale })).toBe(expected);
  });
});

describe('parseDate decides day/month order', () => {
  it.each<[string, string, string | undefined, string]>([
    ['US page reads 01/02/2026 as January 2', '01/02/2026', 'en-US', '2026-01-02'],
    ['British page reads 01/02/2026 as 1 February', '01/02/2026', 'en-GB', '2026-02-01'],
    ['no hint reads 01/02/2026 day first, as most Ads Manager languages do', '01/02/2026', undefined, '2026-02-01'],
    ['an unknown locale reads day first', '01/02/2026', 'xx-invalid!!', '2026-02-01'],
    ['a day above 12 decides, whatever the hint: 24/11/2026 on a US page', '24/11/2026', 'en-US', '2026-11-24'],
    ['a day above 12 decides: 11/24/2026 on a British page', '11/24/2026', 'en-GB', '2026-11-24'],
    ['a day above 12 decides without hint: 11/24/2026', '11/24/2026', undefined, '2026-11-24'],
    ['dots mean day first, even on a US page', '01.02.2026', 'en-US', '2026-02-01'],
    ['US short date with a two-digit year', '11/24/26', 'en-US', '2026-11-24'],
    ['dashed day-first date', '24-11-2026', undefined, '2026-11-24'],
    ['Japanese page reads a year-last date month first', '01/02/2026', 'ja-JP', '2026-01-02'],
  ])('%s', (_name, text, locale, expected) => {
    expect(parseDate(text, { locale })).toBe(expected);
  });
});

describe('parseDate returns null when there is no valid date', () => {
  it.each<[string, string]>([
    ['empty text', ''],
    ['words only', 'Valid dates'],
    ['February 30', 'Feb 30, 2026'],
    ['February 29 in a common year', '2026-02-29'],
    ['April 31', '31/04/2026'],
    ['month 13 both ways', '13/13/2026'],
    ['ISO month 13', '2026-13-01'],
    ['a month and day without a year', 'Mar 31'],
    ['a month and year without a day', 'November 2026'],
    ['an amount', '$1,234.50'],
    ['a German amount', '1.234,50 €'],
    ['an advertiser id', '7123456789012345678'],
    ['a version number', 'v1.2.34'],
    ['a time alone', '13:45:00'],
    ['a Hijri year, rather than a wrong Gregorian one', '٣/٥/١٤٤٨ هـ'],
    ['a far-past year', '01/01/1066'],
    ['a phone number', '555-123-4567'],
  ])('%s: %s', (_name, text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('never throws on any input (property)', () => {
    assertOnSeeds(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 12 }), (text, locale) => {
        const date = parseDate(text, { locale });
        if (date !== null) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const range = parseDateRange(text, { locale });
        if (range !== null) expect(range.from ?? range.until).not.toBeNull();
      }),
      3000,
    );
  });

  it('never throws on date-like noise (property)', () => {
    const pieces = fc.constantFrom('2026', '24', '11', '02', '30', '/', '-', '.', ' ', '~', 'Nov', 'thg', '年', '月', '日', 'พ.ศ.', '٢', ':', 'to');
    assertOnSeeds(
      fc.property(fc.array(pieces, { maxLength: 16 }), fc.constantFrom(undefined, 'en-US', 'th-TH', 'ja-JP'), (parts, locale) => {
        const text = parts.join('');
        expect(() => parseDate(text, { locale })).not.toThrow();
        expect(() => parseDateRange(text, { locale })).not.toThrow();
      }),
      3000,
    );
  });

  it('is null rather than an error for input that is not a string', () => {
    expect(parseDate(null as unknown as string)).toBeNull();
    expect(parseDateRange(undefined as unknown as string)).toBeNull();
    expect(parseDate('2026-11-24', null as unknown as undefined)).toBe('2026-11-24');
  });
});

describe('parseDateRange', () => {
  it.each<[string, string, string | undefined, string | null, string | null]>([
    ['Promotions tab shows an ISO range with a tilde', '2026-01-01 ~ 2026-03-31', undefined, '2026-01-01', '2026-03-31'],
    ['US page shows a slashed range', '01/01/2026 - 03/31/2026', 'en-US', '2026-01-01', '2026-03-31'],
    ['US page shows a month-name range', 'Jan 1, 2026 – Mar 31, 2026', undefined, '2026-01-01', '2026-03-31'],
    ['range with times', '2026/01/01 00:00:00 - 2026/03/31 23:59:59', undefined, '2026-01-01', '2026-03-31'],
    ['range whose start lends nothing but borrows the year', 'Jan 1 – Mar 31, 2026', undefined, '2026-01-01', '2026-03-31'],
    ['range across a new year, start written without year', 'Dec 1 – Jan 31, 2027', undefined, '2026-12-01', '2027-01-31'],
    ['range whose end borrows the start year', '24 Nov 2026 - 31 Dec', undefined, '2026-11-24', '2026-12-31'],
    ['German range with bis', '01.01.2026 bis 31.03.2026', undefined, '2026-01-01', '2026-03-31'],
    ['Chinese range', '2026年1月1日至2026年3月31日', undefined, '2026-01-01', '2026-03-31'],
    ['Japanese range with a wave dash', '2026/01/01〜2026/03/31', undefined, '2026-01-01', '2026-03-31'],
    ['Thai range in Buddhist years', '1 ม.ค. 2569 - 31 มี.ค. 2569', undefined, '2026-01-01', '2026-03-31'],
    ['Arabic range with marks', '٠١\u200f/٠١\u200f/٢٠٢٦ - ٣١\u200f/٠٣\u200f/٢٠٢٦', 'ar-EG', '2026-01-01', '2026-03-31'],
    ['Valid until (until only)', 'Valid until Mar 31, 2026', undefined, null, '2026-03-31'],
    ['expiry label', 'Expires: 2026-03-31', undefined, null, '2026-03-31'],
    ['Spanish expiry', 'Vence el 31 de marzo de 2026', undefined, null, '2026-03-31'],
    ['Indonesian expiry', 'Berlaku hingga 31 Mar 2026', undefined, null, '2026-03-31'],
    ['Vietnamese expiry', 'Hết hạn: 31/03/2026', undefined, null, '2026-03-31'],
    ['Russian expiry', 'Действует до 31.03.2026', undefined, null, '2026-03-31'],
    ['Chinese expiry', '有效期至2026-03-31', undefined, null, '2026-03-31'],
    ['Japanese expiry after the date', '2026年3月31日まで有効', undefined, null, '2026-03-31'],
    ['Korean expiry after the date', '2026. 3. 31.까지', undefined, null, '2026-03-31'],
    ['Thai expiry', 'หมดอายุ 31 มี.ค. 2569', undefined, null, '2026-03-31'],
    ['open start: ~ 2026-03-31', '~ 2026-03-31', undefined, null, '2026-03-31'],
    ['open end: 2026-01-01 ~', '2026-01-01 ~', undefined, '2026-01-01', null],
    ['starting cue', 'Starts Jan 1, 2026', undefined, '2026-01-01', null],
    ['Japanese start after the date', '2026年1月1日から', undefined, '2026-01-01', null],
    ['the last cue decides: issued, then expires', 'Issued credit expires Mar 31, 2026', undefined, null, '2026-03-31'],
    ['Turkish expiry after the date', '31.03.2026 tarihine kadar geçerli', undefined, null, '2026-03-31'],
    ['Turkish start after the date', "01.01.2026'dan itibaren", undefined, '2026-01-01', null],
    ['Spanish start cue beside the filler de', 'Válido a partir de 1 ene 2026', undefined, '2026-01-01', null],
    ['Russian from connector', 'с 01.01.2026', undefined, '2026-01-01', null],
    ['Russian until connector', 'по 31.03.2026', undefined, null, '2026-03-31'],
    ['a lone date without a cue is the start', '2026-01-01', undefined, '2026-01-01', null],
  ])('%s: %s', (_name, text, locale, from, until) => {
    expect(parseDateRange(text, { locale })).toEqual({ from, until });
  });

  it.each<[string, string]>([
    ['no date at all', 'Available'],
    ['only invalid dates', '2026-02-30 ~ 2026-02-31'],
    ['a range with no year anywhere', 'Jan 1 – Mar 31'],
    ['a borrowed year that makes the start invalid', 'Feb 29 – Mar 31, 2026'],
    ['an amount', '$1,234.50'],
  ])('is null for %s', (_name, text) => {
    expect(parseDateRange(text)).toBeNull();
  });
});
