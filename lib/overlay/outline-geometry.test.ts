import { describe, expect, it } from 'vitest';
import { OUTLINE_GAP, calloutPlaces, outlineLayout, visiblePart } from './outline-geometry';

const VIEWPORT = { width: 1280, height: 800 };
const CALLOUT = { width: 200, height: 30 };

describe('outline around the coupon field', () => {
  it('surrounds the field with a gap and puts the callout below it', () => {
    const layout = outlineLayout({ left: 300, top: 200, width: 240, height: 36 }, VIEWPORT, CALLOUT)!;
    expect(layout.outline).toEqual({ left: 300 - OUTLINE_GAP, top: 200 - OUTLINE_GAP, width: 240 + 2 * OUTLINE_GAP, height: 36 + 2 * OUTLINE_GAP });
    expect(layout.callout!.placement).toBe('below');
    expect(layout.callout!.top).toBeGreaterThan(layout.outline.top + layout.outline.height);
  });

  it('puts the callout above a field at the bottom of the viewport', () => {
    const layout = outlineLayout({ left: 300, top: 760, width: 240, height: 30 }, VIEWPORT, CALLOUT)!;
    expect(layout.callout!.placement).toBe('above');
    expect(layout.callout!.top + CALLOUT.height).toBeLessThan(layout.outline.top);
  });

  it('keeps the callout inside the viewport for a field at the right edge', () => {
    const layout = outlineLayout({ left: 1250, top: 100, width: 28, height: 28 }, VIEWPORT, CALLOUT)!;
    expect(layout.callout!.left + CALLOUT.width).toBeLessThanOrEqual(VIEWPORT.width);
  });

  it('clips the outline to the viewport for a field half scrolled out', () => {
    const layout = outlineLayout({ left: 300, top: -20, width: 240, height: 36 }, VIEWPORT, CALLOUT)!;
    expect(layout.outline.top).toBe(0);
    expect(layout.outline.height).toBe(16 + OUTLINE_GAP);
  });

  it('draws nothing for a field with no size or wholly off screen', () => {
    expect(outlineLayout({ left: 300, top: 200, width: 0, height: 36 }, VIEWPORT, CALLOUT)).toBeNull();
    expect(outlineLayout({ left: 300, top: 900, width: 240, height: 36 }, VIEWPORT, CALLOUT)).toBeNull();
    expect(outlineLayout({ left: -300, top: 200, width: 240, height: 36 }, VIEWPORT, CALLOUT)).toBeNull();
    expect(outlineLayout({ left: Number.NaN, top: 200, width: 240, height: 36 }, VIEWPORT, CALLOUT)).toBeNull();
  });

  it('measures the part of a box that is on screen', () => {
    expect(visiblePart({ left: -10, top: 790, width: 100, height: 40 }, VIEWPORT)).toEqual({ left: 0, top: 790, width: 90, height: 10 });
    expect(visiblePart({ left: 0, top: 810, width: 100, height: 40 }, VIEWPORT)).toBeNull();
  });
});

describe('places for the callout', () => {
  it('offers below, above, after and before the outline, each inside the viewport', () => {
    const outline = { left: 400, top: 300, width: 248, height: 44 };
    const places = calloutPlaces(outline, VIEWPORT, CALLOUT);
    expect(places.map((place) => place.placement)).toEqual(['below', 'above', 'end', 'start']);
    for (const place of places) {
      expect(place.left).toBeGreaterThanOrEqual(0);
      expect(place.left + CALLOUT.width).toBeLessThanOrEqual(VIEWPORT.width);
      const overlapsOutline =
        place.left < outline.left + outline.width && outline.left < place.left + CALLOUT.width && place.top < outline.top + outline.height && outline.top < place.top + CALLOUT.height;
      expect(overlapsOutline, place.placement).toBe(false);
    }
  });

  it('leaves out the places that do not fit beside a field in the corner', () => {
    const places = calloutPlaces({ left: 1100, top: 740, width: 176, height: 56 }, VIEWPORT, CALLOUT);
    expect(places.map((place) => place.placement)).toEqual(['above', 'start']);
  });
});
