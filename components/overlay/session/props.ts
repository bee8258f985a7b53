import type { LanguageSetting } from '../../../lib/i18n/locales';
import type { OverlayView } from '../../../lib/overlay/overlay-view';
import type { Theme } from '../../../lib/overlay/theme';
import type { NotesSync } from '../../../lib/session/notes-sync';
import type { PageReading } from '../../../lib/session/reading';
import type { CouponTargetTracker } from '../outline-tracker';
import type { PageAction } from '../../../lib/messages';
import type { MarkTracker } from '../mark-tracker';
import type { OverlayActions, OverlayProps } from '../Overlay';
import type { DockEdge } from '../../../lib/overlay/dock-placement';
import type { DockSurroundings } from '../dock-place';
import { resolveSelector } from '../../../lib/reader/selector';
import type { MisreadSession } from './misread';
import { bringIntoView } from '../bring-into-view';

/**
 * What the overlay draws: the reading, the hints the user has not dismissed, where and how it sits, and
 * in which language (the Language setting, else the page's).
 */
export function overlayProps(
  page: PageReading,
  view: OverlayView | null,
  look: { dockEdge: DockEdge; theme: Theme; languageSetting?: LanguageSetting; pageLanguage?: string | null; surroundings?: DockSurroundings | null },
  tracker: CouponTargetTracker,
  actions: OverlayActions,
  misread: MisreadSession | null = null,
  markTracker: MarkTracker | null = null,
): OverlayProps {
  const loop = misread?.view();
  const outlineShown = view?.shown.some((hint) => hint.kind === 'coupon-entry') ?? false;
  return {
    reading: page.reading,
    reads: page.reads,
    error: page.error,
    dockEdge: look.dockEdge,
    surroundings: look.surroundings ?? null,
    theme: look.theme,
    hints: view?.shown ?? [],
    dismissedCount: view?.dismissedCount ?? 0,
    minimised: view?.minimised ?? false,
    outline: outlineShown ? tracker : null,
    marks: view?.marks ?? [],
    markTracker,
    actions,
    doubts: loop?.doubts ?? [],
    shownFields: page.shown,
    lostFixes: misread?.lost.told ?? [],
    fixSaved: loop?.saved ?? null,
    reportFailed: loop?.reportFailed ?? false,
    misread: misread?.actions() ?? null,
    pick: loop?.picking ? { field: loop.picking.field, mode: loop.picking.mode, problem: loop.problem } : null,
    languageSetting: look.languageSetting ?? 'auto',
    pageLanguage: look.pageLanguage ?? null,
  };
}

/** Brings an element of the page into view (a promotion's row); scrolling is the page's own behaviour. */
export function showOnPage(document: Document, selector: string): boolean {
  let target: Element | undefined;
  try {
    target = resolveSelector(document, selector)[0];
  } catch {
    return false; // a selector the page's markup no longer accepts
  }
  if (!target) return false;
  bringIntoView(target);
  return true;
}

/**
 * Takes a step on the page for the popup (lib/session/popup-answers.ts), as the dock's "Show me" does,
 * and says whether its element was there.
 */
export const pageStep =
  (document: Document, tracker: CouponTargetTracker) =>
  (action: PageAction): boolean =>
    action.type === 'show-on-page' ? showOnPage(document, action.selector) : tracker.scrollIntoView();

/** What the user does in the overlay: dismissals and minimising are remembered in settings, the dock's edge per site. */
export function overlayActions(notes: NotesSync, dismissedIds: () => string[], tracker: CouponTargetTracker, moveDock?: (edge: DockEdge) => void): OverlayActions {
  return {
    ...(moveDock ? { moveDock } : {}),
    dismiss: (hint) => notes.dismiss(hint.id),
    restoreDismissed: () => notes.restore(dismissedIds()),
    setMinimised: (minimised) => notes.setMinimised(minimised),
    showCouponEntry: () => tracker.scrollIntoView(),
    showOnPage: (selector) => void showOnPage(document, selector),
  };
}
