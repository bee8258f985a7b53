import { msg } from '../../../lib/i18n/message';
import type { Translator } from '../../../lib/i18n/translate';
import type { Mark } from '../../../lib/overlay/marks';
import type { MarkPlaces, MarkTracker } from '../mark-tracker';
import { preloadParts } from '../parts/load';
import { markProgress } from './progress';
import { attrs, el, px, textNodes, type View } from './view';

export interface MarksProps {
  marks: readonly Mark[];
  /** What places the marks; none, no marks. */
  tracker: MarkTracker | null;
  onOpen(hintId: string): void;
}

/**
 * The marks beside the page's own values: buttons in our shadow root, `position: fixed` at the places
 * the tracker found (never over the value's text; no place, no mark). Pressing one opens its card in
 * the dock. While the page scrolls only their places change: the buttons stay, and so does the focus.
 */
export class MarksView implements View<MarksProps> {
  /** Where the group goes when it comes back: the marks keep their place in the overlay's tree. */
  readonly #end: Text;
  #group: HTMLDivElement | null = null;
  readonly #shown = new Map<string, { button: HTMLButtonElement; mark: Mark }>();
  #props: MarksProps | null = null;
  #tracker: MarkTracker | null = null;
  #unsubscribe: (() => void) | null = null;
  #places: MarkPlaces = new Map();
  /** The marks the tracker was last given: it chooses places again only for new ones. */
  #told: readonly Mark[] | null = null;
  readonly #moved: () => void;

  /** `moved`: the tracker placed the marks anew (the dock keeps clear of them). */
  constructor(
    parent: HTMLElement,
    moved: () => void = () => {},
  ) {
    this.#moved = moved;
    this.#end = parent.appendChild(parent.ownerDocument.createTextNode(''));
  }

  update(props: MarksProps, t: Translator): void {
    this.#props = props;
    const { marks, tracker } = props;
    if (!tracker || marks.length === 0) return this.#clear();
    if (tracker !== this.#tracker) {
      this.#clear();
      this.#tracker = tracker;
      this.#places = tracker.current();
      this.#unsubscribe = tracker.subscribe((places) => {
        this.#places = places;
        this.#place();
        this.#moved();
      });
    }
    const doc = this.#end.ownerDocument;
    const group = (this.#group ??= this.#end.parentNode!.insertBefore(el(doc, 'div', { class: 'marks', role: 'group' }), this.#end));
    group.setAttribute('aria-label', t.t(msg('overlay.mark.group')));
    const ids = new Set(marks.map((mark) => mark.id));
    for (const [id, { button }] of this.#shown) {
      if (!ids.has(id)) {
        button.remove();
        this.#shown.delete(id);
      }
    }
    marks.forEach((mark, index) => {
      let entry = this.#shown.get(mark.id);
      if (!entry) {
        const button = el(doc, 'button', { type: 'button', class: 'mark', 'data-testid': 'mark', 'data-mark-id': mark.id });
        // Pressing it shows its card, which comes with the parts: they start loading on the way there.
        button.addEventListener('pointerenter', preloadParts);
        button.addEventListener('focus', preloadParts);
        const made = (entry = { button, mark });
        button.addEventListener('click', () => this.#props!.onOpen(made.mark.hintId));
        this.#shown.set(mark.id, made);
      }
      const { button } = entry;
      entry.mark = mark;
      attrs(button, { 'data-mark': mark.kind, 'data-severity': mark.severity });
      const progress = mark.progress && markProgress(doc, t, mark.progress);
      // The words in one box of their own: they wrap as a sentence beside the dot, not word group by word group.
      const words = el(doc, 'span', {}, ...textNodes(t, mark.text));
      button.replaceChildren(el(doc, 'span', { class: 'mark-text' }, el(doc, 'span', { class: 'severity', 'aria-hidden': 'true' }), words));
      if (progress) button.append(progress);
      // Its name is what it shows (speech and sight agree), then what pressing it does.
      button.append(el(doc, 'span', { class: 'visually-hidden' }, ' ' + t.t(msg('overlay.mark.openHint'))));
      // Moved only when out of order: a focused mark that stays where it was keeps its focus.
      const at = group.children[index];
      if (at !== button) group.insertBefore(button, at ?? null);
    });
    this.#place();
    if (marks !== this.#told) tracker.setMarks((this.#told = marks));
  }

  destroy(): void {
    this.#clear();
    this.#end.remove();
  }

  /** Each mark at its place, or (not placed yet, or no room) laid out for measuring only: out of sight and out of the Tab order. */
  #place(): void {
    for (const [id, { button }] of this.#shown) {
      const place = this.#places.get(id);
      attrs(button, { 'data-placed': !!place, 'data-placement': place?.placement, 'aria-hidden': place ? null : 'true' });
      button.tabIndex = place ? 0 : -1;
      if (place) {
        button.style.left = px(place.left);
        button.style.top = px(place.top);
      } else button.removeAttribute('style');
    }
    // The marks' own sizes (their words depend on the language), for choosing a place they fit in; read
    // after every write above, so the page is laid out once.
    const sizes = new Map<string, { width: number; height: number }>();
    for (const [id, { button }] of this.#shown) sizes.set(id, { width: button.offsetWidth, height: button.offsetHeight });
    this.#tracker?.setSizes(sizes);
  }

  #clear(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = this.#tracker = this.#told = null;
    this.#group?.remove();
    this.#group = null;
    this.#shown.clear();
  }
}
