import { render } from 'preact';
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { Overlay, type OverlayProps } from '@/components/overlay/Overlay';
import { chooseCorner } from '@/components/overlay/placement';
import overlayCss from '@/components/overlay/overlay.css?inline';
import { PageWatcher } from '@/lib/reader/page-watcher';
import { PageReader } from '@/lib/reader/read-page';
import type { BillingReading } from '@/lib/reader/reading';

/**
 * The Billing session: everything the content script does on a Finance page. Loaded on demand by the
 * loader (./index.ts) as an ES module, so non-Finance Ads Manager pages never pay for it.
 */
export function startBillingSession(ctx: ContentScriptContext, url: string): BillingSessionHandle {
  return new BillingSession(ctx, url);
}

export interface BillingSessionHandle {
  navigated(url: string): void;
  stop(): void;
}

const CARD_SIZE = { width: 280, height: 260 };

class BillingSession implements BillingSessionHandle {
  private readonly reader = new PageReader(document);
  private readonly watcher: PageWatcher;
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private container: HTMLElement | null = null;
  private state: OverlayProps = { reading: null, reads: 0, error: null, corner: 'bottom-right' };
  private lastJson = '';
  private stopped = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private url: string,
  ) {
    this.watcher = new PageWatcher({
      timers: { setTimeout: (handler, ms) => ctx.setTimeout(handler, ms), clearTimeout: (id) => clearTimeout(id) },
      onSettled: (mutations) => {
        // Any settled change may move a value, a message or visibility: update the index, then read.
        this.reader.update(mutations);
        this.scheduleRead();
      },
    });
    this.watcher.observe(document.documentElement);
    void this.mount();
    this.scheduleRead();
  }

  navigated(url: string): void {
    this.url = url;
    // A new route renders a new page in place: forget the old labels and read from scratch.
    this.reader.reset();
    this.scheduleRead();
  }

  stop(): void {
    this.stopped = true;
    this.watcher.disconnect();
    this.ui?.remove();
  }

  private scheduleRead(): void {
    this.ctx.requestIdleCallback(() => this.read(), { timeout: 500 });
  }

  private read(): void {
    if (this.stopped || !this.ctx.isValid) return;
    let reading: BillingReading | null = this.state.reading;
    let error: string | null = null;
    try {
      reading = this.reader.read(this.url).reading;
      for (const shadowRoot of this.reader.index.shadowRoots) this.watcher.observe(shadowRoot);
    } catch (cause) {
      // A page we cannot read gets a plain sentence, never an exception thrown into the page.
      error = 'Credit Lens could not read this page. Save it and run `npm run inspect` on it to report the layout.';
      console.debug('[Credit Lens] read failed', cause);
    }
    const json = JSON.stringify(reading) + (error ?? '');
    const reads = this.state.reads + 1;
    if (json === this.lastJson) {
      this.update({ reads });
      return;
    }
    this.lastJson = json;
    this.update({ reading, error, reads });
  }

  private update(patch: Partial<OverlayProps>): void {
    this.state = { ...this.state, ...patch };
    if (this.container) render(<Overlay {...this.state} />, this.container);
  }

  private async mount(): Promise<void> {
    this.ui = await createShadowRootUi(this.ctx, {
      name: 'credit-lens-overlay',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      css: overlayCss,
      onMount: (container, _shadow, host) => {
        this.container = container;
        this.state.corner = chooseCorner(document, CARD_SIZE, host);
        render(<Overlay {...this.state} />, container);
      },
      onRemove: () => {
        if (this.container) render(null, this.container);
        this.container = null;
      },
    });
    if (this.stopped) return;
    this.ui.mount();
  }
}
