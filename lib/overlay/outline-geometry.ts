/**
 * Where the in-place coupon outline and its callout go, from the target's box in viewport coordinates.
 * Plain arithmetic (as Bitwarden's inline menu does), so the outline never needs the page's layout.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** True when two boxes share any area, or come within `pad` of each other. */
export const overlaps = (a: Box, b: Box, pad = 0): boolean =>
  a.left < b.left + b.width + pad && b.left - pad < a.left + a.width && a.top < b.top + b.height + pad && b.top - pad < a.top + a.height;

export interface Size {
  width: number;
  height: number;
}

/** True when a box has an area and some of it lies in the window (viewport coordinates). */
export const inView = (box: Box, viewport: Size): boolean =>
  box.width > 0 && box.height > 0 && box.left < viewport.width && box.top < viewport.height && box.left + box.width > 0 && box.top + box.height > 0;

export type CalloutPlacement = 'above' | 'below' | 'inside' | 'end' | 'start';

export interface OutlineLayout {
  outline: Box;
  /** Null when every place for it would cover something of the page: the outline then stands alone. */
  callout: { left: number; top: number; placement: CalloutPlacement } | null;
}

/** Room between the target's edge and the outline, so the outline never hides the field's own border. */
export const OUTLINE_GAP = 4;
const CALLOUT_GAP = 6;
const EDGE = 8;

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), Math.max(min, max));

/**
 * The outline around `target` (clipped to the viewport) and a callout above or below it; null when the
 * target has no size or lies wholly outside the viewport, where an outline would point at nothing.
 */
export function outlineLayout(target: Box, viewport: Size, callout: Size): OutlineLayout | null {
  const values = [target.left, target.top, target.width, target.height, viewport.width, viewport.height];
  if (!values.every(Number.isFinite)) return null;
  if (target.width <= 0 || target.height <= 0) return null;
  const right = target.left + target.width;
  const bottom = target.top + target.height;
  if (right <= 0 || bottom <= 0 || target.left >= viewport.width || target.top >= viewport.height) return null;

  const left = Math.max(target.left - OUTLINE_GAP, 0);
  const top = Math.max(target.top - OUTLINE_GAP, 0);
  const outline = {
    left,
    top,
    width: Math.min(right + OUTLINE_GAP, viewport.width) - left,
    height: Math.min(bottom + OUTLINE_GAP, viewport.height) - top,
  };

  const below = outline.top + outline.height + CALLOUT_GAP;
  const above = outline.top - CALLOUT_GAP - callout.height;
  const placement = below + callout.height <= viewport.height - EDGE ? 'below' : above >= EDGE ? 'above' : 'inside';
  const calloutTop = placement === 'below' ? below : placement === 'above' ? above : outline.top + CALLOUT_GAP;
  const calloutLeft = clamp(outline.left, EDGE, viewport.width - EDGE - callout.width);
  return { outline, callout: { left: calloutLeft, top: calloutTop, placement } };
}

/** The visible part of a box, for a hit test at its centre; null when nothing of it is on screen. */
export function visiblePart(box: Box, viewport: Size): Box | null {
  const left = Math.max(box.left, 0);
  const top = Math.max(box.top, 0);
  const right = Math.min(box.left + box.width, viewport.width);
  const bottom = Math.min(box.top + box.height, viewport.height);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
}

/**
 * Where the callout could go around an outline, best first: below, above, after it, before it (in
 * viewport terms), each inside the viewport. The tracker takes the first that covers nothing of the page.
 */
export function calloutPlaces(outline: Box, viewport: Size, callout: Size): { left: number; top: number; placement: CalloutPlacement }[] {
  const places: { left: number; top: number; placement: CalloutPlacement }[] = [];
  const left = clamp(outline.left, EDGE, viewport.width - EDGE - callout.width);
  const below = outline.top + outline.height + CALLOUT_GAP;
  if (below + callout.height <= viewport.height - EDGE) places.push({ left, top: below, placement: 'below' });
  const above = outline.top - CALLOUT_GAP - callout.height;
  if (above >= EDGE) places.push({ left, top: above, placement: 'above' });
  const top = clamp(outline.top + (outline.height - callout.height) / 2, EDGE, viewport.height - EDGE - callout.height);
  const after = outline.left + outline.width + CALLOUT_GAP;
  if (after + callout.width <= viewport.width - EDGE) places.push({ left: after, top, placement: 'end' });
  const before = outline.left - CALLOUT_GAP - callout.width;
  if (before >= EDGE) places.push({ left: before, top, placement: 'start' });
  return places;
}
