/**
 * No network, checked (issue 5): every request the extension's pages, service worker and content
 * script make across a whole session is recorded, and anything that is not the routed page itself or
 * the extension's own package fails the test.
 *
 * Attribution: a content script's requests are made in the page's name (its network stack, its
 * origin). The fixture page makes no request of its own after its document, so any request from the
 * tab other than a document we navigated to counts against the extension.
 */
import type { BrowserContext, CDPSession, Page, Request, Worker } from '@playwright/test';
import { ADS, PAYMENT_URL, app, expect, overlay, routeAdsManager, test } from './extension';

const ROUTES = { '/i18n/account/*': 'ads-manager.html', '/i18n/perf/*': 'ads-manager.html' };

interface Recorded {
  url: string;
  type: string;
  from: string;
}

/** Starts recording every request in the context, with where it came from. */
function recordRequests(context: BrowserContext): Recorded[] {
  const recorded: Recorded[] = [];
  context.on('request', (request: Request) => {
    const worker = request.serviceWorker();
    let from = 'unknown';
    if (worker) from = `service worker ${worker.url()}`;
    else {
      try {
        from = `page ${request.frame().url()}`;
      } catch {
        // Requests of a frame that has gone (a closed popup) keep no frame to ask.
      }
    }
    recorded.push({ url: request.url(), type: request.resourceType(), from });
  });
  return recorded;
}

/**
 * Allowed: the extension's own files (including the web-accessible Billing module, which Chrome serves
 * from a per-session `use_dynamic_url` id, and blob: URLs an export creates), and the documents the
 * test itself navigated to.
 */
function isAllowed(request: Recorded, navigatedTo: ReadonlySet<string>): boolean {
  // The browser's own settings page, used to restart the extension, is not the extension.
  if (request.from.startsWith('page chrome://')) return true;
  const url = new URL(request.url);
  if (url.protocol === 'chrome-extension:') return true;
  if (url.protocol === 'blob:' && request.url.startsWith('blob:chrome-extension://')) return true;
  return request.type === 'document' && navigatedTo.has(request.url);
}

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  return context.serviceWorkers().find(isOurs) ?? context.waitForEvent('serviceworker', { predicate: isOurs });
}

/** The content script's isolated world in the page's main frame, through the DevTools protocol. */
async function contentScriptWorld(page: Page, extensionId: string): Promise<{ cdp: CDPSession; contextId: () => number | null }> {
  const cdp = await page.context().newCDPSession(page);
  let id: number | null = null;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (context.origin === `chrome-extension://${extensionId}` && aux?.type === 'isolated') id = context.id;
  });
  cdp.on('Runtime.executionContextsCleared', () => (id = null));
  await cdp.send('Runtime.enable');
  return { cdp, contextId: () => id };
}

test.beforeEach(async ({ context }) => {
  await routeAdsManager(context, ROUTES);
});

test('the recorder sees requests from the page, the content script, extension pages and the service worker', async ({
  context,
  page,
  extensionId,
}) => {
  // Proves the main test can fail: one deliberate request from each place the extension runs.
  const recorded = recordRequests(context);
  const world = await contentScriptWorld(page, extensionId);
  await page.goto(PAYMENT_URL);
  await overlay(page).open();
  await expect.poll(world.contextId, { message: "content script's isolated world" }).not.toBeNull();

  await page.evaluate(() => fetch('https://canary.example/from-page').catch(() => {}));
  await world.cdp.send('Runtime.evaluate', {
    expression: "fetch('https://canary.example/from-content-script').catch(() => {}); 0",
    contextId: world.contextId()!,
  });
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
  await extensionPage.evaluate(() => fetch('https://canary.example/from-extension-page').catch(() => {}));
  const worker = await serviceWorker(context);
  await worker.evaluate(() => fetch('https://canary.example/from-service-worker').catch(() => {}));

  const canaries = () => recorded.filter((r) => r.url.startsWith('https://canary.example/')).map((r) => r.url).sort();
  await expect
    .poll(canaries)
    .toEqual([
      'https://canary.example/from-content-script',
      'https://canary.example/from-extension-page',
      'https://canary.example/from-page',
      'https://canary.example/from-service-worker',
    ]);
  const navigatedTo = new Set([PAYMENT_URL]);
  expect(recorded.filter((r) => !isAllowed(r, navigatedTo)).length).toBe(4);
});

test('a whole session makes no request beyond the routed page and the extension package', async ({ context, page, extensionId }) => {
  const recorded = recordRequests(context);
  const navigatedTo = new Set<string>();
  const goto = async (target: Page, url: string) => {
    navigatedTo.add(url);
    await target.goto(url);
  };

  // Switch the extension off and on again with the recorder attached, so its start-up counts too.
  const firstWorker = await serviceWorker(context);
  const restarted = context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith('chrome-extension://') && w !== firstWorker,
  });
  const settings = await context.newPage();
  await settings.goto('chrome://extensions/');
  for (const enabled of [false, true]) {
    await settings.evaluate(
      ([id, on]) =>
        new Promise<void>((resolve) =>
          (globalThis as unknown as { chrome: { management: { setEnabled(id: string, on: boolean, done: () => void): void } } }).chrome.management.setEnabled(id, on, resolve),
        ),
      [extensionId, enabled] as const,
    );
  }
  await restarted;
  await settings.close();

  // Read a Billing page and use the overlay.
  await goto(page, PAYMENT_URL);
  const o = overlay(page);
  await o.open();
  await expect(o.fieldLocator('cashBalance')).toBeVisible();
  await o.toggle.click();
  await o.toggle.click();
  for (let i = 0; i < 15; i++) await page.keyboard.press('Tab');
  // The misread loop (issue 12): show a value by pointing, then save a report from the report page.
  await page.locator('credit-lens-overlay [data-action="wrong-value"]').click();
  await page.locator('credit-lens-overlay [data-fix-field="cashBalance"]').click();
  const cash = (await page.getByTestId('cash-balance').boundingBox())!;
  await page.mouse.move(cash.x + cash.width / 2, cash.y + cash.height / 2, { steps: 3 });
  await page.mouse.click(cash.x + cash.width / 2, cash.y + cash.height / 2);
  await expect(page.locator('credit-lens-overlay [data-testid="fix-saved"]')).toBeVisible();
  const reportOpened = context.waitForEvent('page');
  await page.locator('credit-lens-overlay [data-action="save-report"]').click();
  const reportPage = await reportOpened;
  navigatedTo.add(reportPage.url());
  const reportDownload = reportPage.waitForEvent('download');
  await reportPage.getByTestId('report-download').click();
  expect((await reportDownload).suggestedFilename()).toMatch(/\.html$/);
  // Single-page navigation to another Billing page, and away from Billing.
  await app.navigate(page, '/i18n/account/promotions');
  await expect(o.card).toHaveAttribute('data-page-kind', 'promotions');
  await app.navigate(page, '/i18n/perf/campaign');
  await expect(o.host).toHaveCount(0);
  await goto(page, PAYMENT_URL);
  await o.open();

  // The popup, as a tab next to the Billing page, and the options page with an export.
  const popup = await context.newPage();
  await goto(popup, `chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('body')).not.toBeEmpty();
  for (let i = 0; i < 10; i++) await popup.keyboard.press('Tab');
  const options = await context.newPage();
  await goto(options, `chrome-extension://${extensionId}/options.html`);
  const exportButton = options.getByRole('button', { name: /export/i }).first();
  await expect(exportButton, 'the options page offers an export').toBeVisible();
  const download = options.waitForEvent('download');
  await exportButton.click();
  expect((await download).suggestedFilename()).toMatch(/\.json$/);

  // The deadlines board, with its CSV export.
  const board = await context.newPage();
  await goto(board, `chrome-extension://${extensionId}/board.html`);
  await expect(board.getByTestId('board')).toHaveAttribute('data-ready', 'true');
  for (let i = 0; i < 10; i++) await board.keyboard.press('Tab');

  // Let timers, alarms set on start-up and late renders have their chance to reach out.
  await page.waitForTimeout(2_000);
  const outside = recorded.filter((r) => !isAllowed(r, navigatedTo));
  expect(outside, `requests outside the extension:\n${outside.map((r) => `${r.type} ${r.url} (${r.from})`).join('\n')}`).toEqual([]);
  expect(recorded.some((r) => r.url.startsWith(ADS)), 'the recorder saw the routed page').toBe(true);
  expect(recorded.some((r) => r.url.includes('/content-scripts/billing/')), "the recorder saw the content script's module load").toBe(true);
});
