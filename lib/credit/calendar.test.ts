import { describe, expect, it, vi } from 'vitest';
import { addDays, daysBetween, daysUntil, endOfDay, localDateOf, startOfDay } from './calendar';

const hours = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 3_600_000;

describe('days in a time zone', () => {
  it('an ordinary day is 24 h, starting at local midnight', () => {
    expect(startOfDay('2026-11-24', 'America/New_York').toISOString()).toBe('2026-11-24T05:00:00.000Z');
    expect(startOfDay('2026-11-24', 'Asia/Tokyo').toISOString()).toBe('2026-11-23T15:00:00.000Z');
    expect(startOfDay('2026-11-24', 'UTC').toISOString()).toBe('2026-11-24T00:00:00.000Z');
    expect(hours(startOfDay('2026-11-24', 'Asia/Kolkata'), endOfDay('2026-11-24', 'Asia/Kolkata')!)).toBe(24);
  });

  it.each([
    ['America/New_York', '2026-03-08', 23, '2026-03-08T05:00:00.000Z'],
    ['America/New_York', '2026-11-01', 25, '2026-11-01T04:00:00.000Z'],
    ['Europe/Berlin', '2026-03-29', 23, '2026-03-28T23:00:00.000Z'],
    ['Europe/Berlin', '2026-10-25', 25, '2026-10-24T22:00:00.000Z'],
  ])('DST in %s on %s: the day lasts %i h', (zone, date, length, start) => {
    expect(startOfDay(date, zone).toISOString()).toBe(start);
    expect(hours(startOfDay(date, zone), endOfDay(date, zone)!)).toBe(length);
  });

  it('where DST skips midnight (Chile), the day starts at the first hour that exists', () => {
    const start = startOfDay('2026-09-06', 'America/Santiago');
    expect(localDateOf(start, 'America/Santiago')).toBe('2026-09-06');
    expect(localDateOf(new Date(start.getTime() - 1), 'America/Santiago')).toBe('2026-09-05');
  });

  it('calendar arithmetic', () => {
    expect(addDays('2026-11-24', 14)).toBe('2026-12-08');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(localDateOf(new Date('2026-11-24T23:30:00Z'), 'Asia/Tokyo')).toBe('2026-11-25');
  });

  it('a board of 1,000 deadlines on the same few days asks Intl about each day once', () => {
    const parts = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    try {
      const now = new Date('2026-11-24T10:00:00Z');
      for (let i = 0; i < 1_000; i++) {
        endOfDay(addDays('2026-12-01', i % 10), 'Pacific/Auckland');
        localDateOf(now, 'Pacific/Auckland');
      }
      // Ten distinct days and one instant: a handful of calls each, never one per deadline.
      expect(parts.mock.calls.length).toBeLessThan(60);
    } finally {
      parts.mockRestore();
    }
    // Remembered answers are the same answers.
    expect(startOfDay('2026-12-05', 'Pacific/Auckland').toISOString()).toBe('2026-12-04T11:00:00.000Z');
  });
});

describe('date-only deadlines in the user time zone', () => {
  it('end at midnight where the user is, and count calendar days as the popup does', async () => {
    const { countdown } = await import('../notes/countdown');
    expect(endOfDay('2026-11-30', 'Asia/Tokyo')?.toISOString()).toBe('2026-11-30T15:00:00.000Z');
    expect(endOfDay('2026-11-30', 'America/New_York')?.toISOString()).toBe('2026-12-01T05:00:00.000Z');
    expect(endOfDay('2026-11-30', 'UTC')?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    const now = new Date('2026-11-24T15:00:00Z');
    for (const zone of ['UTC', 'Asia/Tokyo', 'America/New_York']) {
      expect(daysUntil(endOfDay('2026-12-06', zone)!, now, zone)).toBe(countdown('2026-12-06', now, { timeZone: zone }).days);
    }
  });
});

describe('time zones', () => {
  it('checks a zone once, not on every date it is asked about', () => {
    const Original = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = class extends Original {
      constructor(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
        super(locales, options);
        if (options?.timeZone === 'America/Denver') made++;
      }
    } as typeof Intl.DateTimeFormat;
    try {
      for (let i = 0; i < 500; i++) endOfDay('2026-11-30', 'America/Denver');
    } finally {
      Intl.DateTimeFormat = Original;
    }
    expect(made).toBeLessThanOrEqual(2);
    expect(endOfDay('2026-11-30', 'America/Denver')!.toISOString()).toBe('2026-12-01T07:00:00.000Z');
    expect(endOfDay('2026-11-30', 'Not/AZone')!.toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });
});
