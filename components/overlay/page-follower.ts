/**
 * What the coupon outline and the marks share to follow the page: one measurement per animation frame
 * however many events arrive, scroll (capture, passive: inner containers' scrolls do not bubble),
 * resize, the followed elements' own size, and publishing only a measurement that changed. The trackers
 * differ only in what they measure and in what a scroll or a resize asks of them.
 */
import type { SessionScope } from '../../lib/overlay/scope';

export interface Following<T> {
  /** What listeners see before the first measurement. */
  initial: T;
  measure(): T;
  /** Two measurements a listener would draw the same (rounded to the pixel). */
  same(a: T, b: T): boolean;
  onScroll(): void;
  /** The window or a followed element changed size. */
  onResize(): void;
}

export class PageFollower<T> {
  readonly #listeners = new Set<(value: T) => void>();
  #frame: number | null = null;
  #lateFrame: number | null = null;
  #listening = false;
  #resizeObserver: ResizeObserver | null = null;
  readonly #observed = new Set<Element>();
  #last: T;

  readonly #scope: SessionScope;
  readonly #document: Document;
  readonly #following: Following<T>;

  constructor(
    scope: SessionScope,
    document: Document,
    following: Following<T>,
  ) {
    this.#scope = scope;
    this.#document = document;
    this.#following = following;
    this.#last = following.initial;
    scope.onClose(() => {
      this.#resizeObserver?.disconnect();
      this.#listeners.clear();
    });
  }

  current(): T {
    return this.#last;
  }

  subscribe(listener: (value: T) => void): () => void {
    this.#listeners.add(listener);
    this.#listen();
    return () => {
      this.#listeners.delete(listener);
      // Nobody draws it now: a box the dock keeps clear of (tracker.boxes()) must not outlive its drawing.
      if (this.#listeners.size === 0) this.#last = this.#following.initial;
    };
  }

  schedule(): void {
    if (this.#frame !== null || !this.#wanted()) return;
    this.#frame = this.#scope.requestAnimationFrame(() => {
      this.#frame = null;
      this.#publish();
    });
  }

  /**
   * Measures just after the next frame, when the browser has laid the page out: reading a box then
   * costs nothing, where reading it before a page's own frame updates would force an extra layout.
   */
  scheduleAfterFrame(): void {
    if (this.#lateFrame !== null || !this.#wanted()) return;
    this.#lateFrame = this.#scope.requestAnimationFrame(() => {
      this.#scope.setTimeout(() => {
        this.#lateFrame = null;
        this.#publish();
      }, 0);
    });
  }

  /** The elements whose own size changes call for measuring again: exactly these, from now on. */
  observe(elements: Iterable<Element>): void {
    const next = new Set(elements);
    for (const element of this.#observed) if (!next.has(element)) this.#resizeObserver?.unobserve(element);
    for (const element of next) if (!this.#observed.has(element)) this.#resizeObserver?.observe(element);
    this.#observed.clear();
    for (const element of next) this.#observed.add(element);
  }

  #wanted(): boolean {
    return this.#listeners.size > 0 && this.#scope.active;
  }

  #listen(): void {
    if (this.#listening) return;
    this.#listening = true;
    const view = this.#document.defaultView;
    if (!view) return;
    const onResize = () => this.#following.onResize();
    this.#scope.addEventListener(this.#document, 'scroll', () => this.#following.onScroll(), { capture: true, passive: true });
    this.#scope.addEventListener(view, 'resize', onResize, { passive: true });
    if (typeof view.ResizeObserver === 'function') this.#resizeObserver = new view.ResizeObserver(onResize);
  }

  #publish(): void {
    if (!this.#wanted()) return;
    const next = this.#following.measure();
    if (this.#following.same(next, this.#last)) return;
    this.#last = next;
    for (const listener of this.#listeners) listener(next);
  }
}
