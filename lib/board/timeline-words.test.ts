import { describe, expect, it } from 'vitest';
import { fitText, placeAxisLabels } from './timeline-words';
import type { Tick } from './timeline';

const tick = (x: number, date: string, major = false): Tick => ({ x, date, major });
const day = (t: Tick) => String(Number(t.date.slice(8)));
const month = (t: Tick) => ({ '01': 'Jan', '02': 'Feb', '12': 'Dec' })[t.date.slice(5, 7)]!;
/** 6 px a character, as a monospaced font would draw them. */
const mono = (text: string) => [...text].length * 6;

describe("the axis's labels", () => {
  it('start just right of their ticks where there is room', () => {
    const placed = placeAxisLabels([tick(0, '2026-12-01'), tick(40, '2026-12-08'), tick(80, '2026-12-15')], day, mono, 400);
    expect(placed.map(({ text, x, end }) => [text, x, end])).toEqual([
      ['1', 3, false],
      ['8', 43, false],
      ['15', 83, false],
    ]);
  });

  it('leave out a day that would run into the one before it, so weeks 14 px apart are numbered every other week', () => {
    const ticks = [0, 14, 28, 42, 56].map((x, i) => tick(x, `2026-12-${String(10 + 7 * (i % 3)).padStart(2, '0')}`));
    const placed = placeAxisLabels(ticks, day, mono, 400);
    expect(placed.map((label) => label.tick.x)).toEqual([0, 28, 56]);
    for (const [a, b] of placed.slice(1).map((label, i) => [placed[i]!, label] as const)) expect(b.x).toBeGreaterThanOrEqual(a.x + mono(a.text));
  });

  it("draw a month that would run past the axis's end ending there, and leave out such a day", () => {
    const placed = placeAxisLabels([tick(380, '2027-02-01', true)], month, mono, 396);
    expect(placed).toEqual([{ tick: tick(380, '2027-02-01', true), text: 'Feb', x: 396, end: true }]);
    expect(placeAxisLabels([tick(390, '2027-01-29')], day, mono, 396)).toEqual([]);
  });

  it('leave out a month drawn at the end when it would run into the month before it', () => {
    const placed = placeAxisLabels([tick(370, '2026-12-01', true), tick(385, '2027-01-01', true)], month, mono, 400);
    expect(placed.map((label) => label.text)).toEqual(['Dec']);
  });
});

describe("a lane's name", () => {
  it('shows whole where it fits, and otherwise as much of its start as fits, then "…"', () => {
    expect(fitText('Copper Kettle', 78, mono)).toBe('Copper Kettle');
    expect(fitText('Copper Kettle Coffee US', 78, mono)).toBe('Copper Kettl…');
    // No space left hanging before the ellipsis.
    expect(fitText('Copper Kettle Coffee US', 48, mono)).toBe('Copper…');
    expect(fitText('東京デジタル広告株式会社', 60, (text) => [...text].length * 12)).toBe('東京デジ…');
  });

  it('never comes out wider than its room', () => {
    for (let room = 6; room < 200; room += 7) expect(mono(fitText('Mmmmmm Wwwwww Mmmmmm Wwwwww Mmmmmm', room, mono))).toBeLessThanOrEqual(room);
  });
});
