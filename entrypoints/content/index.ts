import { browser } from 'wxt/browser';
import type { ContentScriptContext } from '#imports';
import { mayBeBillingRoute } from '@/lib/reader/page-kind';
import type { BillingSessionHandle, startBillingSession } from './billing';
import { CHUNK_IMPORTER, HANDED_BROWSER, handOver } from '@/lib/handover';

type BillingModule = { startBillingSession: typeof startBillingSession };

// Match patterns cannot say "Finance pages only", so this loader runs on both hosts and stays idle
// (no observer, no UI, no module) until the route is a Billing route; SPA navigation is followed.
// A route in the Finance area that nobody has listed is read too, and the overlay appears there only
// once its content reads as a Billing page (lib/overlay/overlay-view.ts); campaign, reporting and
// creative pages are never read.
export default defineContentScript({
  matches: ['https://ads.tiktok.com/*', 'https://business.tiktok.com/*'],
  // The overlay's CSS travels inside the Billing module; nothing is injected into the page itself.
  cssInjectionMode: 'manual',
  main(ctx) {
    const follower = new RouteFollower(ctx);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => follower.follow(newUrl.href));
    follower.follow(location.href);
  },
});

class RouteFollower {
  private module: Promise<BillingModule> | null = null;
  private session: BillingSessionHandle | null = null;
  // Route changes can arrive while the module is still loading; handle them one at a time, in order.
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly ctx: ContentScriptContext) {}

  follow(url: string): void {
    this.queue = this.queue.then(() => this.apply(url)).catch((cause: unknown) => {
      // An extension reload mid-load, or a module that failed to load: stay silent in the page.
      console.debug('[Credit Lens] could not start on this page', cause);
    });
  }

  private async apply(url: string): Promise<void> {
    if (!this.ctx.isValid) return;
    if (!mayBeBillingRoute(url)) {
      this.session?.stop();
      this.session = null;
      return;
    }
    if (this.session) return this.session.navigated(url);
    handOver(CHUNK_IMPORTER, importBillingChunk);
    handOver(HANDED_BROWSER, browser);
    this.module ??= import(/* @vite-ignore */ browser.runtime.getURL('/content-scripts/billing/billing.js'));
    const { startBillingSession } = await this.module;
    if (this.ctx.isValid) this.session = startBillingSession(this.ctx, url);
  }
}

/**
 * A part of the Billing module that loads later: a language's messages for the overlay
 * (lib/i18n/page-catalog.ts), a language's lexicon for the reader (lib/lexicon/packs.ts), the misread
 * loop's pick mode and report (components/misread/load.ts), or the overlay's parts a user action shows
 * (components/overlay/parts/load.ts). Chrome lets the content script import from the web-accessible
 * Billing folder but refuses the module's own imports of its siblings under `use_dynamic_url`, so the
 * import lives here. Only `misread.js`, `parts.js`, `messages-<code>.js` and `lexicon-<code>.js` names
 * are accepted.
 */
const BILLING_CHUNK = /^(?:misread|parts|messages-[A-Za-z_]{2,5}|lexicon-[a-z]{2}(?:-[A-Za-z]{2,4})?)\.js$/;

function importBillingChunk(file: string): Promise<unknown> {
  if (!BILLING_CHUNK.test(file)) return Promise.reject(new Error(`not a Billing chunk: ${file}`));
  const url = (browser.runtime.getURL as (path: string) => string)(`/content-scripts/billing/${file}`);
  return import(/* @vite-ignore */ url);
}
