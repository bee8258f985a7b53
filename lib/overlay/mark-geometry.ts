/**
 * Where a mark may go beside the page's value (viewport coordinates), best first: after the value on
 * its line, at the far end of its row, just past the row, below, above, before it. Plain arithmetic; the tracker then
 * keeps the first place that covers no text and no control of the page. A place never overlaps the
 * value itself and lies wholly inside the window.
 */
import { overlaps, type Box, type Size } from './outline-geometry';

export type MarkPlacement = 'end' | 'row-end' | 'after-row' | 'below' | 'above' | 'start';
export interface MarkPlace {
  left: number;
  top: number;
  placement: MarkPlacement;
}

/** Room between the value's text and the mark. */
export const MARK_GAP = 6;
/** Room kept from the window's edges. */
const EDGE = 4;

/**
 * `value`: the value's own box (the text a mark never covers); `region`: its row or label-and-value box;
 * `end` is the reading direction's end (right in LTR, left in RTL).
 */
export function markPlaces(value: Box, region: Box, size: Size, viewport: Size, dir: 'ltr' | 'rtl' = 'ltr'): MarkPlace[] {
  const values = [value.left, value.top, value.width, value.height, region.left, region.top, region.width, region.height, size.width, size.height];
  if (!values.every(Number.isFinite) || value.width <= 0 || value.height <= 0) return [];
  const middle = value.top + (value.height - size.height) / 2;
  const after = dir === 'ltr' ? value.left + value.width + MARK_GAP : value.left - MARK_GAP - size.width;
  const before = dir === 'ltr' ? value.left - MARK_GAP - size.width : value.left + value.width + MARK_GAP;
  const rowEnd = dir === 'ltr' ? region.left + region.width - MARK_GAP - size.width : region.left + MARK_GAP;
  const afterRow = dir === 'ltr' ? region.left + region.width + MARK_GAP : region.left - MARK_GAP - size.width;
  // Below and above line up with the value's start, pulled in where the window ends.
  const start = Math.min(Math.max(dir === 'ltr' ? value.left : value.left + value.width - size.width, EDGE), viewport.width - EDGE - size.width);
  const candidates: MarkPlace[] = [
    { left: after, top: middle, placement: 'end' },
    { left: rowEnd, top: middle, placement: 'row-end' },
    { left: afterRow, top: middle, placement: 'after-row' },
    { left: start, top: value.top + value.height + MARK_GAP, placement: 'below' },
    { left: start, top: value.top - MARK_GAP - size.height, placement: 'above' },
    { left: before, top: middle, placement: 'start' },
  ];
  const inWindow = (place: MarkPlace) =>
    place.left >= EDGE && place.top >= EDGE && place.left + size.width <= viewport.width - EDGE && place.top + size.height <= viewport.height - EDGE;
  const seen = new Set<string>();
  return candidates.filter((place) => {
    const key = `${Math.round(place.left)},${Math.round(place.top)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return inWindow(place) && !overlaps({ ...place, ...size }, value, 1);
  });
}
