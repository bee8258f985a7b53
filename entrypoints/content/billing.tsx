import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { typedValueOf, watchCouponTyping } from '@/components/overlay/coupon-typing';
import { CouponTargetTracker } from '@/components/overlay/outline-tracker';
import { Overlay, type OverlayActions, type OverlayProps } from '@/components/overlay/Overlay';
import { pageTheme } from '@/components/overlay/page-theme';
import { chooseCorner, type Corner } from '@/components/overlay/placement';
import guidesCss from '@/components/guides/guides.css?inline';
import overlayCss from '@/components/overlay/overlay.css?inline';
import type { Hint } from '@/lib/hints/types';
import { loadNotes, updateNotes, watchNotes, type LoadedNotes, type NotesOp } from '@/lib/notes/store';
import type { Observation } from '@/lib/notes/schema';
import { systemTimeZone } from '@/lib/notes/zoned-time';
import { MAX_TIMER_MS, nextChangeAt } from '@/lib/overlay/next-change';
import { observationToRecord } from '@/lib/overlay/observation';
import { hintsSignature } from '@/lib/overlay/page-hints';
import { answerPageSummary, summaryOf } from '@/lib/overlay/page-summary';
import { SessionScope } from '@/lib/overlay/scope';
import { NO_PENDING, accountObservations, overlayView, settlePending, type OverlayView, type PendingSettings, type ViewInputs } from '@/lib/overlay/overlay-view';
import type { Theme } from '@/lib/overlay/theme';
import { PageWatcher } from '@/lib/reader/page-watcher';
import { PageReader } from '@/lib/reader/read-page';
import type { BillingReading } from '@/lib/reader/reading';
import { resolveSelector } from '@/lib/reader/selector';

/**
 * The Billing session: everything the content script does on a Finance page. Loaded on demand by the
 * loader (./index.ts) as an ES module, so non-Finance Ads Manager pages never pay for it. Wiring only:
 * reading (lib/reader), hints (lib/overlay/overlay-view.ts), UI (components/overlay).
 */
export function startBillingSession(ctx: ContentScriptContext, url: string): BillingSessionHandle {
  return new BillingSession(ctx, url);
}

export interface BillingSessionHandle {
  navigated(url: string): void;
  stop(): void;
}

const READ_FAILED = 'Credit Lens could not read this page. Save it and run `npm run inspect` on it to report the layout.';
// The box chooseCorner keeps free of the page's controls: the card's width, the frame's usual height.
const CARD_SIZE = { width: 280, height: 260 };
const quietly = (what: string) => (cause: unknown) => console.debug(`[Credit Lens] ${what}`, cause);

class BillingSession implements BillingSessionHandle {
  private readonly scope: SessionScope;
  private readonly reader = new PageReader(document);
  private readonly watcher: PageWatcher;
  private readonly tracker: CouponTargetTracker;
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;

  private reading: BillingReading | null = null;
  private reads = 0;
  private error: string | null = null;
  private lastJson = '';
  private corner: Corner = 'bottom-right';
  private theme: Theme = 'light';

  private stored: LoadedNotes | null = null;
  private notesLoaded = false;
  private recorded: Observation[] = [];
  private pending: PendingSettings = NO_PENDING;
  private typedCode: string | null = null;
  private view: OverlayView | null = null;
  private boundaryTimer: number | null = null;
  private boundaryQueued = false;
  private mounting = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private url: string,
  ) {
    this.scope = new SessionScope(ctx);
    this.tracker = new CouponTargetTracker(this.scope, document, () => this.host);
    this.watcher = new PageWatcher({
      timers: { setTimeout: (handler, ms) => this.scope.setTimeout(handler, ms), clearTimeout: (id) => this.scope.clearTimeout(id) },
      onSettled: (mutations) => {
        // Any settled change may move a value, a message or visibility: update the index, then read.
        this.reader.update(mutations);
        this.scheduleRead();
      },
    });
    this.watcher.observe(document.documentElement);
    this.scope.onClose(() => this.watcher.disconnect());
    this.answerThePopup();
    watchCouponTyping(this.scope, document, () => this.tracker.field(), (code) => this.typed(code));
    this.followSystemTheme();
    let changedSince = false;
    this.scope.onClose(
      watchNotes((loaded) => {
        changedSince = true;
        this.notesChanged(loaded);
      }),
    );
    loadNotes().then(
      // A change that arrived while this first load was under way is newer than what it read.
      (loaded) => this.notesChanged(changedSince ? null : loaded),
      (cause) => {
        quietly('could not load notes')(cause);
        this.notesChanged(null);
      },
    );
    this.noticeExtensionGone();
    this.scheduleRead();
  }

  /**
   * An extension reload or update leaves this script running in the page with a dead API. WXT notices
   * only when something asks `ctx.isValid`, and a quiet page asks nothing, so the overlay would stay
   * up, stale. Asking once a second is a property read: no reading, no DOM work.
   */
  private noticeExtensionGone(): void {
    const id = setInterval(() => {
      if (!this.ctx.isValid) clearInterval(id);
    }, 1000);
    this.scope.onClose(() => clearInterval(id));
  }

  navigated(url: string): void {
    this.url = url;
    this.typedCode = null;
    // A new route renders a new page in place: forget the old labels and read from scratch.
    this.reader.reset();
    this.scheduleRead();
  }

  stop(): void {
    this.scope.close();
    this.ui?.remove();
    this.ui = null;
  }

  // Reading the page

  private scheduleRead(): void {
    this.scope.requestIdleCallback(() => this.read(), { timeout: 500 });
  }

  private read(): void {
    let reading = this.reading;
    let error: string | null = null;
    let couponElement: Element | null = null;
    try {
      ({ reading, couponElement } = this.reader.read(this.url));
      for (const shadowRoot of this.reader.index.shadowRoots) this.watcher.observe(shadowRoot);
    } catch (cause) {
      // A page we cannot read gets a plain sentence, never an exception thrown into the page.
      error = READ_FAILED;
      quietly('read failed')(cause);
    }
    this.reads++;
    if (reading) this.tracker.setEntry(reading.couponEntry.kind, reading.couponEntry.selector, couponElement);
    const json = JSON.stringify(reading) + (error ?? '');
    if (json === this.lastJson) return this.render();
    // A newly found field may already hold a code the user typed before this session started.
    if (this.reading?.couponEntry.selector !== reading?.couponEntry.selector) this.typedCode = typedValueOf(this.tracker.field());
    this.lastJson = json;
    this.reading = reading;
    this.error = error;
    this.theme = pageTheme(document, this.host);
    this.recordObservation();
    this.refresh();
  }

  private recordObservation(): void {
    const accountId = this.reading?.accountId ?? null;
    // Before notes load, the latest stored numbers are unknown: recording then could only duplicate them.
    if (!this.notesLoaded || !accountId) return;
    const observation = observationToRecord(this.reading, accountObservations(this.stored, this.recorded, accountId), new Date());
    if (!observation) return;
    this.recorded = [...this.recorded.slice(-20), observation];
    updateNotes({ type: 'observation/record', observation }).catch(quietly('could not record an observation'));
  }

  private typed(code: string | null): void {
    if (code === this.typedCode) return;
    this.typedCode = code;
    this.refresh();
  }

  // Notes, settings and hints

  private notesChanged(loaded: LoadedNotes | null): void {
    if (!this.scope.active) return;
    if (loaded) {
      this.stored = loaded;
      this.pending = settlePending(this.pending, loaded.settings);
    }
    const first = !this.notesLoaded;
    this.notesLoaded = true;
    if (first) this.recordObservation();
    this.refresh();
  }

  private inputs(): ViewInputs {
    return {
      reading: this.reading,
      url: this.url,
      stored: this.stored,
      recorded: this.recorded,
      pending: this.pending,
      typedCode: this.typedCode,
      timeZone: systemTimeZone(),
    };
  }

  private refresh(): void {
    if (!this.scope.active) return;
    this.view = overlayView(this.inputs(), new Date());
    if (this.view.failure) quietly('hints failed')(this.view.failure);
    this.applyVisibility().catch(quietly('could not show the overlay'));
    this.render();
    this.queueBoundary();
  }

  /**
   * One timer for the next moment a hint changes state (a 48 h window ends, a deadline passes), found
   * by asking the rules about later times; never polling. Worked out in idle time, once per burst.
   */
  private queueBoundary(): void {
    if (this.boundaryQueued) return;
    this.boundaryQueued = true;
    this.scope.requestIdleCallback(
      () => {
        this.boundaryQueued = false;
        this.setBoundaryTimer();
      },
      { timeout: 2_000 },
    );
  }

  private setBoundaryTimer(): void {
    if (this.boundaryTimer !== null) this.scope.clearTimeout(this.boundaryTimer);
    this.boundaryTimer = null;
    const inputs = this.inputs();
    const observedAt = new Date();
    let next: Date | null;
    try {
      next = nextChangeAt((at) => hintsSignature(overlayView(inputs, at, observedAt).hints), observedAt);
    } catch (cause) {
      quietly('could not work out the next hint change')(cause);
      return;
    }
    const delay = next ? Math.max(0, next.getTime() - Date.now()) : MAX_TIMER_MS;
    this.boundaryTimer = this.scope.setTimeout(() => {
      this.boundaryTimer = null;
      this.refresh();
    }, delay);
  }

  // User actions, remembered in settings

  private readonly actions: OverlayActions = {
    dismiss: (hint: Hint) => {
      this.pending = { ...this.pending, dismissed: [...this.pending.dismissed, hint.id] };
      this.send({ type: 'hint/dismiss', hintId: hint.id });
    },
    restoreDismissed: () => {
      const ids = this.view ? this.view.hints.filter((hint) => !this.view!.shown.includes(hint)).map((hint) => hint.id) : [];
      this.pending = { ...this.pending, dismissed: this.pending.dismissed.filter((id) => !ids.includes(id)), restored: [...this.pending.restored, ...ids] };
      // Only these ids: a whole-list write could undo a dismissal another tab made meanwhile.
      this.send({ type: 'hint/restore', hintIds: ids });
    },
    setMinimised: (minimised: boolean) => {
      this.pending = { ...this.pending, minimised };
      this.send({ type: 'settings/update', patch: { overlayMinimised: minimised } });
    },
    showCouponEntry: () => {
      this.tracker.scrollIntoView();
    },
    showOnPage: (selector: string) => {
      // Scrolling is the page's own behaviour; nothing on the page is changed.
      const target = resolveSelector(document, selector)[0];
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
      target?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    },
  };

  private send(op: NotesOp): void {
    this.refresh();
    updateNotes(op).catch((cause) => {
      // Not saved: show the stored state again rather than a change that did not happen.
      quietly('could not save a setting')(cause);
      this.pending = NO_PENDING;
      this.refresh();
    });
  }

  // The popup and the page's theme

  private answerThePopup(): void {
    const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
      const answer = answerPageSummary(message, () => summaryOf(this.reading, this.url));
      // Answered at once; anything that is not our request is left to other listeners.
      if (answer) sendResponse(answer);
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    this.scope.onClose(() => browser.runtime.onMessage.removeListener(listener));
  }

  private followSystemTheme(): void {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!query) return;
    this.scope.addEventListener(query, 'change', () => {
      this.theme = pageTheme(document, this.host);
      this.render();
    });
  }

  // The overlay

  private props(): OverlayProps {
    const view = this.view;
    const outlineShown = view?.shown.some((hint) => hint.kind === 'coupon-entry') ?? false;
    return {
      reading: this.reading,
      reads: this.reads,
      error: this.error,
      corner: this.corner,
      theme: this.theme,
      hints: view?.shown ?? [],
      dismissedCount: view?.dismissedCount ?? 0,
      minimised: view?.minimised ?? false,
      outline: outlineShown ? this.tracker : null,
      actions: this.actions,
    };
  }

  private render(): void {
    if (this.container && this.scope.active) render(<Overlay {...this.props()} />, this.container);
  }

  /** Mounted once notes say the overlay is on for this site; removed when the user turns it off. */
  private async applyVisibility(): Promise<void> {
    if (!this.notesLoaded) return;
    const on = this.view?.on ?? true;
    if (!on) {
      this.ui?.remove();
      this.ui = null;
      return;
    }
    if (this.ui || this.mounting) return;
    this.mounting = true;
    let ui: ShadowRootContentScriptUi<void>;
    try {
      ui = await this.createUi();
    } finally {
      this.mounting = false;
    }
    this.ui = ui;
    ui.mount();
    // The user may have turned the overlay off, or left the page, while it was being made.
    if (!this.scope.active || !(this.view?.on ?? true)) {
      ui.remove();
      this.ui = null;
    }
  }

  private createUi(): Promise<ShadowRootContentScriptUi<void>> {
    return createShadowRootUi(this.ctx, {
      name: 'credit-lens-overlay',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      css: `${guidesCss}\n${overlayCss}`,
      onMount: (container, _shadow, host) => {
        this.container = container;
        this.host = host;
        this.corner = chooseCorner(document, CARD_SIZE, host);
        this.theme = pageTheme(document, host);
        this.render();
      },
      onRemove: () => {
        if (this.container) render(null, this.container);
        this.container = null;
        this.host = null;
      },
    });
  }
}
