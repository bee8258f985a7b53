import { describe, expect, it } from 'vitest';
import { englishTranslator } from '../i18n/node-catalog';
import { createTranslator } from '../i18n/translate';
import { countdown, type Countdown } from './countdown';

const NY = { timeZone: 'America/New_York' };
const at = (iso: string) => new Date(iso);
/** The countdown as the surface shows it, in English, and its other fields. */
const read = ({ when, ...rest }: Countdown) => ({ ...rest, text: englishTranslator().value(when) });

describe('countdown', () => {
  it('near moments read in minutes and hours', () => {
    const now = at('2026-11-24T10:00:00Z');
    expect(read(countdown('2026-11-24T10:45:00Z', now, NY)).text).toBe('in 45 minutes');
    expect(read(countdown('2026-11-25T05:00:00Z', now, NY)).text).toBe('in 19 hours');
    expect(read(countdown('2026-11-24T08:00:00Z', now, NY))).toMatchObject({ text: '2 hours ago', overdue: true });
    expect(read(countdown(at('2026-11-24T09:59:00Z'), now, NY)).text).toBe('1 minute ago');
  });

  it('a moment exactly now is "now" and not yet overdue', () => {
    const now = at('2026-11-24T10:00:00Z');
    expect(read(countdown(now, now, NY))).toEqual({ ms: 0, days: 0, overdue: false, text: 'now' });
  });

  it('dates read in calendar days: today, tomorrow, in 12 days, 3 days ago', () => {
    const now = at('2026-11-24T15:00:00Z'); // 10:00 in New York
    expect(read(countdown('2026-11-24', now, NY))).toMatchObject({ text: 'today', days: 0, overdue: false, ms: 14 * 3_600_000 });
    expect(read(countdown('2026-11-25', now, NY)).text).toBe('tomorrow');
    expect(read(countdown('2026-12-06', now, NY))).toMatchObject({ text: 'in 12 days', days: 12 });
    expect(read(countdown('2026-11-21', now, NY))).toMatchObject({ text: '3 days ago', days: -3, overdue: true });
  });

  it('a deadline date means the end of that day where the user is', () => {
    const now = at('2026-11-24T15:00:00Z');
    expect(countdown('2026-11-24', now, { timeZone: 'America/New_York' }).overdue).toBe(false);
    // Already 00:00 on the 25th in Tokyo: the 24th is over there.
    expect(read(countdown('2026-11-24', now, { timeZone: 'Asia/Tokyo' }))).toMatchObject({ overdue: true, days: -1, text: 'yesterday' });
  });

  it('the last millisecond of the day is still today; its end is overdue', () => {
    expect(read(countdown('2026-11-24', at('2026-11-25T04:59:59.999Z'), NY))).toMatchObject({ overdue: false, ms: 1, text: 'today' });
    expect(countdown('2026-11-24', at('2026-11-25T05:00:00Z'), NY).overdue).toBe(true);
  });

  it('DST: a 23-hour day in New York (2026-03-08) and a 25-hour one (2026-11-01)', () => {
    expect(countdown('2026-03-08', at('2026-03-08T05:00:00Z'), NY).ms).toBe(23 * 3_600_000);
    expect(countdown('2026-11-01', at('2026-11-01T04:00:00Z'), NY).ms).toBe(25 * 3_600_000);
    // Noon to noon across the spring change is 23 h, and tomorrow.
    expect(read(countdown('2026-03-08T16:00:00Z', at('2026-03-07T17:00:00Z'), NY))).toMatchObject({ text: 'in 23 hours', days: 1 });
    // Late on the evening before the change, the day after next is still two days away.
    expect(read(countdown('2026-03-09', at('2026-03-08T04:30:00Z'), NY))).toMatchObject({ text: 'in 2 days', days: 2 });
  });

  it('DST in Berlin (2026-03-29, 2026-10-25)', () => {
    const berlin = { timeZone: 'Europe/Berlin' };
    expect(countdown('2026-03-29', at('2026-03-28T23:00:00Z'), berlin).ms).toBe(23 * 3_600_000);
    expect(countdown('2026-10-25', at('2026-10-24T22:00:00Z'), berlin).ms).toBe(25 * 3_600_000);
    expect(read(countdown('2026-10-26', at('2026-10-25T22:59:00Z'), berlin)).text).toBe('tomorrow');
  });

  it('other locales use the browser\'s relative-time wording', () => {
    const now = at('2026-11-24T15:00:00Z');
    expect(createTranslator('de', {}).value(countdown('2026-11-25', now, NY).when)).toBe('morgen');
    expect(createTranslator('fr', {}).value(countdown('2026-11-24', now, NY).when)).toBe("aujourd’hui");
  });

  it('refuses what is not a date', () => {
    expect(() => countdown('soon', new Date())).toThrow(RangeError);
  });
});
