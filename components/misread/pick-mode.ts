/**
 * Pick mode (issue 12): the user shows Credit Lens the element that holds a value. A layer in the
 * overlay's shadow root covers the page, so the page's elements get no pointer events and no hover;
 * a highlight follows the pointer, or the arrow keys through the page's texts; a click or Enter picks,
 * Esc cancels. The page's DOM is never touched: the highlight is our own box, measured from the
 * element's rect.
 *
 * Every pointer and key event is taken at the window, in the capture phase, before it travels down to
 * the page: the page's document and element handlers never see a click or key of pick mode. (A
 * listener the page itself put on the window's capture phase before ours still runs first: no
 * extension can get ahead of it.) The listeners exist only while picking.
 */
import type { Msg } from '../../lib/i18n/message';
import type { Box } from '../../lib/overlay/outline-geometry';
import { textOf } from '../../lib/reader/dom';
import { boxOf } from '../overlay/page-measure';

const POINTER_EVENTS = ['pointerdown', 'pointerup', 'pointermove', 'mousedown', 'mouseup', 'mousemove', 'click', 'dblclick', 'auxclick', 'contextmenu', 'touchstart', 'touchend'];
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'];
/** Elements worth stepping to with the keyboard: those that show a text of their own, and controls. */
const CONTROL = 'input, textarea, button, [role="button"], [role="textbox"]';
const SKIP = 'script, style, noscript, template, svg, head';

export interface PickView {
  /** The page element under the pointer or the keyboard's cursor. */
  target: Element | null;
  box: Box | null;
  /** A short sample of what the target shows. */
  text: string;
}

export interface PickHandlers {
  /** The user picked an element; returns a problem to show, or null when the pick was taken. */
  picked(element: Element): Msg | null;
  cancelled(): void;
  /** The view changed (a new target, a problem): render again. */
  changed(): void;
}

export class PickMode {
  view: PickView = { target: null, box: null, text: '' };
  problem: Msg | null = null;
  private abort: AbortController | null = null;
  private frame = 0;

  constructor(
    private readonly document: Document,
    /** The overlay's host: never a target, and where the pick bar's own buttons live. */
    private readonly host: () => Element | null,
    private readonly handlers: PickHandlers,
  ) {}

  get active(): boolean {
    return this.abort !== null;
  }

  start(): void {
    if (this.abort) return;
    this.abort = new AbortController();
    const window = this.document.defaultView!;
    const options = { capture: true, signal: this.abort.signal };
    for (const type of POINTER_EVENTS) window.addEventListener(type, (event) => this.onPointer(event as MouseEvent), options);
    for (const type of KEY_EVENTS) window.addEventListener(type, (event) => this.onKey(event as KeyboardEvent), options);
    // The page scrolls under the highlight (the wheel still reaches it): measure again.
    window.addEventListener('scroll', () => this.measureSoon(), { capture: true, passive: true, signal: this.abort.signal });
    window.addEventListener('resize', () => this.measureSoon(), { passive: true, signal: this.abort.signal });
  }

  stop(): void {
    this.abort?.abort();
    this.abort = null;
    this.view = { target: null, box: null, text: '' };
    this.problem = null;
    if (this.frame) this.document.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  /** The page element at a point: the topmost one that is not our overlay. */
  elementAt(x: number, y: number): Element | null {
    const host = this.host();
    return this.document.elementsFromPoint(x, y).find((element) => element !== host && !host?.contains(element) && element !== this.document.documentElement && element !== this.document.body) ?? null;
  }

  private onPointer(event: MouseEvent): void {
    const inBar = this.inOwnControls(event);
    // Our own buttons (Cancel) work as buttons; nothing else of the event goes further.
    if (inBar) {
      event.stopPropagation();
      if (event.type === 'click' && inBar.getAttribute('data-action') === 'cancel-pick') this.cancel();
      // The bar may cover the very value the user came to show: the pointer on the bar (not on its
      // button) points through it, and the bar then moves to the other edge (PickLayer), off the value.
      else if (isMove(event) && inBar.matches('[data-pick-bar]')) this.point(this.elementAt(event.clientX, event.clientY));
      return;
    }
    event.stopImmediatePropagation();
    if (event.cancelable) event.preventDefault();
    if (isMove(event)) this.point(this.elementAt(event.clientX, event.clientY));
    else if (event.type === 'click') {
      const element = this.elementAt(event.clientX, event.clientY);
      if (element) this.pick(element);
    }
  }

  private onKey(event: KeyboardEvent): void {
    const inBar = this.inOwnControls(event);
    event.stopImmediatePropagation();
    if (event.type !== 'keydown') return;
    if (event.key === 'Escape') {
      event.preventDefault();
      this.cancel();
    } else if (event.key === 'Tab') {
      return; // moves focus within the pick bar, as Tab does
    } else if (inBar && (event.key === 'Enter' || event.key === ' ')) {
      // Enter on the bar's own button: let the button do it.
    } else if (['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft'].includes(event.key)) {
      event.preventDefault();
      this.step(event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : -1);
    } else if ((event.key === 'Enter' || event.key === ' ') && this.view.target) {
      event.preventDefault();
      this.pick(this.view.target);
    }
  }

  /** The pick bar's button (or the bar) when the event happened there. */
  private inOwnControls(event: Event): Element | null {
    for (const node of event.composedPath()) {
      if (node === this.host()) return null;
      if (node instanceof Element && (node.matches('[data-action="cancel-pick"]') || node.matches('[data-pick-bar]'))) return node.closest('[data-action]') ?? node;
    }
    return null;
  }

  private cancel(): void {
    this.stop();
    this.handlers.cancelled();
  }

  private pick(element: Element): void {
    const problem = this.handlers.picked(element);
    if (problem === null) return this.stop();
    this.problem = problem;
    this.view = { target: element, box: shownBoxOf(element), text: textOf(element, 60) };
    this.handlers.changed();
  }

  private point(element: Element | null): void {
    if (element === this.view.target) return;
    this.problem = null;
    this.view = { target: element, box: element ? shownBoxOf(element) : null, text: element ? textOf(element, 60) : '' };
    this.handlers.changed();
  }

  /** Moves the keyboard's cursor to the next (or previous) element that shows something. */
  private step(direction: 1 | -1): void {
    const all = this.candidates();
    if (all.length === 0) return;
    const at = this.view.target ? all.indexOf(this.view.target) : -1;
    const next = all[at < 0 ? (direction > 0 ? 0 : all.length - 1) : (at + direction + all.length) % all.length]!;
    this.problem = null;
    next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    this.view = { target: next, box: shownBoxOf(next), text: textOf(next, 60) };
    this.handlers.changed();
  }

  private candidates(): Element[] {
    const host = this.host();
    return [...this.document.body.querySelectorAll('*')].filter(
      (element) =>
        element !== host &&
        !element.closest(SKIP) &&
        (element.matches(CONTROL) || [...element.childNodes].some((node) => node.nodeType === 3 && /\S/.test(node.textContent ?? ''))) &&
        (element as HTMLElement).checkVisibility?.() !== false &&
        shownBoxOf(element) !== null,
    );
  }

  private measureSoon(): void {
    if (this.frame || !this.view.target) return;
    this.frame = this.document.defaultView!.requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.view.target) return;
      this.view = { ...this.view, box: shownBoxOf(this.view.target) };
      this.handlers.changed();
    });
  }
}

const isMove = (event: Event) => event.type === 'pointermove' || event.type === 'mousemove';

/** An element's box, or null where it has none to show (a zero-size box). */
function shownBoxOf(element: Element): Box | null {
  const box = boxOf(element);
  return box.width === 0 && box.height === 0 ? null : box;
}
