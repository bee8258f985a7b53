/**
 * The calendar reads the wall clock from Intl's formatted text where it can, and asks Intl two
 * questions, not three, for most days: these properties hold it, on fixed seeds, to Intl's parts and
 * to the definition of a day's start, in zones with DST edges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertOnSeeds } from '../../tests/support/property-seeds';
import { addDays, localDateOf, startOfDay } from './calendar';
import { intlCalls } from './intl-calls';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Auckland'];

/** The local date of an instant, from Intl's parts alone. */
function partsDate(instant: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return `${String(part('year')).padStart(4, '0')}-${String(part('month')).padStart(2, '0')}-${String(part('day')).padStart(2, '0')}`;
}

describe('the wall clock, read from Intl', () => {
  it("gives Intl's own date for any instant of years 1 to 9999, in every zone", () => {
    assertOnSeeds(
      fc.property(
        fc.date({ min: new Date('0001-01-02T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        (instant, zone) => {
          expect(localDateOf(instant, zone)).toBe(partsDate(instant, zone));
        },
      ),
      3_000,
    );
  });

  it('starts a day at the first hour whose date is that day, with the hour before on an earlier day', () => {
    const days = fc.oneof(
      // The days DST begins or ends in one of the zones (the guesses of the day's start disagree there).
      fc.constantFrom('2026-03-08', '2026-03-29', '2026-04-05', '2026-09-06', '2026-09-27', '2026-10-04', '2026-10-25', '2026-11-01'),
      fc.integer({ min: -400, max: 400 }).map((n) => addDays('2026-06-01', n)),
      fc.integer({ min: -40_000, max: 40_000 }).map((n) => addDays('2026-06-01', n)),
    );
    assertOnSeeds(
      fc.property(days, fc.constantFrom(...ZONES), (day, zone) => {
        const start = startOfDay(day, zone).getTime();
        expect(partsDate(new Date(start), zone)).toBe(day);
        expect(partsDate(new Date(start - 1_000), zone) < day, `${day} in ${zone}`).toBe(true);
      }),
      2_000,
    );
  });

  it('asks Intl at most twice for an ordinary day it has not seen', () => {
    const calls = intlCalls(() => {
      startOfDay('2031-01-15', 'Europe/Berlin');
      startOfDay('2031-07-15', 'America/New_York');
    });
    expect(calls).toBeLessThanOrEqual(5); // 2 + 2, and one look at Intl's field order
  });
});
