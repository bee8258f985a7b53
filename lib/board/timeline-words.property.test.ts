/**
 * The timeline's words for random ticks, texts and widths: the axis never draws two labels over each
 * other or past its end, and a lane's name never comes out wider than its room. The examples in
 * timeline-words.test.ts say where words go; these say what holds for any of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertOnSeeds } from '../../tests/support/property-seeds';
import { fitText, placeAxisLabels, type WidthOf } from './timeline-words';
import type { Tick } from './timeline';

/** A width per character, from 2 to 14 px: narrow digits to full-width CJK. */
const widthArb = fc.dictionary(fc.string({ minLength: 1, maxLength: 1 }), fc.integer({ min: 2, max: 14 })).map(
  (widths): WidthOf =>
    (text) =>
      [...text].reduce((sum, char) => sum + (widths[char] ?? 7), 0),
);

/** Ticks in date order, each at least 1 px after the one before, some of them months. */
const ticksArb = fc.array(fc.record({ step: fc.integer({ min: 1, max: 60 }), major: fc.boolean(), text: fc.string({ minLength: 1, maxLength: 9 }) }), { maxLength: 40 }).map((specs) => {
  let x = 0;
  return specs.map(({ step, major, text }, i) => ({ tick: { x: (x += step), date: `d${i}`, major } as Tick, text }));
});

describe('the timeline words, property', () => {
  it("place the axis's labels apart from each other and within the axis, each at its own tick unless it is a month drawn at the end", () => {
    assertOnSeeds(
      fc.property(ticksArb, widthArb, fc.integer({ min: 40, max: 1_500 }), (specs, widthOf, room) => {
        const texts = new Map(specs.map(({ tick, text }) => [tick.date, text]));
        for (const major of [false, true]) {
          const ticks = specs.map((spec) => spec.tick).filter((tick) => tick.major === major);
          const placed = placeAxisLabels(ticks, (tick) => texts.get(tick.date)!, widthOf, room);
          let taken = -Infinity;
          for (const label of placed) {
            const width = widthOf(label.text);
            const start = label.end ? label.x - width : label.x;
            expect(start).toBeGreaterThanOrEqual(taken);
            expect(start + width).toBeLessThanOrEqual(room);
            if (label.end) expect(label.tick.major && label.x === room).toBe(true);
            else expect(label.x).toBe(label.tick.x + 3);
            taken = start + width;
          }
          // Only a label that had no room is left out: the first tick's label shows wherever it fits.
          if (ticks.length > 0 && ticks[0]!.x + 3 + widthOf(texts.get(ticks[0]!.date)!) <= room) expect(placed[0]?.tick).toBe(ticks[0]);
        }
      }),
      300,
    );
  });

  it("fit a lane's name within its room, as a start of the name", () => {
    assertOnSeeds(
      fc.property(fc.string({ maxLength: 60 }), widthArb, fc.integer({ min: 0, max: 300 }), (name, widthOf, room) => {
        const fitted = fitText(name, room, widthOf);
        if (widthOf(name) <= room) expect(fitted).toBe(name);
        else {
          expect(fitted.endsWith('…')).toBe(true);
          expect(name.startsWith(fitted.slice(0, -1))).toBe(true);
          // Where even the ellipsis alone does not fit, nothing narrower could be shown.
          if (widthOf('…') <= room) expect(widthOf(fitted)).toBeLessThanOrEqual(room);
        }
      }),
      300,
    );
  });
});
