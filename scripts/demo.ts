/**
 * `npm run demo`: the built extension in system Chromium on a made-up Ads Manager Payment page
 * (scripts/demo-page.html) served at the real ads.tiktok.com URL, so nothing about the extension is faked.
 * With a display it opens a window and waits for you to close it; without one it writes screenshots.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PROJECT_ROOT, SetupError, launchWithExtension, routeAdsManager, type ExtensionBrowser } from './browser.ts';
import { seedDemoNotes } from './demo-notes.ts';

const DEMO_URL = 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789';
/** A Payment page in Bahasa Indonesia (a test fixture): the overlay speaks the page's language. */
const LOCAL_FIXTURE = 'id-automatic-payment-live';
const LOCAL_URL = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'tests/fixtures/pages', `${LOCAL_FIXTURE}.expected.json`), 'utf8')) as { url: string }).url;
const OUT_DIR = join(PROJECT_ROOT, 'demo-output');
const OVERLAY_TIMEOUT = 20_000;
const CARD = 'credit-lens-overlay [data-testid="status-card"]';

async function openDemo(browser: ExtensionBrowser): Promise<{ page: Page; extensionId: string }> {
  const extensionId = await seedDemoNotes(browser);
  // The page's router answers every Ads Manager path, so the menus work when you click around.
  // The fixture's exact URL is listed first: the first route that matches serves the page.
  await routeAdsManager(browser.context, { [LOCAL_URL]: `tests/fixtures/pages/${LOCAL_FIXTURE}.html`, '/i18n/*': 'scripts/demo-page.html' });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(DEMO_URL);
  return { page, extensionId };
}

/** The toolbar popup, opened as a tab at its own size: it finds the Payment tab's account by itself. */
async function popupScreenshot(browser: ExtensionBrowser, extensionId: string, path: string): Promise<void> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.getByText('SPRING-ADS-100').first().waitFor({ timeout: OVERLAY_TIMEOUT });
  await popup.waitForTimeout(600);
  await popup.screenshot({ path, fullPage: true });
}

/** The deadlines board with the agency's ten accounts, at a laptop's size, in light mode. */
async function boardScreenshot(browser: ExtensionBrowser, extensionId: string, path: string): Promise<void> {
  const board = await browser.context.newPage();
  await board.setViewportSize({ width: 1440, height: 960 });
  await board.emulateMedia({ colorScheme: 'light' });
  await board.goto(`chrome-extension://${extensionId}/board.html`);
  await board.locator('[data-testid="board-row"]').first().waitFor({ timeout: OVERLAY_TIMEOUT });
  await board.locator('[data-testid="timeline-bar"]').first().waitFor({ timeout: OVERLAY_TIMEOUT });
  await board.waitForTimeout(300);
  await board.screenshot({ path });
}

/** The window sizes pictured: a common laptop window and a full-HD screen. */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
const PILL = 'credit-lens-overlay [data-testid="badge"]';
/** Marks beside the page's values, once placed (issue 9): the pictures show them beside the folded and the open dock. */
const PLACED_MARK = 'credit-lens-overlay .mark[data-placed="true"]';

/**
 * The page as the user sees it at each size, with the dock folded (the pill, the coupon outline and the
 * marks beside the page's values), then with the dock open, once it has read the page at least once; and a close-up of the open dock.
 * Returns the files written.
 */
async function overlayScreenshots(page: Page, name: string): Promise<string[]> {
  const written: string[] = [];
  try {
    await page.locator(PILL).waitFor({ state: 'visible', timeout: OVERLAY_TIMEOUT });
    // data-reads counts completed reads: a dock showing "reading…" would make a misleading picture.
    await page.waitForFunction(
      (selector) => Number(document.querySelector('credit-lens-overlay')?.shadowRoot?.querySelector(selector)?.getAttribute('data-reads')) >= 1,
      CARD.replace('credit-lens-overlay ', ''),
      { timeout: OVERLAY_TIMEOUT },
    );
  } catch {
    const path = join(OUT_DIR, `${name}-failed.png`);
    await page.screenshot({ path, fullPage: true });
    throw new SetupError(`the Credit Lens overlay did not appear on ${page.url()} within ${OVERLAY_TIMEOUT / 1000} s (page screenshot: ${path})`);
  }
  for (const size of SIZES) {
    await page.setViewportSize(size);
    // The dock places itself once the window has settled; let its entrance finish too.
    await page.waitForTimeout(700);
    // A page with nothing to mark (or no room beside its values) is pictured as it is.
    await page.locator(PLACED_MARK).first().waitFor({ state: 'visible', timeout: 3_000 }).catch(() => undefined);
    const folded = join(OUT_DIR, `${name}-${size.width}x${size.height}-folded.png`);
    await page.screenshot({ path: folded });
    await page.locator(PILL).click();
    await page.waitForTimeout(700);
    const open = join(OUT_DIR, `${name}-${size.width}x${size.height}-open.png`);
    await page.screenshot({ path: open });
    written.push(folded, open);
    if (size === SIZES[0]) {
      const closeUp = join(OUT_DIR, `${name}-dock.png`);
      await page.locator('credit-lens-overlay .dock').screenshot({ path: closeUp });
      written.push(closeUp);
    }
    await page.locator('credit-lens-overlay [data-action="minimise"]').click();
  }
  return written;
}

async function headed(): Promise<void> {
  const browser = await launchWithExtension({ headless: false });
  const closed = new Promise<void>((done) => browser.context.once('close', () => done()));
  process.once('SIGINT', () => void browser.close());
  await openDemo(browser);
  console.log('Chromium is open on a demo Payment page with Credit Lens loaded. Close the window to finish.');
  await closed;
  await browser.close();
}

async function headless(): Promise<void> {
  const browser = await launchWithExtension({ headless: true });
  try {
    const { page, extensionId } = await openDemo(browser);
    await mkdir(OUT_DIR, { recursive: true });
    const pictures = await overlayScreenshots(page, 'payment');
    // The same overlay on a page in Bahasa Indonesia: it follows the page's language, not the browser's.
    const local = await browser.context.newPage();
    await local.goto(LOCAL_URL);
    pictures.push(...(await overlayScreenshots(local, 'payment-id')));
    // The popup asks the most recently used Ads Manager tab for its account: closed, this page (another
    // account, not in the notes) would have the popup's picture offer to add it, beside Acme's page pictures.
    await local.close();
    await page.bringToFront();
    const popup = join(OUT_DIR, 'popup.png');
    await popupScreenshot(browser, extensionId, popup);
    const board = join(OUT_DIR, 'board.png');
    await boardScreenshot(browser, extensionId, board);
    for (const picture of [...pictures, popup, board]) console.log(picture);
  } finally {
    await browser.close();
  }
}

try {
  await (process.env.DISPLAY ? headed() : headless());
} catch (error) {
  // One line the user can act on; Playwright's own messages span many lines of call log.
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  console.error(`demo: ${error instanceof SetupError ? '' : 'failed: '}${message}`);
  process.exit(1);
}
