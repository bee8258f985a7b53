/**
 * `npm run demo`: the built extension in system Chromium on a made-up Ads Manager Payment page
 * (scripts/demo-page.html) served at the real ads.tiktok.com URL, so nothing about the extension is faked.
 * With a display it opens a window and waits for you to close it; without one it writes screenshots.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PROJECT_ROOT, SetupError, extensionIdOf, launchWithExtension, routeAdsManager, type ExtensionBrowser } from './browser.ts';
import { demoAgencyNotes } from './demo-notes.ts';

const DEMO_URL = 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789';
/** A Payment page in Bahasa Indonesia (a test fixture): the overlay speaks the page's language. */
const LOCAL_FIXTURE = 'id-automatic-payment-live';
const LOCAL_URL = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'tests/fixtures/pages', `${LOCAL_FIXTURE}.expected.json`), 'utf8')) as { url: string }).url;
const OUT_DIR = join(PROJECT_ROOT, 'demo-output');
const OVERLAY_TIMEOUT = 20_000;
const CARD = 'credit-lens-overlay [data-testid="status-card"]';

// The extension page's own API, as it exists inside page.evaluate.
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** Fills the profile's notebook through the extension's own import path, as the options page does. */
async function seedNotes(browser: ExtensionBrowser): Promise<string> {
  const extensionId = await extensionIdOf(browser.context);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const reply = await page.evaluate(
    (file) => chrome.runtime.sendMessage({ type: 'credit-lens/notes-op', op: { type: 'import/apply', file } }),
    demoAgencyNotes(new Date()),
  );
  if (!reply || (reply as { ok?: boolean }).ok === false) throw new SetupError(`the demo notes were refused: ${JSON.stringify(reply)}`);
  await page.close();
  return extensionId;
}

async function openDemo(browser: ExtensionBrowser): Promise<{ page: Page; extensionId: string }> {
  const extensionId = await seedNotes(browser);
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

/** The whole page and a close-up of the overlay, once it has read the page at least once. */
async function overlayScreenshots(page: Page, full: string, closeUp: string): Promise<void> {
  const card = page.locator(CARD);
  try {
    await card.waitFor({ state: 'visible', timeout: OVERLAY_TIMEOUT });
    // data-reads counts completed reads: a card showing "reading…" would make a misleading picture.
    await page.waitForFunction(
      (selector) => Number(document.querySelector('credit-lens-overlay')?.shadowRoot?.querySelector(selector)?.getAttribute('data-reads')) >= 1,
      '[data-testid="status-card"]',
      { timeout: OVERLAY_TIMEOUT },
    );
  } catch {
    await page.screenshot({ path: full, fullPage: true });
    throw new SetupError(`the Credit Lens overlay did not appear on ${page.url()} within ${OVERLAY_TIMEOUT / 1000} s (page screenshot: ${full})`);
  }
  // Let entrance transitions finish so the picture shows the settled overlay.
  await page.waitForTimeout(400);
  await page.screenshot({ path: full, fullPage: true });
  const box = await card.boundingBox();
  const viewport = page.viewportSize();
  if (box && viewport && box.y < viewport.height && box.x < viewport.width) {
    const margin = 16;
    const x = Math.max(0, box.x - margin);
    const y = Math.max(0, box.y - margin);
    await page.screenshot({
      path: closeUp,
      clip: { x, y, width: Math.min(viewport.width - x, box.width + 2 * margin), height: Math.min(viewport.height - y, box.height + 2 * margin) },
    });
  } else {
    await card.screenshot({ path: closeUp });
  }
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
    const full = join(OUT_DIR, 'payment.png');
    const closeUp = join(OUT_DIR, 'overlay.png');
    await overlayScreenshots(page, full, closeUp);
    // The same overlay on a page in Bahasa Indonesia: it follows the page's language, not the browser's.
    const local = await browser.context.newPage();
    await local.goto(LOCAL_URL);
    const localFull = join(OUT_DIR, 'payment-id.png');
    const localCloseUp = join(OUT_DIR, 'overlay-id.png');
    await overlayScreenshots(local, localFull, localCloseUp);
    const popup = join(OUT_DIR, 'popup.png');
    await popupScreenshot(browser, extensionId, popup);
    const board = join(OUT_DIR, 'board.png');
    await boardScreenshot(browser, extensionId, board);
    console.log(full);
    console.log(closeUp);
    console.log(localFull);
    console.log(localCloseUp);
    console.log(popup);
    console.log(board);
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
