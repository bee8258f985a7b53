/**
 * Playwright fixtures for the built Chrome extension in system Chromium.
 * Build first (`npm run build`); tests load `.output/chrome-mv3` as an unpacked extension.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type BrowserContext, type CDPSession, type Locator, type Page } from '@playwright/test';
import {
  extensionIdOf,
  launchWithExtension,
  routeAdsManager as routeWith,
  type AdsManagerRoutes,
} from '../../scripts/browser.ts';
import { localDay } from '../../lib/iso-day';

export const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'pages');

export const ACCOUNT_ID = '7234567890123456789';
export const ADS = 'https://ads.tiktok.com';
export const PAYMENT_URL = `${ADS}/i18n/account/payment?aadvid=${ACCOUNT_ID}`;

export const test = base.extend<{ extensionId: string }>({
  // A fresh browser and profile per test: extension storage and overlay state never leak between tests.
  context: async ({ actionTimeout, navigationTimeout }, use) => {
    const browser = await launchWithExtension({ headless: true });
    // Overriding `context` bypasses the built-in fixture that would apply the config's timeouts.
    if (actionTimeout) browser.context.setDefaultTimeout(actionTimeout);
    if (navigationTimeout) browser.context.setDefaultNavigationTimeout(navigationTimeout);
    await use(browser.context);
    await browser.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
});

export { expect };

/** A box in viewport coordinates, by its edges. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The area two boxes share, in px²: 0 when they only touch or lie apart. */
export const overlapArea = (a: Rect, b: Rect) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** A calendar day relative to `now` in this machine's (and the browser's) time zone, as a date field holds it. */
export function dayFromToday(days: number, now = new Date()): string {
  const date = new Date(now);
  date.setDate(date.getDate() + days);
  return localDay(date);
}

/** A locator's box (Playwright's x, y, width, height) by its edges. */
export const edgesOf = (box: { x: number; y: number; width: number; height: number }): Rect => ({ left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height });

/** How far the page scrolls sideways: 0 when everything fits the window's width. */
export const sidewaysScroll = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Makes the page a touch screen, as a phone's browser is (CSS then reports `pointer: coarse`, `hover: none`); taps go through the returned session. */
export async function emulateTouch(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
  return cdp;
}

/** The board's timeline axis, as shown: each word that runs into another, or past the chart's edges. */
export async function axisWordsAmiss(page: Page): Promise<string[]> {
  const words = await page.locator('svg.axis text').evaluateAll((els) =>
    els.map((el) => ({ text: el.textContent ?? '', box: el.getBoundingClientRect().toJSON() as Rect, chart: (el as SVGTextElement).ownerSVGElement!.getBoundingClientRect().toJSON() as Rect })),
  );
  const amiss: string[] = [];
  for (const [i, a] of words.entries()) {
    if (a.box.left < a.chart.left - 1 || a.box.right > a.chart.right + 1) amiss.push(`"${a.text}" past the chart`);
    for (const b of words.slice(i + 1)) if (overlapArea(a.box, b.box) > 1) amiss.push(`"${a.text}" and "${b.text}"`);
  }
  return amiss;
}

/**
 * Serves HTML at real Ads Manager / Business Center URLs; every other request is aborted.
 * Keys are pathnames (any query) or full URLs; values are HTML strings or files in tests/e2e/pages/.
 */
export function routeAdsManager(context: BrowserContext, routes: AdsManagerRoutes): Promise<void> {
  return routeWith(context, routes, { baseDir: PAGES_DIR });
}

/** The page's test hooks (see tests/e2e/pages/app.js), called from the page's own world as its router would. */
export const app = {
  navigate: (page: Page, path: string) =>
    page.evaluate((p) => (window as unknown as TestAppWindow).testApp.navigate(p), path),
  setText: (page: Page, testId: string, text: string) =>
    page.evaluate(([id, t]) => (window as unknown as TestAppWindow).testApp.setText(id!, t!), [testId, text]),
};
interface TestAppWindow {
  testApp: { navigate(path: string): Promise<void>; setText(testId: string, text: string): void };
}

/**
 * Reads the overlay as the design's "Overlay contract" describes it. Playwright's CSS locators pierce
 * open shadow roots, so plain descendant selectors reach inside the `credit-lens-overlay` host.
 */
export function overlay(page: Page) {
  const host = page.locator('credit-lens-overlay');
  const card = page.locator('credit-lens-overlay [data-testid="status-card"]');
  const fieldLocator = (name: string): Locator => card.locator(`[data-field="${name}"]`);
  return {
    host,
    card,
    toggle: page.locator('credit-lens-overlay button[data-testid="toggle"]'),
    fieldLocator,
    /** The shown text of a reading field, whitespace folded. */
    field: async (name: string): Promise<string> => ((await fieldLocator(name).textContent()) ?? '').replace(/\s+/g, ' ').trim(),
    pageKind: () => card.getAttribute('data-page-kind'),
    /** The folded pill (the dock starts folded on every page). */
    pill: page.locator('credit-lens-overlay [data-testid="badge"]'),
    /** Opens the dock when it is folded, and waits for its status card to show. */
    open: async (): Promise<void> => {
      const pill = page.locator('credit-lens-overlay [data-testid="badge"]');
      await expect(pill.or(card).first()).toBeVisible();
      if (!(await pill.isVisible())) return expect(card).toBeVisible();
      // Seen once in a full run: the card stayed hidden after the click. Say which way, to find the cause:
      // the overlay mounted again (the click went to one that left), or the same dock stayed folded.
      const clicked = await host.elementHandle();
      await pill.click();
      try {
        await expect(card).toBeVisible();
      } catch (error) {
        const state = await clicked?.evaluate((el) => ({
          connected: el.isConnected,
          hosts: document.querySelectorAll('credit-lens-overlay').length,
          open: el.shadowRoot?.querySelector('[data-open]')?.getAttribute('data-open') ?? null,
        }));
        throw new Error(`the dock did not open after its pill was clicked: ${JSON.stringify(state)}`, { cause: error });
      } finally {
        await clicked?.dispose();
      }
    },
    reads: async () => Number((await card.getAttribute('data-reads')) ?? 'NaN'),
  };
}

/**
 * The element that has focus, looking through open shadow roots, described by its data-testid (or tag).
 * `document.activeElement` alone would only ever say the overlay's host.
 */
export function deepFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body) return null;
    return el.getAttribute('data-testid') ?? el.tagName.toLowerCase();
  });
}

/**
 * Tracks whether the extension's content script has an isolated world in the page's main frame,
 * through the DevTools protocol: the page's own world cannot see content scripts at all.
 * Call before navigating; enabling Runtime also reports worlds that already exist.
 */
export async function watchContentScript(page: Page, extensionId: string): Promise<() => boolean> {
  const cdp = await page.context().newCDPSession(page);
  const ours = new Set<number>();
  const origin = `chrome-extension://${extensionId}`;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string; isDefault?: boolean } | undefined;
    if (context.origin === origin && aux?.type === 'isolated') ours.add(context.id);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => ours.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => ours.clear());
  await cdp.send('Runtime.enable');
  return () => ours.size > 0;
}
