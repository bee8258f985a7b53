import { describe, expect, it } from 'vitest';
import { markPlaces } from './mark-geometry';
import { overlaps } from './outline-geometry';

const viewport = { width: 1280, height: 720 };
const size = { width: 180, height: 24 };

describe('where a mark may go beside a value', () => {
  it('after the value on its line first, then the row\'s far end, past the row, below, above, before', () => {
    const value = { left: 200, top: 300, width: 60, height: 20 };
    const row = { left: 100, top: 296, width: 900, height: 28 };
    const places = markPlaces(value, row, size, viewport);
    expect(places.map((place) => place.placement)).toEqual(['end', 'row-end', 'after-row', 'below', 'above', 'start']);
    expect(places[0]).toEqual({ left: 266, top: 298, placement: 'end' });
    expect(places[1]!.left).toBe(1000 - 6 - 180);
  });

  it('never overlaps the value\'s text, and stays inside the window', () => {
    const value = { left: 1150, top: 4, width: 120, height: 20 };
    const places = markPlaces(value, value, size, viewport);
    for (const place of places) {
      expect(overlaps({ ...place, ...size }, value)).toBe(false);
      expect(place.left).toBeGreaterThanOrEqual(0);
      expect(place.left + size.width).toBeLessThanOrEqual(viewport.width);
      expect(place.top).toBeGreaterThanOrEqual(0);
    }
    // After it is past the window's edge; before it, on its line, would reach above the window.
    expect(places.map((place) => place.placement)).toEqual(['below']);
  });

  it('right to left, "after" is to the value\'s left', () => {
    const value = { left: 600, top: 300, width: 60, height: 20 };
    const [first] = markPlaces(value, value, size, viewport, 'rtl');
    expect(first).toEqual({ left: 600 - 6 - 180, top: 298, placement: 'end' });
  });

  it('a value with no size, or numbers that are not numbers: no place', () => {
    expect(markPlaces({ left: 0, top: 0, width: 0, height: 0 }, { left: 0, top: 0, width: 10, height: 10 }, size, viewport)).toEqual([]);
    expect(markPlaces({ left: Number.NaN, top: 0, width: 10, height: 10 }, { left: 0, top: 0, width: 10, height: 10 }, size, viewport)).toEqual([]);
  });
});
