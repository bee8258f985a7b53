/**
 * Keeps the dock in free space: measures what it must not cover (page-boxes.ts) and its own content,
 * and places it (lib/overlay/dock-placement.ts) when it opens or folds, when its content or the reading
 * changes, and once the window has stopped resizing or scrolling. Between those it stays put: a dock
 * that chased every scroll event would be hard to click. After a scroll it stays, too, unless something
 * came under it.
 */
import { placeDock, stillFree, type DockEdge, type DockPlace } from '../../lib/overlay/dock-placement';
import type { Box } from '../../lib/overlay/outline-geometry';
import { viewportOf } from './page-measure';
import { clearOfWordsIn } from './words-on-screen';

/** The open dock's width; the pill takes its own width up to this. */
export const OPEN_WIDTH = 340;
/** The open dock below this height is no use: its header and one row. */
const OPEN_MIN_HEIGHT = 132;
/** Quiet time after the last scroll or resize before the dock looks for space again. */
const SETTLE_MS = 120;

export interface DockSurroundings {
  /** The boxes the dock must keep clear of, measured now. */
  keepClear(): Box[];
}

/** What the dock wants, as of its last draw. */
interface Wanted {
  open: boolean;
  edge: DockEdge;
  surroundings: DockSurroundings | null;
}

export class DockPlacer {
  /** Where the dock sits; null until it was first measured (it stays out of sight until then). */
  place: DockPlace | null = null;
  #wanted: Wanted = { open: false, edge: 'right', surroundings: null };
  #key: string | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #gone = false;
  readonly #later = () => {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#measure(), SETTLE_MS);
  };

  readonly #dock: HTMLElement;
  readonly #moved: () => void;

  /** `moved` redraws the dock at its new place. */
  constructor(
    dock: HTMLElement,
    moved: () => void,
  ) {
    this.#dock = dock;
    this.#moved = moved;
    const view = dock.ownerDocument.defaultView;
    view?.addEventListener('resize', this.#later, { passive: true });
    view?.document.addEventListener('scroll', this.#later, { capture: true, passive: true });
  }

  /** After each draw: measures again when the dock opened or folded, changed edge, or its content (`layoutKey`) changed. */
  update(wanted: Wanted, layoutKey: string): void {
    this.#wanted = wanted;
    const key = `${wanted.open} ${wanted.edge} ${layoutKey}`;
    if (key !== this.#key) {
      this.#key = key;
      this.#measure();
    }
  }

  /** Something it keeps clear of came, went or moved (our callout, a mark): measures once that has settled, as after a scroll. */
  surroundingsMoved(): void {
    if (!this.#gone) this.#later();
  }

  destroy(): void {
    this.#gone = true;
    clearTimeout(this.#timer);
    const view = this.#dock.ownerDocument.defaultView;
    view?.removeEventListener('resize', this.#later);
    view?.document.removeEventListener('scroll', this.#later, { capture: true });
  }

  #measure(): void {
    const element = this.#dock;
    if (!element.ownerDocument.defaultView) return;
    const { open, edge, surroundings } = this.#wanted;
    // The content's own height: the dock is laid out unconstrained (max-height: none) while measured.
    const previous = element.style.maxHeight;
    element.style.maxHeight = 'none';
    const natural = { width: Math.ceil(element.offsetWidth), height: Math.ceil(element.scrollHeight) };
    element.style.maxHeight = previous;
    const want = { width: open ? OPEN_WIDTH : natural.width, height: natural.height, minHeight: open ? OPEN_MIN_HEIGHT : natural.height };
    const boxes = surroundings?.keepClear() ?? [];
    const viewport = viewportOf(element.ownerDocument);
    const last = this.place;
    // It stays while nothing came under it; clear of the page's words too where there is room, the folded pill from the first paint.
    const kept = last && stillFree(last, viewport, boxes, want, edge) ? last : null;
    const next = clearOfWordsIn(element.ownerDocument, boxes, want, edge, kept) ?? kept ?? placeDock(viewport, boxes, want, edge);
    if (last && samePlace(last, next)) return;
    this.place = next;
    this.#moved();
  }
}

function samePlace(a: DockPlace, b: DockPlace): boolean {
  return a.edge === b.edge && a.clear === b.clear && Math.round(a.left) === Math.round(b.left) && Math.round(a.top) === Math.round(b.top) && Math.round(a.width) === Math.round(b.width) && Math.round(a.height) === Math.round(b.height);
}
