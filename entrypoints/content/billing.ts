import type { ContentScriptContext } from '#imports';
import { typedValueOf, watchCouponTyping } from '@/components/overlay/coupon-typing';
import { CouponTargetTracker } from '@/components/overlay/outline-tracker';
import { MarkTracker } from '@/components/overlay/mark-tracker';
import type { OverlayProps } from '@/components/overlay/Overlay';
import { OverlayMount } from '@/components/overlay/session/mount';
import { MisreadSession } from '@/components/overlay/session/misread';
import { loadMisread } from '@/components/misread/load';
import { overlayActions, overlayProps, pageStep } from '@/components/overlay/session/props';
import { ThemeFollower } from '@/components/overlay/session/theme';
import { DockEdgeMemory } from '@/components/overlay/session/dock-edge';
import { keepClearBoxes } from '@/components/overlay/page-boxes';
import { onRulesLoaded } from '@/lib/hints/on-demand';
import { summaryOf } from '@/lib/overlay/page-summary';
import { SessionScope } from '@/lib/overlay/scope';
import { noticeExtensionGone } from '@/lib/session/extension-gone';
import { SessionHints } from '@/lib/session/hints';
import { NotesSync } from '@/lib/session/notes-sync';
import { ObservationLog } from '@/lib/session/observations';
import { answerThePopup } from '@/lib/session/popup-answers';
import { quietly } from '@/lib/session/quietly';
import { PageReading } from '@/lib/session/reading';

/**
 * The Billing session: everything the content script does on a Finance page. Loaded on demand by the
 * loader (./index.ts) as an ES module, so non-Finance Ads Manager pages never pay for it. Wiring only:
 * reading and notes (lib/session), hints (lib/overlay/overlay-view.ts), UI (components/overlay).
 */
export interface BillingSessionHandle {
  navigated(url: string): void;
  stop(): void;
}

export function startBillingSession(ctx: ContentScriptContext, url: string): BillingSessionHandle {
  const scope = new SessionScope(ctx);
  const observations = new ObservationLog();
  const storedFixes = () => notes.stored?.notes.fixes ?? [];
  const page = new PageReading(
    scope,
    document,
    url,
    ({ couponElement, changed, entryMoved, fixesFound, fixesLost }) => {
      const entry = page.reading?.couponEntry;
      if (entry) tracker.setEntry(entry.kind, entry.selector, couponElement);
      // The page may have re-rendered what a mark points at: find it again in this read's elements.
      marks.refresh();
      misread.lost.update(fixesFound, fixesLost);
      if (!changed) return mount.render();
      // A newly found field may already hold a code the user typed before this session started.
      if (entryMoved) hints.typedCode = typedValueOf(tracker.field());
      theme.update();
      // Doubts compare with the observation before this reading, so they come before recording it.
      misread.check(page.reading, notes.stored, observations.recorded);
      observations.record(page.reading, notes);
      hints.refresh();
    },
    { stored: storedFixes, load: loadMisread },
  );
  let fixesSeen = '[]';
  const notes = new NotesSync(scope, (firstLoad) => {
    if (firstLoad) {
      misread.check(page.reading, notes.stored, observations.recorded);
      observations.record(page.reading, notes);
    }
    // A fix saved, deleted or imported changes what the page reads: read again (only then, so notes
    // that change for other reasons cost no read).
    const fixes = JSON.stringify(storedFixes());
    if (fixes !== fixesSeen) {
      fixesSeen = fixes;
      page.schedule();
    }
    hints.refresh();
  });
  const hints = new SessionHints(scope, page, notes, observations, () => {
    if (notes.loaded) mount.apply(() => hints.view?.on ?? true).catch(quietly('could not show the overlay'));
    mount.render();
  });
  const props = (): OverlayProps => overlayProps(
      page,
      hints.view,
      {
        dockEdge: edge.edge,
        theme: theme.theme,
        languageSetting: notes.stored?.settings.language,
        pageLanguage: document.documentElement.lang || null,
        surroundings,
      },
      tracker,
      actions,
      misread,
      marks,
    );
  const mount = new OverlayMount(ctx, scope, document, props, () => theme.update());
  const tracker = new CouponTargetTracker(scope, document, () => mount.host);
  const marks = new MarkTracker(scope, document, () => mount.host, () => page.elements(), () => tracker.boxes());
  const theme = new ThemeFollower(document, () => mount.host, scope, () => mount.render());
  const edge = new DockEdgeMemory(scope, location.hostname, () => mount.render());
  // The dock keeps clear of the marks and the coupon callout too: they sit beside what it already avoids.
  const surroundings = { keepClear: () => [...keepClearBoxes(document, page.elements(), page.shadowRoots, mount.host), ...marks.boxes(), ...tracker.boxes()] };
  const actions = overlayActions(notes, () => hints.dismissedIds(), tracker, (to) => {
    edge.move(to).catch(quietly('could not keep the dock edge'));
    mount.render();
  });
  const misread = new MisreadSession(scope, document, () => mount.host, () => (page.error ? null : page.reading), () => mount.render());
  scope.onClose(onRulesLoaded(() => hints.refresh()));
  answerThePopup(scope, () => summaryOf(page.reading, page.url), pageStep(document, tracker));
  watchCouponTyping(scope, document, () => tracker.field(), (code) => hints.typed(code));
  noticeExtensionGone(scope, ctx);
  page.schedule();
  return {
    navigated(url) {
      hints.typedCode = null;
      page.navigated(url);
    },
    stop() {
      scope.close();
      mount.remove();
    },
  };
}
