/**
 * Where the dock goes: on an edge of the window, in space that no box it must keep clear of touches
 * (what the reader read, the page's visible controls). Plain arithmetic on viewport boxes, like the
 * outline's (outline-geometry.ts), so it is tested without a browser.
 */
import { inView, overlaps, type Box, type Size } from './outline-geometry';

export const DOCK_EDGES = ['right', 'left', 'bottom', 'top'] as const;
export type DockEdge = (typeof DOCK_EDGES)[number];

export interface DockWant {
  width: number;
  /** The height its content would take. */
  height: number;
  /** Below this it is no longer useful (a header and one row); it then scrolls inside. */
  minHeight: number;
}

export interface DockPlace {
  edge: DockEdge;
  left: number;
  top: number;
  width: number;
  /** What it gets: its content's height, or less (then it scrolls inside), never more than the window. */
  height: number;
  /** False when no edge had room: the place then covers as little as it can. */
  clear: boolean;
}

/** Distance from the window's edge. */
export const EDGE_MARGIN = 8;
/** Room kept around every box the dock must not cover, so it never touches one. */
export const CLEARANCE = 4;

interface Span {
  start: number;
  end: number;
}

/** The parts of [from, to] that no blocked span touches, in order. */
export function freeSpans(from: number, to: number, blocked: readonly Span[]): Span[] {
  const sorted = [...blocked].sort((a, b) => a.start - b.start);
  const free: Span[] = [];
  let cursor = from;
  for (const span of sorted) {
    if (span.end <= cursor) continue;
    if (span.start >= to) break;
    if (span.start > cursor) free.push({ start: cursor, end: span.start });
    cursor = Math.max(cursor, span.end);
  }
  if (cursor < to) free.push({ start: cursor, end: to });
  return free;
}

const inflate = (box: Box): Span & { left: number; right: number } => ({
  left: box.left - CLEARANCE,
  right: box.left + box.width + CLEARANCE,
  start: box.top - CLEARANCE,
  end: box.top + box.height + CLEARANCE,
});

/** A column at the left or right edge: the lowest free stretch tall enough, else the tallest one. */
function onSide(edge: 'left' | 'right', viewport: Size, boxes: readonly Box[], want: DockWant): DockPlace | null {
  const width = Math.min(want.width, viewport.width - 2 * EDGE_MARGIN);
  const left = edge === 'right' ? viewport.width - EDGE_MARGIN - width : EDGE_MARGIN;
  const blocked = boxes.map(inflate).filter((box) => box.left < left + width && box.right > left);
  const spans = freeSpans(EDGE_MARGIN, viewport.height - EDGE_MARGIN, blocked);
  const need = Math.min(want.height, viewport.height - 2 * EDGE_MARGIN);
  const tall = spans.filter((span) => span.end - span.start >= need);
  if (tall.length > 0) {
    const span = tall[tall.length - 1]!;
    return { edge, left, top: span.end - need, width, height: need, clear: true };
  }
  const tallest = spans.reduce<Span | null>((best, span) => (!best || span.end - span.start > best.end - best.start ? span : best), null);
  if (!tallest || tallest.end - tallest.start < Math.min(want.minHeight, need)) return null;
  return { edge, left, top: tallest.start, width, height: tallest.end - tallest.start, clear: true };
}

/** A box against the top or bottom edge: the rightmost free stretch wide enough, at the tallest height that has one. */
function onEnd(edge: 'top' | 'bottom', viewport: Size, boxes: readonly Box[], want: DockWant): DockPlace | null {
  const width = Math.min(want.width, viewport.width - 2 * EDGE_MARGIN);
  const most = Math.min(want.height, viewport.height - 2 * EDGE_MARGIN);
  const least = Math.min(want.minHeight, most);
  for (let height = most; height >= least; height = height === least ? -1 : Math.max(least, Math.floor(height * 0.75))) {
    const top = edge === 'bottom' ? viewport.height - EDGE_MARGIN - height : EDGE_MARGIN;
    const blocked = boxes
      .map(inflate)
      .filter((box) => box.start < top + height && box.end > top)
      .map((box) => ({ start: box.left, end: box.right }));
    const spans = freeSpans(EDGE_MARGIN, viewport.width - EDGE_MARGIN, blocked).filter((span) => span.end - span.start >= width);
    const span = spans[spans.length - 1];
    if (span) return { edge, left: span.end - width, top, width, height, clear: true };
  }
  return null;
}

/**
 * The least an open dock takes to keep clear of the page's words: enough for its header and a card
 * or two. Below this it covers words rather than scroll in a sliver (it still never covers a value).
 */
export const ROOMY_HEIGHT = 240;

/**
 * A place on the user's edge clear of the page's `words` too (a bill's amount, a table's status: what
 * the user reads beside the dock), at `ROOMY_HEIGHT` at least; null when it has none. Tried before
 * `placeDock`. Only the user's edge: the edge they picked outweighs the words it covers.
 */
export function placeClearOfWords(viewport: Size, boxes: readonly Box[], words: readonly Box[], want: DockWant, edge: DockEdge = 'right'): DockPlace | null {
  const place = placeDock(viewport, [...boxes, ...words], { ...want, minHeight: Math.min(want.height, Math.max(want.minHeight, ROOMY_HEIGHT)) }, edge);
  // placeDock tries the user's edge first: a place on another edge means it had no room.
  return place.clear && place.edge === edge ? place : null;
}

/**
 * Where on `edge` the dock can sit, with the clearance kept around what it must not touch: only the
 * page's words there can be under it, so only they are looked for (on every read of a changing page).
 */
export function edgeBand(viewport: Size, want: DockWant, edge: DockEdge): Box {
  const reach = (size: number, room: number) => Math.min(size, room - 2 * EDGE_MARGIN) + EDGE_MARGIN + CLEARANCE;
  if (edge === 'left' || edge === 'right') {
    const width = reach(want.width, viewport.width);
    return { left: edge === 'right' ? viewport.width - width : 0, top: 0, width, height: viewport.height };
  }
  const height = reach(want.height, viewport.height);
  return { left: 0, top: edge === 'bottom' ? viewport.height - height : 0, width: viewport.width, height };
}

/**
 * Whether the dock may stay at `last` when it measures again: still on the user's edge, as wide and as
 * tall as its content wants, inside the window, and clear of every box. Placed anew after each scroll,
 * it slid back down its edge as soon as a box had passed: it moved under the user's eyes twice for
 * one thing scrolling by. A shortened dock is placed anew, to find the room it lacked.
 */
export function stillFree(last: DockPlace, viewport: Size, boxes: readonly Box[], want: DockWant, edge: DockEdge): boolean {
  // On an empty page: its size, its distance from the edge, and the far end of the edge it slides along.
  const bare = placeDock(viewport, [], want, edge);
  const side = edge === 'left' || edge === 'right';
  return (
    last.clear &&
    last.edge === edge &&
    last.width === bare.width &&
    last.height === bare.height &&
    (side ? last.left === bare.left && last.top >= EDGE_MARGIN && last.top <= bare.top : last.top === bare.top && last.left >= EDGE_MARGIN && last.left <= bare.left) &&
    !boxes.some((box) => inView(box, viewport) && overlaps(box, last, CLEARANCE))
  );
}

/**
 * The dock's place: the user's edge when it has room, else the first other edge that has. With no room
 * anywhere it goes to the user's edge, bottom-aligned, only as tall as it is of use (it scrolls inside),
 * so it covers less, and says so (`clear: false`).
 */
export function placeDock(viewport: Size, boxes: readonly Box[], want: DockWant, preferred: DockEdge = 'right'): DockPlace {
  const visible = boxes.filter((box) => inView(box, viewport));
  const order = [preferred, ...DOCK_EDGES.filter((edge) => edge !== preferred)];
  for (const edge of order) {
    const place = edge === 'left' || edge === 'right' ? onSide(edge, viewport, visible, want) : onEnd(edge, viewport, visible, want);
    if (place) return place;
  }
  const width = Math.min(want.width, viewport.width - 2 * EDGE_MARGIN);
  const height = Math.min(want.height, want.minHeight, viewport.height - 2 * EDGE_MARGIN);
  const left = preferred === 'left' ? EDGE_MARGIN : viewport.width - EDGE_MARGIN - width;
  const top = preferred === 'top' ? EDGE_MARGIN : viewport.height - EDGE_MARGIN - height;
  return { edge: preferred, left, top, width, height, clear: false };
}
