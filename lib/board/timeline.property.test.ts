/**
 * The timeline's geometry for random notebooks (tests/support/notebook-cases.ts), at random widths and
 * windows: what the board draws must never hide a bar, draw outside its lane or chart, or leave a bar
 * the arrow keys cannot reach. The examples in timeline.test.ts say where bars go; these say what
 * holds for every notebook.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notebookCaseArb } from '../../tests/support/notebook-cases';
import { assertOnSeeds } from '../../tests/support/property-seeds';
import { boardRows } from './rows';
import { BAR_HEIGHT, LANE_PADDING, moveFrom, timelineGeometry, type Bar, type BarMove } from './timeline';

/** The drawing: a notebook's rows laid out at a width and a window, per account or per item. */
const drawingArb = fc.record({
  notebook: notebookCaseArb(),
  width: fc.integer({ min: 40, max: 2_000 }),
  daysBefore: fc.integer({ min: 0, max: 60 }),
  daysAfter: fc.integer({ min: 1, max: 120 }),
  perItem: fc.boolean(),
});

type Drawing = typeof drawingArb extends fc.Arbitrary<infer T> ? T : never;

function layOut({ notebook, width, daysBefore, daysAfter, perItem }: Drawing) {
  const rows = boardRows(notebook.notes, notebook.observations, notebook.now, notebook.timeZone);
  return { rows, geometry: timelineGeometry(rows, { now: notebook.now, timeZone: notebook.timeZone, width, daysBefore, daysAfter, perItem }) };
}

/** Where a bar's drawing ends on the right: its last part's end. */
const rightOf = (bar: Bar) => Math.max(bar.x, ...bar.parts.map((part) => part.x + part.width));
const NEAR = 1e-6;

describe('the timeline, property', () => {
  it('stacks its lanes without gaps, keeps each bar inside its lane and the chart, and draws every dated row once', () => {
    assertOnSeeds(
      fc.property(drawingArb, (drawing) => {
        const { rows, geometry } = layOut(drawing);
        let y = 0;
        const drawn = new Set<string>();
        for (const lane of geometry.lanes) {
          expect(lane.y).toBe(y);
          expect(lane.bars.length).toBeGreaterThan(0);
          y += lane.height;
          for (const bar of lane.bars) {
            expect(drawn.has(bar.rowKey), bar.rowKey).toBe(false);
            drawn.add(bar.rowKey);
            expect(bar.y).toBeGreaterThanOrEqual(lane.y + LANE_PADDING);
            expect(bar.y + BAR_HEIGHT).toBeLessThanOrEqual(lane.y + lane.height - LANE_PADDING);
            expect(bar.x).toBeGreaterThanOrEqual(0);
            if (bar.deadlineX !== null) expect(bar.deadlineX).toBeGreaterThanOrEqual(0);
            if (bar.deadlineX !== null) expect(bar.deadlineX).toBeLessThanOrEqual(geometry.width);
            for (const part of bar.parts) {
              expect(part.x).toBeGreaterThanOrEqual(0);
              expect(part.width).toBeGreaterThanOrEqual(1);
              // A part of no length is drawn a pixel wide, at most a pixel past the edge.
              expect(part.x + part.width).toBeLessThanOrEqual(geometry.width + 1);
            }
          }
        }
        expect(geometry.height).toBe(y);
        expect(drawn.size + geometry.outside).toBe(rows.length);
      }),
      150,
    );
  });

  it('never draws two bars of a lane over each other, and mutes exactly the parts before today', () => {
    assertOnSeeds(
      fc.property(drawingArb, (drawing) => {
        const { geometry } = layOut(drawing);
        for (const lane of geometry.lanes) {
          const tracks = new Map<number, Bar[]>();
          for (const bar of lane.bars) tracks.set(bar.y, [...(tracks.get(bar.y) ?? []), bar]);
          for (const track of tracks.values()) {
            const inOrder = [...track].sort((a, b) => a.x - b.x);
            for (let i = 1; i < inOrder.length; i++) expect(rightOf(inOrder[i - 1]!), `${inOrder[i - 1]!.rowKey} then ${inOrder[i]!.rowKey}`).toBeLessThan(inOrder[i]!.x);
          }
          for (const bar of lane.bars) {
            for (const part of bar.parts) {
              // Past: it ends by today (a part of no length is drawn a pixel wide); else it starts there or later.
              if (part.past) expect(part.x + part.width).toBeLessThanOrEqual(Math.max(geometry.todayX, part.x + 1) + NEAR);
              else expect(part.x).toBeGreaterThanOrEqual(geometry.todayX - NEAR);
            }
          }
        }
      }),
      150,
    );
  });

  it('lets the arrow keys reach every bar from the first, and Home and End go to the first and last', () => {
    const MOVES: BarMove[] = ['left', 'right', 'up', 'down'];
    assertOnSeeds(
      fc.property(drawingArb, (drawing) => {
        const { geometry } = layOut(drawing);
        const keys = geometry.lanes.flatMap((lane) => lane.bars.map((bar) => bar.rowKey));
        if (keys.length === 0) {
          expect(moveFrom(geometry.lanes, null, 'first')).toBeNull();
          return;
        }
        const first = moveFrom(geometry.lanes, null, 'first')!;
        expect(first).not.toBeNull();
        const reached = new Set([first]);
        const queue = [first];
        while (queue.length > 0) {
          const here = queue.shift()!;
          for (const move of MOVES) {
            const there = moveFrom(geometry.lanes, here, move);
            expect(keys).toContain(there);
            if (!reached.has(there!)) {
              reached.add(there!);
              queue.push(there!);
            }
          }
        }
        expect([...reached].sort()).toEqual([...keys].sort());
        expect(moveFrom(geometry.lanes, first, 'last')).toBe(moveFrom(geometry.lanes, null, 'last'));
        expect(geometry.lanes[0]!.bars.map((bar) => bar.rowKey)).toContain(first);
        expect(geometry.lanes.at(-1)!.bars.map((bar) => bar.rowKey)).toContain(moveFrom(geometry.lanes, first, 'last'));
      }),
      150,
    );
  });
});
