/**
 * What the extension's overlay costs a Billing page as it opens (issue 9, `npm run bench`): the demo
 * Payment page (scripts/demo-page.html) with the demo agency's notebook, so the overlay has its hints,
 * dock and marks to show, loaded in a fresh tab with the built extension and without it, alternated in
 * one run. Measured as the renderer main thread's script time (DevTools `ScriptDuration`) from the
 * navigation until the overlay has read the page and stayed quiet for a second: the content script's
 * loader, the Billing module's read, hints, the dock and the marks. Reported, not budgeted: the host
 * rows (host-overhead.ts) hold the extension's cost against the page's own work.
 *
 * The demo page formats nothing, so the overlay's first date or amount starts the tab's Intl (ICU's
 * locale data), 30 to 65 ms in that one call on this machine. A page that shows one formatted amount
 * has paid that already, so a second row measures the same page with an amount formatted in its own
 * first script: the overlay's cost without the browser's start of Intl.
 *
 * `measureOverlayLoad()` returns rows for bench/run.ts; `tsx bench/overlay-load.ts` prints them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension, routeAdsManager } from '../scripts/browser';
import { seedDemoNotes } from '../scripts/demo-notes';
import { invokedDirectly } from '../scripts/invoked-directly';
import { median } from './first-paint';
import { launchBareBrowser, range, threadSeconds, type BareBrowser, type BenchRow } from './host-overhead';

const URL = 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789';
/** The same page, which formats an amount with Intl in its own first script, before the overlay runs. */
const INTL_URL = `${URL}&intl=1`;
const STATUS_CARD = 'credit-lens-overlay [data-testid="status-card"]';
/** The session reads once the page settles (250 ms of quiet), then renders; a second covers both. */
const QUIET_MS = 1_000;

/** Script and busy milliseconds of one page load. */
interface Load {
  scriptMs: number;
  busyMs: number;
}

/** One load of the demo page (or its Intl-first twin) in a new tab of `context`. */
async function loadOnce(context: BrowserContext, withExtension: boolean, intlStarted: boolean): Promise<Load> {
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await threadSeconds(cdp);
    await page.goto(intlStarted ? INTL_URL : URL);
    if (withExtension) {
      await page.locator(STATUS_CARD).waitFor({ state: 'attached', timeout: 15_000 });
      for (let waited = 0; Number(await page.locator(STATUS_CARD).getAttribute('data-reads')) < 1; waited += 50) {
        if (waited > 15_000) throw new Error('overlay-load: the extension never read the demo page');
        await page.waitForTimeout(50);
      }
    }
    await page.waitForTimeout(QUIET_MS);
    const after = await threadSeconds(cdp);
    return { scriptMs: (after.script - before.script) * 1000, busyMs: (after.task - before.task) * 1000 };
  } finally {
    await page.close();
  }
}

export async function measureOverlayLoad(options: { repeats?: number } = {}): Promise<BenchRow[]> {
  const { repeats = 7 } = options;
  const extension = await launchWithExtension({ headless: true });
  let bare: BareBrowser | null = null;
  try {
    await seedDemoNotes(extension);
    bare = await launchBareBrowser({ width: 1280, height: 720 });
    const demoPage = readFileSync(join(import.meta.dirname, '../scripts/demo-page.html'), 'utf8');
    const formatsFirst = demoPage.replace('<head>', '<head><script>new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(1)</script>');
    if (formatsFirst === demoPage) throw new Error('overlay-load: the demo page has no <head> to put the Intl script in');
    for (const context of [extension.context, bare.context]) await routeAdsManager(context, { [INTL_URL]: formatsFirst, '/i18n/*': demoPage });
    await extension.context.pages()[0]?.setViewportSize({ width: 1280, height: 720 });

    // One warm-up each (the HTTP cache of the module, the JIT), then alternate so drift hits both.
    await loadOnce(extension.context, true, false);
    await loadOnce(bare.context, false, false);
    // Both pages in every round, each with and without the extension, in alternating orders.
    const runs = { plain: { with: [] as Load[], without: [] as Load[] }, intl: { with: [] as Load[], without: [] as Load[] } };
    const browsers = { with: extension.context, without: bare.context };
    for (let round = 0; round < repeats; round++) {
      const pages = round % 2 === 0 ? (['plain', 'intl'] as const) : (['intl', 'plain'] as const);
      const sides = round % 4 < 2 ? (['with', 'without'] as const) : (['without', 'with'] as const);
      for (const kind of pages) for (const side of sides) runs[kind][side].push(await loadOnce(browsers[side], side === 'with', kind === 'intl'));
    }
    const added = (kind: keyof typeof runs) => {
      const script = { with: runs[kind].with.map((run) => run.scriptMs), without: runs[kind].without.map((run) => run.scriptMs) };
      const busy = { with: runs[kind].with.map((run) => run.busyMs), without: runs[kind].without.map((run) => run.busyMs) };
      return {
        value: Math.round((median(script.with) - median(script.without)) * 10) / 10,
        detail:
          `script ${median(script.with).toFixed(1)} ms with vs ${median(script.without).toFixed(1)} ms without (medians of ${repeats}, alternated; ranges ` +
          `${range(script.with)} and ${range(script.without)} ms); main thread busy +${(median(busy.with) - median(busy.without)).toFixed(1)} ms`,
      };
    };
    const demo = added('plain');
    const intl = added('intl');
    return [
      {
        name: 'demo Payment page opening: script time added by the extension (read, hints, dock, marks)',
        target: '',
        unit: 'ms',
        pass: true,
        ...demo,
      },
      {
        name: `the same, on a page that has already formatted an amount: the overlay without the browser's start of Intl`,
        target: '',
        unit: 'ms',
        pass: true,
        ...intl,
      },
    ];
  } finally {
    await extension.close();
    await bare?.close();
  }
}

if (invokedDirectly(import.meta.url)) {
  for (const row of await measureOverlayLoad()) console.log(`${row.name}: ${row.value} ${row.unit} - ${row.detail}`);
}
