import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertOnSeeds } from '../../tests/support/property-seeds';
import { LANGUAGE_CODES, type LanguageCode } from '../lexicon';
import { parseDate } from './dates';

/**
 * Every regional form of the 18 Ads Manager languages that Intl knows, in the Gregorian calendar
 * (Thai and Saudi pages default to other calendars; Ads Manager dates are Gregorian). Arabic alone has
 * four sets of month names: Egyptian/Gulf, Levantine/Iraqi ("كانون الأول"), Maghreb ("جانفي") and
 * Moroccan/Mauritanian ("غشت", "دجمبر").
 */
const REGIONS: Record<LanguageCode, readonly string[]> = {
  en: ['en', 'en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN', 'en-IE', 'en-SG', 'en-PH', 'en-NZ', 'en-ZA', 'en-MY'],
  es: ['es', 'es-ES', 'es-MX', 'es-US', 'es-419', 'es-AR', 'es-CO', 'es-CL', 'es-PE'],
  'pt-BR': ['pt-BR', 'pt-PT'],
  fr: ['fr', 'fr-FR', 'fr-CA', 'fr-CH', 'fr-BE'],
  de: ['de', 'de-DE', 'de-AT', 'de-CH', 'de-LU'],
  it: ['it', 'it-IT', 'it-CH'],
  id: ['id', 'id-ID'],
  ms: ['ms', 'ms-MY', 'ms-SG', 'ms-BN'],
  vi: ['vi', 'vi-VN'],
  th: ['th', 'th-TH'],
  ja: ['ja', 'ja-JP'],
  ko: ['ko', 'ko-KR'],
  'zh-Hans': ['zh-CN', 'zh-SG', 'zh-Hans'],
  'zh-Hant': ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant'],
  ar: ['ar', 'ar-AE', 'ar-BH', 'ar-DZ', 'ar-EG', 'ar-IQ', 'ar-JO', 'ar-KW', 'ar-LB', 'ar-LY', 'ar-MA', 'ar-MR', 'ar-OM', 'ar-PS', 'ar-QA', 'ar-SA', 'ar-SD', 'ar-SY', 'ar-TN', 'ar-YE'],
  tr: ['tr', 'tr-TR'],
  ru: ['ru', 'ru-RU', 'ru-KZ', 'ru-BY', 'ru-UA'],
  pl: ['pl', 'pl-PL'],
};
const LOCALES = LANGUAGE_CODES.flatMap((lang) => REGIONS[lang]);

/** Month names long and short, in sentences and alone, as pages write dates. */
const STYLES: readonly Intl.DateTimeFormatOptions[] = [
  { dateStyle: 'medium' },
  { dateStyle: 'long' },
  { dateStyle: 'full' },
  { year: 'numeric', month: 'short', day: 'numeric' },
  { year: 'numeric', month: 'long', day: 'numeric' },
  { year: 'numeric', month: '2-digit', day: '2-digit' },
];

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const format = (locale: string, style: Intl.DateTimeFormatOptions, y: number, m: number, d: number) =>
  new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { ...style, timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d, 12)));

describe('every month name Intl writes for the 18 languages reads back', () => {
  it('covers the 18 lexicon languages', () => {
    expect(Object.keys(REGIONS).sort()).toEqual([...LANGUAGE_CODES].sort());
  });

  it.each(LANGUAGE_CODES.map((lang) => [lang]))('%s: every region, every month, long and short names', (lang) => {
    const wrong: string[] = [];
    for (const locale of REGIONS[lang]) {
      for (let month = 1; month <= 12; month++) for (const style of STYLES) {
        const text = format(locale, style, 2026, month, 24);
        const got = parseDate(text, { locale });
        if (got !== iso(2026, month, 24)) wrong.push(`${locale} ${JSON.stringify(text)}: got ${got}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('reads Levantine months on a page that does not say its locale', () => {
    expect(parseDate('٢٤ كانون الأول ٢٠٢٦')).toBe('2026-12-24');
    expect(parseDate('صالح حتى 3 تشرين الثاني 2026')).toBe('2026-11-03');
    expect(parseDate('15 كانون الثاني 2027')).toBe('2027-01-15');
    // Pages drop the hamza as often as they keep it.
    expect(parseDate('1 تشرين الاول 2026')).toBe('2026-10-01');
  });

  it('any Gregorian date 2000-2099 round-trips in any of these locales (property, fixed seed)', () => {
    assertOnSeeds(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...STYLES),
        fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
        (locale, style, date) => {
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
          expect(parseDate(format(locale, style, y, m, d), { locale })).toBe(iso(y, m, d));
        },
      ),
      2_000,
    );
  });
});
