/**
 * What the extension's overlay costs a Billing page as it opens (issue 9, `npm run bench`): the demo
 * Payment page (scripts/demo-page.html) with the demo agency's notebook, so the overlay has its hints,
 * dock and marks to show, loaded in a fresh tab with the built extension and without it, alternated in
 * one run. Measured as the renderer main thread's script time (DevTools `ScriptDuration`) from the
 * navigation until the overlay has read the page and stayed quiet for a second: the content script's
 * loader, the Billing module's read, hints, the dock and the marks. Reported, not budgeted: the host
 * rows (host-overhead.ts) hold the extension's cost against the page's own work.
 *
 * `measureOverlayLoad()` returns rows for bench/run.ts; `tsx bench/overlay-load.ts` prints them.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension, routeAdsManager } from '../scripts/browser';
import { seedDemoNotes } from '../scripts/demo-notes';
import { invokedDirectly } from '../scripts/invoked-directly';
import { median } from './first-paint';
import { launchBareBrowser, range, threadSeconds, type BareBrowser, type BenchRow } from './host-overhead';

const URL = 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789';
const STATUS_CARD = 'credit-lens-overlay [data-testid="status-card"]';
/** The session reads once the page settles (250 ms of quiet), then renders; a second covers both. */
const QUIET_MS = 1_000;

/** Script and busy milliseconds of one page load in a new tab of `context`. */
async function loadOnce(context: BrowserContext, withExtension: boolean): Promise<{ scriptMs: number; busyMs: number }> {
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await threadSeconds(cdp);
    await page.goto(URL);
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
    for (const context of [extension.context, bare.context]) await routeAdsManager(context, { '/i18n/*': 'scripts/demo-page.html' });
    await extension.context.pages()[0]?.setViewportSize({ width: 1280, height: 720 });

    // One warm-up each (the HTTP cache of the module, the JIT), then alternate so drift hits both.
    await loadOnce(extension.context, true);
    await loadOnce(bare.context, false);
    const runs = { with: [] as { scriptMs: number; busyMs: number }[], without: [] as { scriptMs: number; busyMs: number }[] };
    for (let round = 0; round < repeats; round++) {
      const order = round % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
      for (const side of order) runs[side].push(await loadOnce(side === 'with' ? extension.context : bare.context, side === 'with'));
    }
    const script = { with: runs.with.map((run) => run.scriptMs), without: runs.without.map((run) => run.scriptMs) };
    const busy = { with: runs.with.map((run) => run.busyMs), without: runs.without.map((run) => run.busyMs) };
    const addedScript = median(script.with) - median(script.without);
    const addedBusy = median(busy.with) - median(busy.without);
    return [
      {
        name: 'demo Payment page opening: script time added by the extension (read, hints, dock, marks)',
        value: Math.round(addedScript * 10) / 10,
        target: '',
        unit: 'ms',
        pass: true,
        detail:
          `script ${median(script.with).toFixed(1)} ms with vs ${median(script.without).toFixed(1)} ms without (medians of ${repeats}, alternated; ranges ` +
          `${range(script.with)} and ${range(script.without)} ms); main thread busy +${addedBusy.toFixed(1)} ms`,
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
