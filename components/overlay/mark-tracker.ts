/**
 * Follows the page's elements the marks point at (the credit balance, a promotion's row, the rejection
 * message), like the coupon outline does: scroll (capture, passive), resize, the element's own size,
 * and the page re-rendering it (the element is found again in the latest reading's elements). Only
 * measures: the page's elements are never moved or restyled.
 *
 * A place is chosen (free of the page's text and controls) when the marks, the reading, their sizes
 * or the window change, and once a scroll has settled; between those a scroll frame only moves each
 * mark with its element, so following costs one box read per mark and frame.
 */
import type { Mark } from '../../lib/overlay/marks';
import { markPlaces, type MarkPlace } from '../../lib/overlay/mark-geometry';
import { overlaps, type Box, type Size } from '../../lib/overlay/outline-geometry';
import type { SessionScope } from '../../lib/overlay/scope';
import type { ReadElements } from '../../lib/reader/read-elements';
import { nothingAbove, obstaclesAround, onTop, resolveAnchor, type Anchor } from './mark-anchor';
import { boxOf, isShown, rectBox, viewportOf } from './page-measure';
import { PageFollower } from './page-follower';

export type MarkPlaces = ReadonlyMap<string, MarkPlace>;

/** Used until a mark's own size is known (one line, overlay.css `.mark`). */
const DEFAULT_SIZE: Size = { width: 200, height: 26 };
/** Quiet time after the last scroll before places are chosen again. */
const SETTLE_MS = 150;
/** Room kept around the page's text and controls. */
const PAD = 2;

interface Chosen {
  anchor: Anchor;
  /** The place relative to the value's box, so a scroll frame only adds the value's new position. */
  dx: number;
  dy: number;
  placement: MarkPlace['placement'];
}

/**
 * The box of the value's text itself, not of its element: a block element spans its column, and a
 * mark "after the value" belongs after the digits.
 */
function textBoxOf(element: Element): Box {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  const r = range.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? rectBox(r) : boxOf(element);
}

export class MarkTracker {
  #marks: readonly Mark[] = [];
  readonly #sizes = new Map<string, Size>();
  readonly #chosen = new Map<string, Chosen | null>();
  #settleTimer: number | null = null;
  #chooseNext = true;
  readonly #follower: PageFollower<MarkPlaces>;

  readonly #scope: SessionScope;
  readonly #document: Document;
  readonly #ownHost: () => Element | null;
  readonly #elements: () => ReadElements;
  readonly #keepClear: () => Box[];

  constructor(
    scope: SessionScope,
    document: Document,
    /** Our own overlay host: above the page, never an obstacle. */
    ownHost: () => Element | null,
    /** The latest reading's elements (found again after the page re-rendered and was read). */
    elements: () => ReadElements,
    /** Boxes of our own a mark keeps clear of too: the coupon callout. */
    keepClear: () => Box[] = () => [],
  ) {
    this.#scope = scope;
    this.#document = document;
    this.#ownHost = ownHost;
    this.#elements = elements;
    this.#keepClear = keepClear;
    this.#follower = new PageFollower<MarkPlaces>(scope, document, {
      initial: new Map(),
      measure: () => this.#measure(),
      same: samePlaces,
      onScroll: () => this.#onScroll(),
      onResize: () => this.refresh(),
    });
  }

  current(): MarkPlaces {
    return this.#follower.current();
  }

  /** Our marks' boxes now: the dock keeps clear of them too. */
  boxes(): Box[] {
    return [...this.current().entries()].map(([id, place]) => ({ left: place.left, top: place.top, ...(this.#sizes.get(id) ?? DEFAULT_SIZE) }));
  }

  setMarks(marks: readonly Mark[]): void {
    const same = marks.length === this.#marks.length && marks.every((mark, index) => mark.id === this.#marks[index]!.id && JSON.stringify(mark.anchor) === JSON.stringify(this.#marks[index]!.anchor));
    this.#marks = marks;
    if (!same) this.refresh();
  }

  /** The rendered marks' sizes (plain/marks.ts measures its own buttons). */
  setSizes(sizes: ReadonlyMap<string, Size>): void {
    let changed = false;
    for (const [id, size] of sizes) {
      const last = this.#sizes.get(id);
      if (!last || Math.round(last.width) !== Math.round(size.width) || Math.round(last.height) !== Math.round(size.height)) {
        this.#sizes.set(id, size);
        changed = true;
      }
    }
    if (changed) this.refresh();
  }

  /** A new read (the page may have re-rendered an element): find the elements again and choose places. */
  refresh(): void {
    this.#chosen.clear();
    this.#chooseNext = true;
    this.#follower.schedule();
  }

  subscribe(listener: (places: MarkPlaces) => void): () => void {
    const unsubscribe = this.#follower.subscribe(listener);
    this.refresh();
    return unsubscribe;
  }

  /** A scroll frame only moves the marks; their places are chosen again once the scroll has settled. */
  #onScroll(): void {
    this.#follower.schedule();
    this.surroundingsMoved();
  }

  /** What the marks keep clear of moved (the page scrolled, our callout moved): places are chosen again once that has settled. */
  surroundingsMoved(): void {
    if (this.#settleTimer !== null) this.#scope.clearTimeout(this.#settleTimer);
    this.#settleTimer = this.#scope.setTimeout(() => {
      this.#settleTimer = null;
      this.#chooseNext = true;
      this.#follower.schedule();
    }, SETTLE_MS);
  }

  #measure(): Map<string, MarkPlace> {
    const choose = this.#chooseNext;
    this.#chooseNext = false;
    const viewport = viewportOf(this.#document);
    const places = new Map<string, MarkPlace>();
    const live = new Set<Element>();
    for (const mark of this.#marks) {
      let chosen = this.#chosen.get(mark.id);
      // A node the page replaced: the latest reading's elements hold its successor.
      if (chosen && (!chosen.anchor.value.isConnected || !chosen.anchor.region.isConnected)) chosen = undefined;
      if (chosen === undefined || choose) {
        chosen = this.#choose(mark, viewport);
        this.#chosen.set(mark.id, chosen);
      }
      if (!chosen) continue;
      live.add(chosen.anchor.region);
      const value = textBoxOf(chosen.anchor.value);
      const size = this.#sizes.get(mark.id) ?? DEFAULT_SIZE;
      const place = { left: value.left + chosen.dx, top: value.top + chosen.dy, placement: chosen.placement };
      // Mid-scroll a mark that would leave the window, or reach over the value, waits for the next choice.
      const inside = place.left >= 0 && place.top >= 0 && place.left + size.width <= viewport.width && place.top + size.height <= viewport.height;
      if (inside && value.width > 0 && !overlaps({ ...place, ...size }, value)) places.set(mark.id, place);
    }
    this.#follower.observe(live);
    return places;
  }

  #choose(mark: Mark, viewport: Size): Chosen | null {
    const anchor = resolveAnchor(this.#elements(), mark.anchor);
    if (!anchor) return null;
    if (!isShown(anchor.value)) return null;
    const value = textBoxOf(anchor.value);
    const region = boxOf(anchor.region);
    const size = this.#sizes.get(mark.id) ?? DEFAULT_SIZE;
    const dir = this.#document.defaultView?.getComputedStyle(anchor.value).direction === 'rtl' ? 'rtl' : 'ltr';
    const candidates = markPlaces(value, region, size, viewport, dir);
    const own = this.#ownHost();
    if (candidates.length === 0 || !onTop(this.#document, anchor, value, viewport, own)) return null;
    const obstacles = [...obstaclesAround(anchor), ...this.#keepClear()];
    const free = candidates.find((place) => {
      const box = { ...place, ...size };
      return !obstacles.some((obstacle) => overlaps(box, obstacle, PAD)) && nothingAbove(this.#document, box, anchor, own);
    });
    return free ? { anchor, dx: free.left - value.left, dy: free.top - value.top, placement: free.placement } : null;
  }
}

function samePlaces(a: MarkPlaces, b: MarkPlaces): boolean {
  if (a.size !== b.size) return false;
  for (const [id, place] of a) {
    const other = b.get(id);
    if (!other || Math.round(other.left) !== Math.round(place.left) || Math.round(other.top) !== Math.round(place.top)) return false;
  }
  return true;
}
