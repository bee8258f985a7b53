import type { Hint } from '../../lib/hints/types';
import type { Theme } from '../../lib/overlay/theme';
import { chooseLocale, type LanguageSetting } from '../../lib/i18n/locales';
import { msg } from '../../lib/i18n/message';
import type { Translator } from '../../lib/i18n/translate';
import { systemTimeZone } from '../../lib/credit/calendar';
import { Dock } from './Dock';
import type { DockSurroundings } from './dock-place';
import type { DockEdge } from '../../lib/overlay/dock-placement';
import { LazyPart } from './parts/LazyPart';
import { loadPageTranslator } from './page-translator';
import type { CouponTargetTracker } from './outline-tracker';
import type { Mark } from '../../lib/overlay/marks';
import type { MarkTracker } from './mark-tracker';
import { AnnouncerView } from './plain/announcer';
import { MarksView } from './plain/marks';
import { OutlineView } from './plain/outline';
import { attrs, el, textNodes } from './plain/view';
import type { StatusCardProps } from './StatusCard';
import type { PickLayerProps } from '../misread/PickLayer';

export interface OverlayActions {
  dismiss(hint: Hint): void;
  restoreDismissed(): void;
  setMinimised(minimised: boolean): void;
  showCouponEntry(): void;
  /** Brings an element of the page into view (a promotion's row); absent where there is no page. */
  showOnPage?(selector: string): void;
  /** The user moved the dock to another edge; remembered for this site. */
  moveDock?(edge: DockEdge): void;
}

export interface OverlayProps extends StatusCardProps {
  /** The edge the user chose for the dock on this site; the dock leaves it only when it has no room. */
  dockEdge?: DockEdge;
  /** What the dock must keep clear of on the page; null where there is no page (tests, the demo card). */
  surroundings?: DockSurroundings | null;
  theme?: Theme;
  /** Shown hints (dismissed ones already left out), most urgent first. */
  hints?: readonly Hint[];
  /** Hints on this page the user dismissed; they can bring them back. */
  dismissedCount?: number;
  minimised?: boolean;
  /** Set while the in-place outline should show (a coupon-entry hint is on screen). */
  outline?: CouponTargetTracker | null;
  actions?: OverlayActions;
  /** Marks beside the page's own values (empty when the user turned them off), and what places them. */
  marks?: readonly Mark[];
  markTracker?: MarkTracker | null;
  /** Pick mode, while the user shows a value (issue 12). */
  pick?: PickLayerProps | null;
  /** The Language setting: "auto" follows the page (the reading's language, then the page's `lang`). */
  languageSetting?: LanguageSetting;
  /** The page's own `lang` attribute, when the reader could not tell the language. */
  pageLanguage?: string | null;
}

const NO_ACTIONS: OverlayActions = { dismiss() {}, restoreDismissed() {}, setMinimised() {}, showCouponEntry() {} };

/** The pieces drawn once the overlay has its words, in the tree's order. */
interface Pieces {
  root: HTMLDivElement;
  dock: Dock;
  /** The status card's frame: there from the start, folded or not, as its data-reads counts every read. */
  status: HTMLElement;
  announcer: AnnouncerView;
  outline: OutlineView;
  marks: MarksView;
}

/**
 * The overlay, drawn into `parent` as plain DOM (./plain/view.ts): the first paint of every Billing page,
 * so it carries no framework; what a user action shows comes as parts (./parts/LazyPart.ts). It speaks
 * the page's language by default (Ads Manager's own), loading only that language's chunk from the
 * Billing module's folder; the Language setting overrides it, at once. Nothing is drawn before the
 * first language arrives, and the previous one stays while another loads.
 */
export class Overlay {
  #props: OverlayProps = { reading: null, reads: 0, error: null };
  #t: Translator | null = null;
  #asked = '';
  #pieces: Pieces | null = null;
  // Folded by default on every page: the pill says the most urgent thing; the rest is one click away.
  #open = false;
  // The dock's body (the cards, the guide, the status card's values) is a part: folded, it could not be
  // seen, so it comes once the dock first opens, and stays (hidden while folded) after that.
  #opened = false;
  #guideOpen = false;
  // Parts load on first use: the dock measures again once one shows.
  #partsShown = 0;
  // A mark opens the dock on its card, details shown and focused; the count makes a second press count too.
  #focusHint: { id: string; count: number } | null = null;
  #rows: LazyPart | null = null;
  #status: LazyPart | null = null;
  #pick: LazyPart | null = null;
  #drawing = false;
  #again = false;
  #gone = false;
  readonly #partShown = () => {
    this.#partsShown++;
    this.#draw();
  };

  readonly #parent: HTMLElement;

  constructor(parent: HTMLElement) {
    this.#parent = parent;
  }

  update(props: OverlayProps): void {
    this.#props = props;
    const locale = chooseLocale(props.languageSetting ?? 'auto', props.reading?.language, props.pageLanguage ?? null);
    const timeZone = systemTimeZone();
    const asked = `${locale} ${timeZone}`;
    if (asked !== this.#asked) {
      this.#asked = asked;
      void loadPageTranslator(locale, timeZone).then((t) => {
        if (this.#asked !== asked) return;
        this.#t = t;
        this.#draw();
      });
    }
    this.#draw();
  }

  destroy(): void {
    this.#gone = true;
    const pieces = this.#pieces;
    for (const view of [this.#rows, this.#status, this.#pick, pieces?.dock, pieces?.announcer, pieces?.outline, pieces?.marks]) view?.destroy();
    pieces?.root.remove();
  }

  /** Draws with the state as it is; a change asked for while drawing (a part showing) draws again after. */
  #draw(): void {
    if (!this.#t || this.#gone) return;
    if (this.#drawing) {
      this.#again = true;
      return;
    }
    this.#drawing = true;
    try {
      do {
        this.#again = false;
        this.#paint(this.#t);
      } while (this.#again);
    } finally {
      this.#drawing = false;
    }
  }

  #openDock(open: boolean): void {
    this.#open = open;
    if (open) this.#opened = true;
    (this.#props.actions ?? NO_ACTIONS).setMinimised(!open);
  }

  #paint(t: Translator): void {
    const {
      theme = 'light',
      hints = [],
      dismissedCount = 0,
      minimised = false,
      outline = null,
      actions = NO_ACTIONS,
      pick = null,
      dockEdge = 'right',
      surroundings = null,
      marks = [],
      markTracker = null,
      languageSetting: _setting,
      pageLanguage: _lang,
      ...card
    } = this.#props;
    const doc = this.#parent.ownerDocument;
    const pieces = (this.#pieces ??= this.#make(doc));
    const { root, dock, status } = pieces;
    attrs(root, { 'data-theme': theme, lang: t.locale, dir: t.dir });
    const isOpen = this.#open && !minimised;
    dock.update(
      {
        hints,
        open: isOpen,
        edge: dockEdge,
        surroundings,
        onOpen: (open) => {
          this.#openDock(open);
          this.#draw();
        },
        onMove: (edge) => actions.moveDock?.(edge),
      },
      t,
    );
    if (this.#opened) {
      this.#rows ??= new LazyPart(dock.body, this.#partShown, status);
      this.#rows.update(
        {
          part: {
            kind: 'rows',
            hints,
            focus: this.#focusHint,
            onDismiss: actions.dismiss,
            showCouponEntry: outline !== null && outline.kind !== null ? actions.showCouponEntry : null,
            showOnPage: actions.showOnPage ?? null,
            guideOpen: this.#guideOpen,
            onGuide: (open) => {
              this.#guideOpen = open;
              this.#draw();
            },
            dismissedCount,
            restoreDismissed: actions.restoreDismissed,
          },
          // Without the parts, each hint's title still says its answer.
          fallback: () => hints.length > 0 && el(doc, 'ul', { 'data-testid': 'hint-titles' }, ...hints.map((hint) => el(doc, 'li', {}, ...textNodes(t, hint.title)))),
        },
        t,
      );
    }
    attrs(status, {
      'data-page-kind': card.reading?.pageKind ?? 'other',
      'data-reads': card.reads,
      'data-doubt': card.doubts?.length ? 'yes' : null,
      'aria-label': t.t(msg('status.label')),
    });
    if (this.#opened) {
      this.#status ??= new LazyPart(status, this.#partShown);
      this.#status.update({ part: { kind: 'status', ...card, layoutHintShown: hints.some((hint) => hint.kind === 'layout-changed') } }, t);
    }
    dock.placed(`${card.reads}:${this.#guideOpen}:${this.#partsShown}:${dismissedCount}:${hints.map((hint) => hint.id).join(' ')}`);
    pieces.announcer.update({ hints }, t);
    pieces.outline.update({ tracker: outline }, t);
    pieces.marks.update(
      {
        marks,
        tracker: markTracker,
        onOpen: (id) => {
          this.#focusHint = { id, count: (this.#focusHint?.count ?? 0) + 1 };
          if (!(this.#open && !(this.#props.minimised ?? false))) this.#openDock(true);
          this.#draw();
        },
      },
      t,
    );
    // Pick mode starts from the misread panel, a part too: the parts have loaded by then.
    if (pick) {
      this.#pick ??= new LazyPart(root);
      this.#pick.update({ part: { kind: 'pick', ...pick } }, t);
    } else {
      this.#pick?.destroy();
      this.#pick = null;
    }
  }

  #make(doc: Document): Pieces {
    const root = this.#parent.appendChild(el(doc, 'div', { class: 'theme' }));
    const dock = new Dock(root);
    const status = dock.body.appendChild(el(doc, 'section', { 'data-testid': 'status-card' }));
    // After the dock, so the dock keeps its place in the tree when the outline comes and goes.
    // The dock keeps clear of the callout and the marks, and the marks of the callout: one that comes or
    // moves while the others stay moves them too.
    const marksMoved = () => dock.surroundingsMoved();
    const calloutMoved = () => {
      marksMoved();
      this.#props.markTracker?.surroundingsMoved();
    };
    return { root, dock, status, announcer: new AnnouncerView(root), outline: new OutlineView(root, calloutMoved), marks: new MarksView(root, marksMoved) };
  }
}
