import { describe, expect, it } from 'vitest';
import { endOfDay } from '../credit/calendar';
import { currenciesDiffer, formatterFor, parseInstant, toAmount } from './format';

describe('hint formatting and parsing', () => {
  const f = formatterFor(null);

  it('formats money with the currency and its own minor units', () => {
    expect(f.money('1234.5', 'USD')).toBe('$1,234.50');
    expect(f.money('1234', 'JPY')).toBe('¥1,234');
    expect(f.money('1.5', 'KWD')).toBe('KWD\u00a01.500');
    expect(f.money('500000', 'IDR')).toBe('IDR\u00a0500,000.00');
    expect(f.money(40, null)).toBe('40');
  });

  it('keeps every digit of a huge decimal string', () => {
    expect(f.money('12345678901234567890.12', 'USD')).toBe('$12,345,678,901,234,567,890.12');
  });

  it('never prints NaN for amounts it cannot read', () => {
    expect(f.money('abc', 'USD')).toBe('unknown amount');
    expect(f.money(Number.NaN, 'USD')).toBe('unknown amount');
    expect(f.money('5', 'usd1')).toBe('5');
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

  it('falls back to UTC for a time zone Intl does not know', () => {
    expect(formatterFor('Mars/Olympus').timeZone).toBe('UTC');
    expect(formatterFor('Asia/Tokyo').dateTime(new Date('2026-03-10T12:00:00Z'))).toBe('Mar 10, 2026, 21:00 GMT+9');
  });
});
