import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertOnSeeds } from '../../tests/support/property-seeds';
import { addDays, daysBetween, daysUntil, endOfDay, isoDay, localDateOf, startOfDay } from './calendar';
import { intlCalls } from './intl-calls';

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
    const now = new Date('2026-11-24T10:00:00Z');
    const calls = intlCalls(() => {
      for (let i = 0; i < 1_000; i++) {
        endOfDay(addDays('2026-12-01', i % 10), 'Pacific/Auckland');
        localDateOf(now, 'Pacific/Auckland');
      }
    });
    // Ten distinct days and one instant: a handful of calls each, never one per deadline.
    expect(calls).toBeLessThan(60);
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

/**
 * The remembered day ends (issue 13, the board's first paint) against the definition, worked out here
 * from Intl alone: a day ends at the first whole minute whose wall-clock date in the zone is later.
 */
function wallDate(instant: number, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
function definedEndOfDay(isoDate: string, zone: string): number {
  // Every zone's day ends within 14 h either side of UTC midnight; bisect to the minute.
  let lo = Date.parse(`${isoDate}T00:00:00Z`) + 10 * 3_600_000 - 24 * 3_600_000;
  let hi = lo + 48 * 3_600_000;
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (wallDate(mid, zone) > isoDate) hi = mid;
    else lo = mid;
  }
  return hi;
}

describe('remembered day boundaries give the answers worked out afresh', () => {
  const ZONES = ['Europe/Berlin', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Auckland', 'UTC'];
  const DST_DAYS = ['2026-03-07', '2026-03-08', '2026-03-28', '2026-03-29', '2026-04-04', '2026-04-05', '2026-09-05', '2026-09-06', '2026-09-26', '2026-09-27', '2026-10-03', '2026-10-04', '2026-10-24', '2026-10-25', '2026-10-31', '2026-11-01'];

  it('across DST changes, asked twice, in every zone', () => {
    for (const zone of ZONES) {
      for (const day of DST_DAYS) {
        const first = endOfDay(day, zone)!.getTime();
        expect(first, `${day} in ${zone}`).toBe(definedEndOfDay(day, zone));
        expect(endOfDay(day, zone)!.getTime(), `${day} in ${zone}, remembered`).toBe(first);
      }
    }
  });

  it('a change of time zone gives that zone’s day, not the one remembered for the last', () => {
    const berlin = endOfDay('2026-10-25', 'Europe/Berlin')!.toISOString();
    const newYork = endOfDay('2026-10-25', 'America/New_York')!.toISOString();
    expect(berlin).toBe('2026-10-25T23:00:00.000Z');
    expect(newYork).toBe('2026-10-26T04:00:00.000Z');
    expect(endOfDay('2026-10-25', 'Europe/Berlin')!.toISOString()).toBe(berlin);
  });

  it('hands out a new Date each time, so a caller changing one changes no other answer', () => {
    const first = endOfDay('2026-12-24', 'Asia/Tokyo')!;
    first.setTime(0);
    expect(endOfDay('2026-12-24', 'Asia/Tokyo')!.toISOString()).toBe('2026-12-24T15:00:00.000Z');
  });

  it('days that do not exist stay no day, and far years end in UTC', () => {
    expect(endOfDay('2026-02-31', 'Europe/Berlin')).toBeNull();
    expect(endOfDay('2026-02-31', 'Europe/Berlin')).toBeNull();
    expect(endOfDay(null, 'Europe/Berlin')).toBeNull();
    expect(endOfDay('9999-12-31', 'Europe/Berlin')!.getTime()).toBe(Date.UTC(9999, 11, 31) + 86_400_000);
  });

  it('isoDay is the ISO date of any instant, as toISOString says', () => {
    assertOnSeeds(
      fc.property(fc.date({ min: new Date(Date.UTC(-300, 0, 1)), max: new Date(Date.UTC(12_000, 0, 1)), noInvalidDate: true }), (date) => {
        expect(isoDay(date)).toBe(date.toISOString().slice(0, 10));
      }),
      2_000,
    );
    expect(() => isoDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});
