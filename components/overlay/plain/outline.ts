import { msg } from '../../../lib/i18n/message';
import type { Translator } from '../../../lib/i18n/translate';
import type { CouponTargetTracker } from '../outline-tracker';
import { el, px, type View } from './view';

export interface OutlineProps {
  /** Set while the in-place outline should show; null, nothing drawn. */
  tracker: CouponTargetTracker | null;
}

/** Each of a box's sides that it has, as a CSS length in whole pixels. */
function at(node: HTMLElement, box: Partial<Record<'left' | 'top' | 'width' | 'height', number>>): void {
  for (const side of ['left', 'top', 'width', 'height'] as const) if (box[side] !== undefined) node.style[side] = px(box[side]);
}

/**
 * The in-place outline over the page's coupon field (or its opener) and its callout. Drawn in our own
 * shadow root with `position: fixed` and `pointer-events: none`: the page's element is only measured.
 * While the page scrolls only the boxes move.
 */
export class OutlineView implements View<OutlineProps> {
  /** Where the outline goes when it comes back: it keeps its place in the overlay's tree. */
  readonly #end: Text;
  #tracker: CouponTargetTracker | null = null;
  #unsubscribe: (() => void) | null = null;
  #t: Translator | null = null;
  #outline: HTMLDivElement | null = null;
  #callout: HTMLDivElement | null = null;
  readonly #moved: () => void;

  /** `moved`: the tracker measured the field anew, so the callout may have come, gone or moved (the dock keeps clear of it). */
  constructor(
    parent: HTMLElement,
    moved: () => void = () => {},
  ) {
    this.#moved = moved;
    this.#end = parent.appendChild(parent.ownerDocument.createTextNode(''));
  }

  update({ tracker }: OutlineProps, t: Translator): void {
    this.#t = t;
    if (tracker !== this.#tracker) {
      this.#unsubscribe?.();
      this.#tracker = tracker;
      this.#unsubscribe =
        tracker?.subscribe(() => {
          this.#draw();
          this.#moved();
        }) ?? null;
    }
    this.#draw();
  }

  destroy(): void {
    this.#unsubscribe?.();
    this.#outline?.remove();
    this.#callout?.remove();
    this.#end.remove();
  }

  #draw(): void {
    const layout = this.#tracker?.current();
    const callout = layout?.callout;
    const doc = this.#end.ownerDocument;
    if (layout) {
      this.#outline ??= this.#end.parentNode!.insertBefore(el(doc, 'div', { class: 'coupon-outline', 'data-hint-target': 'coupon-entry', 'aria-hidden': 'true' }), this.#end);
      at(this.#outline, layout.outline);
    } else {
      this.#outline?.remove();
      this.#outline = null;
    }
    if (callout) {
      this.#callout ??= this.#end.parentNode!.insertBefore(el(doc, 'div', { class: 'coupon-callout', 'data-placement': callout.placement, 'aria-hidden': 'true' }), this.#end);
      this.#callout.setAttribute('data-placement', callout.placement);
      at(this.#callout, callout);
      this.#callout.textContent = this.#t!.t(msg(this.#tracker!.kind === 'opener' ? 'overlay.calloutOpener' : 'overlay.calloutField'));
    } else {
      this.#callout?.remove();
      this.#callout = null;
    }
  }
}
