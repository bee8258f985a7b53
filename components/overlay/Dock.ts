import type { Hint } from '../../lib/hints/types';
import { FOLDED_NAME_MAX, msg, withShortText, type Msg } from '../../lib/i18n/message';
import type { Translator } from '../../lib/i18n/translate';
import { DOCK_EDGES, type DockEdge } from '../../lib/overlay/dock-placement';
import { DockPlacer, type DockSurroundings } from './dock-place';
import { preloadParts } from './parts/load';
import { attrs, el, px, textNodes, type View } from './plain/view';

const MOVE_LABEL: Record<DockEdge, Msg> = {
  right: msg('dock.moveToRight'),
  left: msg('dock.moveToLeft'),
  top: msg('dock.moveToTop'),
  bottom: msg('dock.moveToBottom'),
};

/** The edge after this one, round the window: one button moves the dock, its name says where to. */
const nextEdge = (edge: DockEdge): DockEdge => DOCK_EDGES[(DOCK_EDGES.indexOf(edge) + 1) % DOCK_EDGES.length]!;

export interface DockProps {
  hints: readonly Hint[];
  open: boolean;
  edge: DockEdge;
  surroundings: DockSurroundings | null;
  onOpen(open: boolean): void;
  onMove(edge: DockEdge): void;
}

/**
 * The overlay at the edge of the window: folded, a pill with the most urgent hint's title and the count
 * of the others; open, a header and rows that scroll inside a box never taller than the window. Placed
 * in free space, never over what Credit Lens read nor over the page's controls (dock-place.ts). Its
 * owner draws the body (`body`), then calls `placed` with what can change the dock's height.
 */
export class Dock implements View<DockProps> {
  readonly body: HTMLDivElement;
  readonly #root: HTMLElement;
  readonly #placer: DockPlacer;
  #props!: DockProps;
  #pill: HTMLButtonElement | null = null;
  #head: { header: HTMLElement; title: HTMLElement; move: HTMLButtonElement; fold: HTMLButtonElement } | null = null;
  #wasOpen = false;
  #userToggled = false;

  constructor(parent: HTMLElement) {
    const doc = parent.ownerDocument;
    this.body = el(doc, 'div', { class: 'dock-body', 'data-testid': 'dock-body' });
    this.#root = el(doc, 'section', { class: 'dock', 'data-testid': 'dock' }, this.body);
    parent.append(this.#root);
    this.#placer = new DockPlacer(this.#root, () => this.#style());
  }

  update(props: DockProps, t: Translator): void {
    this.#props = props;
    const { hints, open } = props;
    const doc = this.#root.ownerDocument;
    attrs(this.#root, { 'data-open': open, 'data-minimised': !open, 'aria-label': t.t(msg('overlay.region')) });
    this.#style();
    if (open) {
      this.#pill?.remove();
      this.#pill = null;
      const head = (this.#head ??= this.#makeHead(doc));
      head.title.textContent = t.t(msg('common.brand'));
      const to = nextEdge(props.edge);
      const move = t.t(MOVE_LABEL[to]);
      attrs(head.move, { 'data-to': to, 'aria-label': move, title: move });
      attrs(head.fold, { 'aria-label': t.t(msg('dock.fold')), title: t.t(msg('dock.foldTip')) });
      if (!head.header.isConnected) this.#root.prepend(head.header);
    } else {
      this.#head?.header.remove();
      this.#head = null;
      const first = hints[0];
      const label = first
        ? hints.length > 1
          ? msg('dock.openMore', { title: { msg: first.title }, count: hints.length - 1 })
          : msg('dock.openOne', { title: { msg: first.title } })
        : msg('dock.openEmpty');
      const pill = (this.#pill ??= this.#makePill(doc));
      attrs(pill, { 'data-severity': first?.severity ?? 'none', title: t.t(label) });
      // Its name is what it shows (the title and the count), so speech and sight agree; the tooltip says more.
      // A long offer name is cut as in a folded row, so the answer after it (a date, a time) keeps its two lines.
      pill.replaceChildren(
        first ? el(doc, 'span', { class: 'severity', 'aria-hidden': 'true' }) : el(doc, 'span', { class: 'logo', 'aria-hidden': 'true' }, '◎'),
        el(doc, 'span', { class: 'pill-title' }, ...(first ? textNodes(t, withShortText(first.title, FOLDED_NAME_MAX) ?? first.title) : [t.t(msg('common.brand'))])),
      );
      if (hints.length > 1) pill.append(el(doc, 'span', { class: 'pill-more' }, t.t(msg('dock.more', { count: hints.length - 1 }))));
      if (!pill.isConnected) this.#root.prepend(pill);
    }
    this.body.hidden = !open;
  }

  /** After the body is drawn: places the dock again if it opened, folded, moved or `layoutKey` changed; then focus follows the user's own open / fold. */
  placed(layoutKey: string): void {
    const { open, edge, surroundings } = this.#props;
    this.#placer.update({ open, edge, surroundings }, layoutKey);
    if (open === this.#wasOpen) return;
    this.#wasOpen = open;
    // Never a change that came from elsewhere.
    if (!this.#userToggled) return;
    this.#userToggled = false;
    this.#root.querySelector<HTMLElement>(open ? '[data-action="minimise"]' : '[data-testid="badge"]')?.focus();
  }

  /** Our own callout or a mark came, went or moved: the dock looks for free space again. */
  surroundingsMoved(): void {
    this.#placer.surroundingsMoved();
  }

  destroy(): void {
    this.#placer.destroy();
    this.#root.remove();
  }

  #toggle(value: boolean): void {
    this.#userToggled = true;
    this.#props.onOpen(value);
  }

  #style(): void {
    const place = this.#placer.place;
    const { open, edge } = this.#props;
    attrs(this.#root, { 'data-edge': place?.edge ?? edge, 'data-clear': place?.clear ?? true });
    const style = this.#root.style;
    style.visibility = place ? '' : 'hidden';
    style.left = place ? px(place.left) : '';
    style.top = place ? px(place.top) : '';
    style.maxHeight = place ? px(Math.floor(place.height)) : '';
    style.width = place && open ? px(place.width) : '';
  }

  #makePill(doc: Document): HTMLButtonElement {
    const pill = el(doc, 'button', { type: 'button', class: 'pill', 'data-testid': 'badge', 'aria-expanded': 'false' });
    pill.addEventListener('pointerenter', preloadParts);
    pill.addEventListener('focus', preloadParts);
    pill.addEventListener('click', () => this.#toggle(true));
    return pill;
  }

  #makeHead(doc: Document) {
    const icon = (glyph: string) => el(doc, 'span', { 'aria-hidden': 'true' }, glyph);
    const move = el(doc, 'button', { type: 'button', class: 'toggle', 'data-action': 'move-dock' }, icon('⇄'));
    const fold = el(doc, 'button', { type: 'button', class: 'toggle', 'data-action': 'minimise', 'aria-expanded': 'true' }, icon('▁'));
    const title = el(doc, 'h2', { class: 'title' });
    move.addEventListener('click', () => this.#props.onMove(nextEdge(this.#props.edge)));
    fold.addEventListener('click', () => this.#toggle(false));
    return { header: el(doc, 'header', { class: 'dock-head' }, el(doc, 'span', { class: 'logo', 'aria-hidden': 'true' }, '◎'), title, move, fold), title, move, fold };
  }
}
