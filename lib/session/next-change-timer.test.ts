import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { offer, reading } from '../hints/testing';
import { DEFAULT_SETTINGS, EMPTY_NOTES } from '../notes/schema';
import { NO_PENDING, type ViewInputs } from '../overlay/overlay-view';
import { NextChangeTimer } from './next-change-timer';
import { testScope } from '../overlay/test-scope';

const NOW = new Date('2026-11-24T09:30:00.000Z');
// Crossed the threshold an hour ago: pending for 48 h, then overdue.
const crossed = offer({ crossedOn: '2026-11-24T08:30:00.000Z' });
const inputs = (): ViewInputs => ({
  reading: reading({ spendSoFar: '520.00' }),
  url: reading().url,
  stored: { notes: { ...EMPTY_NOTES, offers: [crossed] }, settings: DEFAULT_SETTINGS, observations: {} },
  recorded: [],
  pending: NO_PENDING,
  typedCode: null,
  timeZone: 'UTC',
});

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the next moment a hint changes by itself', () => {
  it('fires once, when the 48 h processing window ends, without polling', async () => {
    const fired: number[] = [];
    const timer = new NextChangeTimer(testScope().scope, inputs, () => fired.push(Date.now()));
    timer.queue();
    await vi.advanceTimersByTimeAsync(47 * 3_600_000);
    expect(fired).toEqual([]);
    await vi.advanceTimersByTimeAsync(2 * 3_600_000);
    expect(fired).toHaveLength(1);
    expect(fired[0]! - Date.parse('2026-11-26T08:30:00.000Z')).toBeLessThanOrEqual(1);
    expect(fired[0]! - Date.parse('2026-11-26T08:30:00.000Z')).toBeGreaterThanOrEqual(0);
  });

  it('works it out once for a burst of changes, and replaces the earlier timer', async () => {
    const ask = vi.fn(inputs);
    const fired = vi.fn();
    const timer = new NextChangeTimer(testScope().scope, ask, fired);
    timer.queue();
    timer.queue();
    await vi.advanceTimersByTimeAsync(10);
    expect(ask).toHaveBeenCalledTimes(1);
    timer.queue();
    await vi.advanceTimersByTimeAsync(49 * 3_600_000);
    expect(ask).toHaveBeenCalledTimes(2);
    expect(fired).toHaveBeenCalledTimes(1);
  });

  it('sets no timer when the view cannot be worked out from odd settings', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const fired = vi.fn();
    const broken = (): ViewInputs => ({ ...inputs(), stored: { ...inputs().stored!, settings: { ...DEFAULT_SETTINGS, dismissedHints: null as never } } });
    const timer = new NextChangeTimer(testScope().scope, broken, fired);
    timer.queue();
    await vi.advanceTimersByTimeAsync(30 * 86_400_000);
    expect(fired).not.toHaveBeenCalled();
  });

  it('ends with the session', async () => {
    const fired = vi.fn();
    const { scope } = testScope();
    new NextChangeTimer(scope, inputs, fired).queue();
    await vi.advanceTimersByTimeAsync(10);
    scope.close();
    await vi.advanceTimersByTimeAsync(49 * 3_600_000);
    expect(fired).not.toHaveBeenCalled();
  });
});
