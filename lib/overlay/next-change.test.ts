import { describe, expect, it } from 'vitest';
import { MAX_TIMER_MS, nextChangeAt } from './next-change';

const NOW = new Date('2026-11-24T09:30:00.000Z');
const HOUR = 3_600_000;
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

/** A signature that flips at each boundary, as a rule's state does. */
const flipsAt =
  (...boundaries: number[]) =>
  (time: Date) =>
    String(boundaries.filter((boundary) => time.getTime() >= NOW.getTime() + boundary).length);

describe('the next instant the hints change', () => {
  it('finds the end of a 48 h window to the second', () => {
    const end = 48 * HOUR - 17 * 60_000 - 3_000;
    expect(nextChangeAt(flipsAt(end), NOW)).toEqual(at(end));
  });

  it('finds a boundary a few seconds away', () => {
    expect(nextChangeAt(flipsAt(5_000), NOW)).toEqual(at(5_000));
  });

  it('finds a boundary weeks away, past the hour steps', () => {
    const end = 20 * 24 * HOUR + 5 * HOUR + 30_000;
    expect(nextChangeAt(flipsAt(end), NOW)).toEqual(at(end));
  });

  it('returns the first of two boundaries in the same day step', () => {
    const first = 4 * 24 * HOUR + 2 * HOUR;
    expect(nextChangeAt(flipsAt(first, first + 5 * HOUR), NOW)).toEqual(at(first));
  });

  it('says null when nothing changes before the longest timer', () => {
    expect(nextChangeAt(() => 'same', NOW)).toBeNull();
    expect(nextChangeAt(flipsAt(MAX_TIMER_MS + HOUR), NOW)).toBeNull();
  });

  it('asks the rules a bounded number of times', () => {
    let calls = 0;
    nextChangeAt((time) => {
      calls++;
      return flipsAt(23 * 24 * HOUR + 1_234)(time);
    }, NOW);
    expect(calls).toBeLessThan(160);
  });
});
