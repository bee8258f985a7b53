import { describe, expect, it } from 'vitest';
import { endOfDay } from '../credit/calendar';
import { cleanText, currenciesDiffer, parseInstant, toAmount } from './format';

describe('hint parsing', () => {
  it('page text becomes one bounded line without control or bidi characters', () => {
    expect(cleanText('  SPRING\u202E-100\n\tcode ')).toBe('SPRING -100 code');
    expect(cleanText('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(cleanText(42)).toBe('');
  });

  it('reads decimals, instants and days strictly', () => {
    expect(toAmount('499.99')).toBe(499.99);
    expect(toAmount('1e3')).toBeNull();
    expect(toAmount('9'.repeat(400))).toBeNull();
    expect(parseInstant('2026-03-10T12:00:00Z')?.toISOString()).toBe('2026-03-10T12:00:00.000Z');
    expect(parseInstant('2026-03-10')).toBeNull();
    expect(endOfDay('2026-02-31', 'UTC')).toBeNull();
    expect(endOfDay('2026-02-28', 'UTC')?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('compares currencies only when both are known', () => {
    expect(currenciesDiffer('USD', 'EUR')).toBe(true);
    expect(currenciesDiffer('USD', null)).toBe(false);
    expect(currenciesDiffer('USD', 'usd')).toBe(false);
  });
});
