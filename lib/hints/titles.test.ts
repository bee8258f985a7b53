import { describe, expect, it } from 'vitest';
import { readCatalog } from '../i18n/node-catalog';

/**
 * Issue 9, "copy that answers first": a card's title says its answer in one line, at most 90
 * characters in English. Measured with typical values in its placeholders (a user's own offer name can
 * always make a title longer; the copy around it must leave room).
 */
const TYPICAL: Record<string, string> = {
  amount: '$1,250.00',
  credit: '$1,250.00',
  spent: '$1,250.00',
  threshold: '$1,250.00',
  unused: '$1,250.00',
  date: 'Dec 31, 2026',
  time: '09:30',
  code: 'SPRING-ADS-100',
  name: 'New advertiser offer',
  currency: 'USD',
  seen: 'EUR',
  offer: 'USD',
  count: '3',
  button: 'Redeem coupon',
};
const LONGEST = 90;

describe('hint titles in English', () => {
  const english = readCatalog('en');
  const titles = Object.entries(english).filter(([key]) => key.startsWith('hint.') && /title/i.test(key.split('.').at(-1)!));

  it('are found (the check reads the catalogue, not a list kept by hand)', () => {
    expect(titles.length).toBeGreaterThan(30);
  });

  it(`are at most ${LONGEST} characters with typical values`, () => {
    const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => TYPICAL[name] ?? 'x'.repeat(10));
    const tooLong = titles.flatMap(([key, entry]) =>
      (typeof entry === 'string' ? [entry] : Object.values(entry).filter((text): text is string => typeof text === 'string'))
        .map(fill)
        .filter((text) => text.length > LONGEST)
        .map((text) => `${key}: ${text.length} characters: ${text}`),
    );
    expect(tooLong).toEqual([]);
  });
});
