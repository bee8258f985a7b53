import { describe, expect, it } from 'vitest';
import { placeAxisLabels, textWidth } from './axis-labels';
import type { Tick } from './timeline';

const tick = (x: number, date: string, major = false): Tick => ({ x, date, major });
const day = (t: Tick) => String(Number(t.date.slice(8)));
const month = (t: Tick) => ({ '01': 'Jan', '02': 'Feb', '12': 'Dec' })[t.date.slice(5, 7)]!;

describe('the axis labels', () => {
  it('start just right of their ticks where there is room', () => {
    const placed = placeAxisLabels([tick(0, '2026-12-01'), tick(40, '2026-12-08'), tick(80, '2026-12-15')], day, 10, 400);
    expect(placed.map(({ text, x, end }) => [text, x, end])).toEqual([
      ['1', 3, false],
      ['8', 43, false],
      ['15', 83, false],
    ]);
  });

  it('leave out a day that would run into the one before it, so weeks 14 px apart are numbered every other week', () => {
    const ticks = [0, 14, 28, 42, 56].map((x, i) => tick(x, `2026-12-${String(10 + 7 * (i % 3)).padStart(2, '0')}`));
    const placed = placeAxisLabels(ticks, day, 10, 400);
    expect(placed.map((label) => label.tick.x)).toEqual([0, 28, 56]);
    for (const [a, b] of placed.slice(1).map((label, i) => [placed[i]!, label] as const)) expect(b.x).toBeGreaterThanOrEqual(a.x + textWidth(a.text, 10));
  });

  it("draw a month that would run past the axis's end ending there, and leave out such a day", () => {
    const placed = placeAxisLabels([tick(380, '2027-02-01', true)], month, 11, 396);
    expect(placed).toEqual([{ tick: tick(380, '2027-02-01', true), text: 'Feb', x: 396, end: true }]);
    expect(placeAxisLabels([tick(390, '2027-01-29')], day, 10, 396)).toEqual([]);
  });

  it('leave out a month drawn at the end when it would run into the month before it', () => {
    const placed = placeAxisLabels([tick(370, '2026-12-01', true), tick(390, '2027-01-01', true)], month, 11, 400);
    expect(placed.map((label) => label.text)).toEqual(['Dec']);
  });

  it('count a CJK character as wide as the font, and others narrower', () => {
    expect(textWidth('12月', 10)).toBe(8.5 + 8.5 + 10);
    expect(textWidth('أغسطس', 10)).toBeCloseTo(45);
  });
});
