import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertOnSeeds } from '../../tests/support/property-seeds';
import { CLEARANCE, EDGE_MARGIN, ROOMY_HEIGHT, edgeBand, freeSpans, placeClearOfWords, placeDock, stillFree } from './dock-placement';
import { overlaps } from './outline-geometry';
import type { Box } from './outline-geometry';

const VIEWPORT = { width: 1280, height: 720 };
const PILL = { width: 300, height: 40, minHeight: 40 };
const OPEN = { width: 340, height: 900, minHeight: 140 };

const boxOf = (place: { left: number; top: number; width: number; height: number }): Box => ({ left: place.left, top: place.top, width: place.width, height: place.height });
const grown = (box: Box): Box => ({ left: box.left - CLEARANCE + 0.5, top: box.top - CLEARANCE + 0.5, width: box.width + 2 * CLEARANCE - 1, height: box.height + 2 * CLEARANCE - 1 });

/** A page's boxes and words, a dock's wants, a window and an edge, as the properties below draw them. */
const anyBox = fc.record({ left: fc.integer({ min: -100, max: 2000 }), top: fc.integer({ min: -100, max: 1200 }), width: fc.integer({ min: 1, max: 900 }), height: fc.integer({ min: 1, max: 400 }) });
const anyWant = fc.record({ width: fc.integer({ min: 40, max: 440 }), height: fc.integer({ min: 30, max: 1200 }), minHeight: fc.integer({ min: 30, max: 200 }) });
const anyViewport = fc.record({ width: fc.integer({ min: 320, max: 1920 }), height: fc.integer({ min: 300, max: 1080 }) });
const anyEdge = fc.constantFrom('right', 'left', 'top', 'bottom' as const);

describe('the dock finds free space on an edge', () => {
  it('sits bottom-right on an empty page, as tall as its content', () => {
    const place = placeDock(VIEWPORT, [], PILL);
    expect(place).toMatchObject({ edge: 'right', clear: true, height: 40, width: 300 });
    expect(place.left + place.width).toBe(VIEWPORT.width - EDGE_MARGIN);
    expect(place.top + place.height).toBe(VIEWPORT.height - EDGE_MARGIN);
  });

  it('is never taller than the window: a long dock gets the window less its margins and scrolls inside', () => {
    const place = placeDock(VIEWPORT, [], OPEN);
    expect(place.height).toBe(VIEWPORT.height - 2 * EDGE_MARGIN);
  });

  it('moves up the edge above a balance that sits in the bottom-right corner', () => {
    const balance = { left: 1000, top: 640, width: 200, height: 40 };
    const place = placeDock(VIEWPORT, [balance], PILL);
    expect(place.edge).toBe('right');
    expect(overlaps(boxOf(place), grown(balance))).toBe(false);
    expect(place.top + place.height).toBeLessThanOrEqual(balance.top - CLEARANCE);
  });

  it('shortens the open dock to the free stretch rather than cover a balance', () => {
    const balance = { left: 1000, top: 300, width: 200, height: 40 };
    const place = placeDock(VIEWPORT, [balance], OPEN);
    expect(place.clear).toBe(true);
    expect(overlaps(boxOf(place), grown(balance))).toBe(false);
    expect(place.height).toBeGreaterThanOrEqual(OPEN.minHeight);
  });

  it("keeps the user's edge when it has room, and leaves it only when it has none", () => {
    expect(placeDock(VIEWPORT, [], PILL, 'left')).toMatchObject({ edge: 'left', left: EDGE_MARGIN });
    expect(placeDock(VIEWPORT, [], PILL, 'top')).toMatchObject({ edge: 'top', top: EDGE_MARGIN });
    const leftColumn = { left: 0, top: 0, width: 400, height: 720 };
    expect(placeDock(VIEWPORT, [leftColumn], PILL, 'left').edge).not.toBe('left');
  });

  it('says when no edge has room', () => {
    const everything = { left: 0, top: 0, width: 1280, height: 720 };
    expect(placeDock(VIEWPORT, [everything], PILL).clear).toBe(false);
  });

  it('with no room anywhere, the open dock covers only the height it is of use at, at the bottom of the user\'s edge', () => {
    const everything = { left: 0, top: 0, width: 1280, height: 720 };
    const place = placeDock(VIEWPORT, [everything], OPEN);
    expect(place).toMatchObject({ edge: 'right', clear: false, height: OPEN.minHeight, width: OPEN.width });
    expect(place.top + place.height).toBe(VIEWPORT.height - EDGE_MARGIN);
    // Content shorter than that keeps its own height.
    expect(placeDock(VIEWPORT, [everything], { ...OPEN, height: 90 }).height).toBe(90);
  });

  it("finds room clear of the page's words too, at a roomy height, where an edge has it", () => {
    // A bills table in the bottom-right corner, the page's words; free space above it on the right.
    const amounts = [0, 1, 2].map((row) => ({ left: 1000, top: 560 + row * 40, width: 150, height: 20 }));
    const place = placeClearOfWords(VIEWPORT, [], amounts, OPEN, 'right')!;
    expect(place).toMatchObject({ edge: 'right', clear: true });
    for (const words of amounts) expect(overlaps(boxOf(place), grown(words))).toBe(false);
    expect(place.height).toBeGreaterThanOrEqual(ROOMY_HEIGHT);
    // placeDock alone takes the corner, over them.
    expect(overlaps(boxOf(placeDock(VIEWPORT, [], OPEN, 'right')), amounts[2]!)).toBe(true);
  });

  it('finds none clear of words below a roomy height, and keeps clear of values as well', () => {
    // Words every 100 px down the whole window: no free stretch of ROOMY_HEIGHT between them.
    const lines = Array.from({ length: 8 }, (_, row) => ({ left: 0, top: row * 100, width: 1280, height: 20 }));
    expect(placeClearOfWords(VIEWPORT, [], lines, OPEN)).toBeNull();
    // Room beside the words in the right column, but a balance there.
    const column = [{ left: 0, top: 0, width: 800, height: 720 }];
    const balance = { left: 1000, top: 300, width: 200, height: 40 };
    const place = placeClearOfWords(VIEWPORT, [balance], column, OPEN)!;
    expect(overlaps(boxOf(place), grown(balance))).toBe(false);
    expect(overlaps(boxOf(place), grown(column[0]!))).toBe(false);
  });

  it("looks for room clear of words only on the user's edge: the edge they picked outweighs the words", () => {
    // The right half is all words; the left half is free.
    const rightHalf = [{ left: 640, top: 0, width: 640, height: 720 }];
    expect(placeClearOfWords(VIEWPORT, [], rightHalf, OPEN, 'right')).toBeNull();
    expect(placeClearOfWords(VIEWPORT, [], rightHalf, OPEN, 'left')).toMatchObject({ edge: 'left', clear: true });
  });

  it('a pill shorter than a roomy height needs only its own height between words', () => {
    const lines = [{ left: 0, top: 600, width: 1280, height: 20 }];
    const place = placeClearOfWords(VIEWPORT, [], lines, PILL, 'right')!;
    expect(place).toMatchObject({ edge: 'right', clear: true, height: PILL.height });
    expect(overlaps(boxOf(place), grown(lines[0]!))).toBe(false);
  });

  it('finds the free parts of a line', () => {
    expect(freeSpans(0, 100, [{ start: 10, end: 20 }, { start: 15, end: 30 }, { start: 90, end: 120 }])).toEqual([
      { start: 0, end: 10 },
      { start: 30, end: 90 },
    ]);
  });

  it('property: a clear place is inside the window, never over a box, never taller than its content', () => {
    const box = fc.record({
      left: fc.integer({ min: -100, max: 1400 }),
      top: fc.integer({ min: -100, max: 800 }),
      width: fc.integer({ min: 1, max: 600 }),
      height: fc.integer({ min: 1, max: 300 }),
    });
    const want = fc.record({ width: fc.integer({ min: 40, max: 400 }), height: fc.integer({ min: 30, max: 1200 }), minHeight: fc.integer({ min: 30, max: 200 }) });
    assertOnSeeds(
      fc.property(anyViewport, fc.array(box, { maxLength: 12 }), want, anyEdge, (view, boxes, wanted, edge) => {
        const place = placeDock(view, boxes, wanted, edge);
        expect(place.left).toBeGreaterThanOrEqual(0);
        expect(place.top).toBeGreaterThanOrEqual(0);
        expect(place.left + place.width).toBeLessThanOrEqual(view.width);
        expect(place.top + place.height).toBeLessThanOrEqual(view.height);
        expect(place.height).toBeLessThanOrEqual(wanted.height);
        if (!place.clear) return;
        expect(place.height).toBeGreaterThanOrEqual(Math.min(wanted.minHeight, wanted.height, view.height - 2 * EDGE_MARGIN));
        for (const other of boxes) expect(overlaps(boxOf(place), grown(other))).toBe(false);
      }),
      300,
    );
  });
});

describe("the band of the page's words that can matter", () => {
  it('on the right, the dock\'s width and its margin and clearance; on the bottom, its height', () => {
    expect(edgeBand(VIEWPORT, PILL, 'right')).toEqual({ left: 1280 - 300 - EDGE_MARGIN - CLEARANCE, top: 0, width: 300 + EDGE_MARGIN + CLEARANCE, height: 720 });
    expect(edgeBand(VIEWPORT, PILL, 'left')).toMatchObject({ left: 0, width: 300 + EDGE_MARGIN + CLEARANCE });
    // Taller than the window, it gets the window less its margins.
    expect(edgeBand(VIEWPORT, OPEN, 'bottom')).toEqual({ left: 0, top: 720 - (720 - 2 * EDGE_MARGIN) - EDGE_MARGIN - CLEARANCE, width: 1280, height: 720 - EDGE_MARGIN + CLEARANCE });
    expect(edgeBand(VIEWPORT, PILL, 'top')).toEqual({ left: 0, top: 0, width: 1280, height: 40 + EDGE_MARGIN + CLEARANCE });
  });

  it("words outside it never change the place clear of words: only the band's are looked for on a page", () => {
    assertOnSeeds(
      fc.property(anyViewport, fc.array(anyBox, { maxLength: 6 }), fc.array(anyBox, { maxLength: 16 }), anyWant, anyEdge, (view, boxes, words, wanted, edge) => {
        const band = edgeBand(view, wanted, edge);
        const near = words.filter((word) => overlaps(word, band));
        expect(placeClearOfWords(view, boxes, near, wanted, edge)).toEqual(placeClearOfWords(view, boxes, words, wanted, edge));
      }),
      300,
    );
  });

  it('words not within the clearance of the place found without them leave that place as it is: the page looks there first', () => {
    let kept = 0;
    assertOnSeeds(
      fc.property(anyViewport, fc.array(anyBox, { maxLength: 6 }), fc.array(anyBox, { maxLength: 16 }), anyWant, anyEdge, (view, boxes, words, wanted, edge) => {
        const usual = placeClearOfWords(view, boxes, [], wanted, edge);
        if (!usual) return;
        // Only the words away from it: within the clearance they would touch the dock.
        const away = words.filter((word) => !overlaps(word, boxOf(usual), CLEARANCE));
        expect(placeClearOfWords(view, boxes, away, wanted, edge)).toEqual(usual);
        kept++;
      }),
      300,
    );
    expect(kept).toBeGreaterThan(100);
  });
});

describe('the dock stays where it is while nothing comes under it', () => {
  const balance = (top: number) => ({ left: 1000, top, width: 200, height: 40 });

  it('stays above a balance that has scrolled past, where placed anew it would slide back down', () => {
    // The balance scrolled into the corner: the pill moved up above it.
    const above = placeDock(VIEWPORT, [balance(640)], PILL);
    // It scrolled on, out of the window: placed anew, the pill would go back to the corner.
    expect(placeDock(VIEWPORT, [balance(-60)], PILL).top).toBeGreaterThan(above.top);
    expect(stillFree(above, VIEWPORT, [balance(-60)], PILL, 'right')).toBe(true);
    // A balance elsewhere on the page, or beside it across the window, changes nothing.
    expect(stillFree(above, VIEWPORT, [{ left: 40, top: above.top, width: 300, height: 40 }], PILL, 'right')).toBe(true);
  });

  it('moves once a box comes under it or within its clearance', () => {
    const place = placeDock(VIEWPORT, [], PILL);
    expect(stillFree(place, VIEWPORT, [], PILL, 'right')).toBe(true);
    expect(stillFree(place, VIEWPORT, [balance(place.top + 10)], PILL, 'right')).toBe(false);
    expect(stillFree(place, VIEWPORT, [{ ...balance(0), top: place.top - 40 - CLEARANCE + 1 }], PILL, 'right')).toBe(false);
    expect(stillFree(place, VIEWPORT, [{ ...balance(0), top: place.top - 40 - CLEARANCE }], PILL, 'right')).toBe(true);
  });

  it('is placed anew when its content, its edge or the window changed, or it was shortened for want of room', () => {
    const place = placeDock(VIEWPORT, [], PILL);
    expect(stillFree(place, VIEWPORT, [], { ...PILL, height: 60, minHeight: 60 }, 'right')).toBe(false);
    expect(stillFree(place, VIEWPORT, [], { ...PILL, width: 280 }, 'right')).toBe(false);
    expect(stillFree(place, VIEWPORT, [], PILL, 'left')).toBe(false);
    // A narrower window moved its right edge; a shorter one would leave it below the window's margin.
    expect(stillFree(place, { width: 1200, height: 720 }, [], PILL, 'right')).toBe(false);
    expect(stillFree(place, { width: 1280, height: 600 }, [], PILL, 'right')).toBe(false);
    const shortened = placeDock(VIEWPORT, [balance(300)], OPEN);
    expect(shortened.height).toBeLessThan(VIEWPORT.height - 2 * EDGE_MARGIN);
    expect(stillFree(shortened, VIEWPORT, [], OPEN, 'right')).toBe(false);
    // Where no edge had room, it looks for room again each time.
    expect(stillFree({ ...place, clear: false }, VIEWPORT, [], PILL, 'right')).toBe(false);
  });

  it('property: a place found at its full height on the user\'s edge is one it may stay at, and one it may stay at is clear of every box', () => {
    let full = 0;
    assertOnSeeds(
      fc.property(anyViewport, fc.array(anyBox, { maxLength: 8 }), fc.array(anyBox, { maxLength: 8 }), anyWant, anyEdge, (view, boxes, later, wanted, edge) => {
        const place = placeDock(view, boxes, wanted, edge);
        if (place.clear && place.edge === edge && place.height === Math.min(wanted.height, view.height - 2 * EDGE_MARGIN)) {
          expect(stillFree(place, view, boxes, wanted, edge)).toBe(true);
          full++;
        }
        // After a scroll, other boxes: where it stays it is inside the window and touches none.
        if (!stillFree(place, view, later, wanted, edge)) return;
        expect(place.left).toBeGreaterThanOrEqual(EDGE_MARGIN);
        expect(place.top).toBeGreaterThanOrEqual(EDGE_MARGIN);
        expect(place.left + place.width).toBeLessThanOrEqual(view.width - EDGE_MARGIN);
        expect(place.top + place.height).toBeLessThanOrEqual(view.height - EDGE_MARGIN);
        for (const other of later.filter((b) => b.left < view.width && b.top < view.height && b.left + b.width > 0 && b.top + b.height > 0)) expect(overlaps(boxOf(place), grown(other))).toBe(false);
      }),
      300,
    );
    expect(full).toBeGreaterThan(100);
  });
});
