import { describe, expect, it } from 'vitest';
import { localDay, utcDayOf } from './iso-day';

describe('iso-day', () => {
  it('reads a day strictly: 29 February only in a leap year, nothing Date would roll over', () => {
    expect(utcDayOf('2028-02-29')).toBe(Date.UTC(2028, 1, 29));
    expect(utcDayOf('2026-02-29')).toBeNull();
    expect(utcDayOf('2026-04-31')).toBeNull();
    expect(utcDayOf('2026-13-01')).toBeNull();
    expect(utcDayOf('2026-1-01')).toBeNull();
    expect(utcDayOf(20260101)).toBeNull();
  });

  it("writes the day this machine's calendar shows, late in the evening as at midnight, the year in four digits", () => {
    expect(localDay(new Date(2026, 1, 28, 23, 59, 59))).toBe('2026-02-28');
    expect(localDay(new Date(2026, 2, 1, 0, 0, 0))).toBe('2026-03-01');
    const early = new Date(2026, 0, 5);
    early.setFullYear(999);
    expect(localDay(early)).toBe('0999-01-05');
  });

  it('reads back what it writes', () => {
    for (const day of ['2026-01-01', '2026-12-31', '2028-02-29']) {
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      const written = localDay(new Date(y, m - 1, d, 12));
      expect(written).toBe(day);
      expect(utcDayOf(written)).toBe(Date.UTC(y, m - 1, d));
    }
  });
});
