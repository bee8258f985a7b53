/**
 * Follows the page's coupon field (or the button that opens it) so the in-place outline stays on it:
 * any scroll, resize or change of the element's own size measures again in the next frame
 * (page-follower.ts), and the page re-rendering it resolves the selector again when the node is gone.
 * Only measures: the page's elements are never moved or restyled.
 */
import type { SessionScope } from '../../lib/overlay/scope';
import { calloutPlaces, outlineLayout, overlaps, visiblePart, type Box, type OutlineLayout, type Size } from '../../lib/overlay/outline-geometry';
import { resolveSelector } from '../../lib/reader/selector';
import { INTERACTIVE, NEIGHBOURHOOD, obstaclesIn } from './page-boxes';
import { isShown, ownTextIn, regionAround, topmostAt, viewportOf } from './page-measure';
import { PageFollower } from './page-follower';
import { bringIntoView } from './bring-into-view';

export type EntryKind = 'field' | 'opener';

/** The callout's largest box (overlay.css sets the same as `--cl-callout-width` and `--cl-callout-height`: 240 px wide, up to two lines), for choosing where it goes. */
export const CALLOUT_SIZE: Size = { width: 240, height: 50 };

/** The box a callout at `place` is kept clear in: what it must not cover, and what others keep clear of. */
const calloutBox = (place: { left: number; top: number }): Box => ({ left: place.left, top: place.top, ...CALLOUT_SIZE });

/** Hit tests per place for the callout, for what lies beyond the field's neighbourhood (whose lines of text are walked): a card, a mask. */
const CALLOUT_PROBES = { columns: 9, rows: 3 };

export class CouponTargetTracker {
  #selector: string | null = null;
  #element: Element | null = null;
  #kindValue: EntryKind | null = null;
  readonly #follower: PageFollower<OutlineLayout | null>;

  readonly #document: Document;
  readonly #ownHost: () => Element | null;

  constructor(
    scope: SessionScope,
    document: Document,
    /** Our own overlay host: it sits above the page and must not count as covering the field. */
    ownHost: () => Element | null,
  ) {
    this.#document = document;
    this.#ownHost = ownHost;
    this.#follower = new PageFollower<OutlineLayout | null>(scope, document, {
      initial: null,
      measure: () => this.#measure(),
      same: sameLayout,
      onScroll: () => this.schedule(),
      onResize: () => this.schedule(),
    });
  }

  get kind(): EntryKind | null {
    return this.#kindValue;
  }

  /** What the latest reading found; `element` is the node the reader judged, when it has it. */
  setEntry(kind: EntryKind | 'none', selector: string | null, element: Element | null = null): void {
    this.#kindValue = kind === 'none' ? null : kind;
    this.#selector = kind === 'none' ? null : selector;
    this.#element = kind === 'none' ? null : (element ?? null);
    // A read follows page changes, and the page may still be changing: measure once the frame has laid out.
    this.#follower.scheduleAfterFrame();
  }

  /** The field or opener as it is in the page now, found again if the page replaced it. */
  target(): Element | null {
    if (this.#element?.isConnected) return this.#element;
    this.#element = null;
    if (!this.#selector) return null;
    try {
      this.#element = resolveSelector(this.#document, this.#selector)[0] ?? null;
    } catch {
      this.#element = null; // a selector the page's markup no longer accepts: no target, no outline
    }
    return this.#element;
  }

  /** The coupon input itself (not an opener), for telling the user's typing apart from other inputs. */
  field(): Element | null {
    return this.#kindValue === 'field' ? this.target() : null;
  }

  current(): OutlineLayout | null {
    return this.#follower.current();
  }

  /** The box kept for the callout, where one is shown: the dock keeps clear of it, as it does of the page's values. */
  boxes(): Box[] {
    const callout = this.current()?.callout;
    return callout ? [calloutBox(callout)] : [];
  }

  subscribe(listener: (layout: OutlineLayout | null) => void): () => void {
    const unsubscribe = this.#follower.subscribe(listener);
    this.schedule();
    return unsubscribe;
  }

  /** Brings the target into view; scrolling is the page's own behaviour, nothing is restyled. */
  scrollIntoView(): boolean {
    const target = this.target();
    if (!target) return false;
    bringIntoView(target);
    this.schedule();
    return true;
  }

  /** One measurement per animation frame, however many scroll events arrive. */
  schedule(): void {
    this.#follower.schedule();
  }

  #measure(): OutlineLayout | null {
    const target = this.target();
    this.#follower.observe(target ? [target] : []);
    if (!target || !this.#document.defaultView || !isShown(target)) return null;
    const rect = target.getBoundingClientRect();
    const viewport = viewportOf(this.#document);
    const box = { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
    const layout = outlineLayout(box, viewport, CALLOUT_SIZE);
    if (!layout) return null;
    if (!this.#uncovered(target, box, viewport)) return null;
    const near = obstaclesIn(regionAround(target, NEIGHBOURHOOD));
    return { outline: layout.outline, callout: calloutPlaces(layout.outline, viewport, CALLOUT_SIZE).find((place) => this.#coversNothing(target, place, near)) ?? null };
  }

  /**
   * A place for the callout may lie over the page's background, never over text (a message under the
   * field, a balance) nor over a control: none of the text lines and controls near the field (`near`),
   * and, by hit tests, nothing further away. Only the field itself is skipped: the callout sits outside it anyway.
   */
  #coversNothing(target: Element, place: { left: number; top: number }, near: readonly Box[]): boolean {
    const box = calloutBox(place);
    if (near.some((obstacle) => overlaps(obstacle, box))) return false;
    if (typeof this.#document.elementsFromPoint !== 'function') return true;
    const own = this.#ownHost();
    for (let row = 0; row < CALLOUT_PROBES.rows; row++) {
      for (let column = 0; column < CALLOUT_PROBES.columns; column++) {
        const x = place.left + 1 + ((CALLOUT_SIZE.width - 2) * column) / (CALLOUT_PROBES.columns - 1);
        const y = place.top + 1 + ((CALLOUT_SIZE.height - 2) * row) / (CALLOUT_PROBES.rows - 1);
        const hit = topmostAt(this.#document, x, y, own);
        if (hit && hit !== target && (hit.closest(INTERACTIVE) !== null || ownTextIn(hit, box))) return false;
      }
    }
    return true;
  }

  /**
   * Hit test at the centre of the target's visible part: a modal mask or another layer on top means the
   * field cannot be used right now, so no outline. Things drawn over the field by its own component
   * (a floating label, an icon) sit within its near ancestors and do not count as covering it.
   */
  #uncovered(target: Element, box: { left: number; top: number; width: number; height: number }, viewport: Size): boolean {
    const part = visiblePart(box, viewport);
    if (!part || typeof this.#document.elementsFromPoint !== 'function') return part !== null;
    const hit = topmostAt(this.#document, part.left + part.width / 2, part.top + part.height / 2, this.#ownHost());
    if (!hit) return false;
    const chain: Element[] = [];
    for (let node: Element | null = target; node; node = hostOf(node)) chain.push(node);
    return chain.some((node) => node === hit || node.contains(hit)) || regionAround(target, 2).contains(hit);
  }
}

function hostOf(element: Element): Element | null {
  const root = element.getRootNode();
  return root && 'host' in root ? ((root as ShadowRoot).host ?? null) : null;
}

function sameLayout(a: OutlineLayout | null, b: OutlineLayout | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = ['left', 'top', 'width', 'height'] as const;
  return (
    keys.every((key) => Math.round(a.outline[key]) === Math.round(b.outline[key])) &&
    sameCallout(a.callout, b.callout)
  );
}

function sameCallout(a: OutlineLayout['callout'], b: OutlineLayout['callout']): boolean {
  if (a === null || b === null) return a === b;
  return Math.round(a.left) === Math.round(b.left) && Math.round(a.top) === Math.round(b.top) && a.placement === b.placement;
}
