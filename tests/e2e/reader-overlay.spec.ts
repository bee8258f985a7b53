/**
 * What the overlay must show on Ads Manager Billing pages (issue 2), read through the overlay contract
 * in docs/design.md. The page is tests/e2e/pages/ads-manager.html, served at the real URLs.
 */
import type { Locator, Page } from '@playwright/test';
import {
  ACCOUNT_ID,
  ADS,
  PAYMENT_URL,
  app,
  deepFocus,
  expect,
  overlay,
  routeAdsManager,
  test,
  watchContentScript,
} from './extension';

// One SPA shell answers every route, as Ads Manager's own server does.
const ROUTES = {
  '/i18n/account/*': 'ads-manager.html',
  '/i18n/perf/*': 'ads-manager.html',
};

// Grouping may be shown as `1,234.50`, `1 234.50` or not at all; the decimals must be the page's.
const CASH = /(^|[^\d])1[,.\s\u00a0\u202f']?234[.,]50(?!\d)/;
const CREDIT = /(^|[^\d.,])50[.,]00(?!\d)/;

test.beforeEach(async ({ context }) => {
  await routeAdsManager(context, ROUTES);
});

test('(a) shows the Payment page balances and the account', async ({ page }) => {
  await page.goto(PAYMENT_URL);
  const o = overlay(page);
  await o.open();
  await expect(o.card).toHaveAttribute('data-page-kind', 'payment');
  await expect(o.fieldLocator('cashBalance')).toBeVisible();
  await expect(o.fieldLocator('cashBalance')).toHaveText(CASH);
  await expect(o.fieldLocator('creditBalance')).toHaveText(CREDIT);
  await expect(o.fieldLocator('accountId')).toHaveText(new RegExp(ACCOUNT_ID));
  expect(await o.reads()).toBeGreaterThanOrEqual(1);
});

test('(b) follows the page when an amount changes', async ({ page }) => {
  await page.goto(PAYMENT_URL);
  const o = overlay(page);
  await o.open();
  await expect(o.fieldLocator('creditBalance')).toHaveText(CREDIT);
  const readsBefore = await o.reads();

  // What the page's own framework does when a balance refresh arrives: the text node changes in place.
  await app.setText(page, 'ad-credit', '$75.00');
  await app.setText(page, 'account-balance', '$1,309.50');

  await expect(o.fieldLocator('creditBalance')).toHaveText(/(^|[^\d.,])75[.,]00(?!\d)/, { timeout: 5_000 });
  await expect(o.fieldLocator('cashBalance')).toHaveText(CASH);
  expect(await o.reads()).toBeGreaterThan(readsBefore);
});

test('(c) follows single-page navigation between Billing pages and leaves other pages', async ({ page }) => {
  await page.goto(PAYMENT_URL);
  const o = overlay(page);
  await expect(o.card).toHaveAttribute('data-page-kind', 'payment');

  await app.navigate(page, '/i18n/account/promotions');
  await expect(page).toHaveURL(`${ADS}/i18n/account/promotions?aadvid=${ACCOUNT_ID}`);
  await expect(o.card).toHaveAttribute('data-page-kind', 'promotions');

  await app.navigate(page, '/i18n/perf/campaign');
  await expect(page).toHaveURL(`${ADS}/i18n/perf/campaign?aadvid=${ACCOUNT_ID}`);
  await expect(o.host).toHaveCount(0);

  // The browser's Back button is a popstate, not a pushState: it must bring the overlay back too.
  await page.goBack();
  await expect(page).toHaveURL(`${ADS}/i18n/account/promotions?aadvid=${ACCOUNT_ID}`);
  await expect(o.card).toHaveAttribute('data-page-kind', 'promotions');
});

test('(c) stays off a non-Billing landing page and appears once the user navigates to Payment', async ({ page, extensionId }) => {
  const injected = await watchContentScript(page, extensionId);
  await page.goto(`${ADS}/i18n/perf/campaign?aadvid=${ACCOUNT_ID}`);
  await expect.poll(injected, { message: 'content script is running on the page' }).toBe(true);
  // Give a wrongly ungated overlay the time it would need to show up before calling its absence real.
  await page.waitForTimeout(1_500);
  await expect(overlay(page).host).toHaveCount(0);

  await app.navigate(page, '/i18n/account/payment');
  await expect(overlay(page).card).toHaveAttribute('data-page-kind', 'payment');
  await overlay(page).open();
  await expect(overlay(page).fieldLocator('cashBalance')).toHaveText(CASH);
});

test('(d) works on a page whose own scripts throw, and adds no errors of its own', async ({ page }) => {
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  // Content-script errors reach these events too, with chrome-extension:// frames in their stacks.
  page.on('pageerror', (error) => pageErrors.push(`${error.message}\n${error.stack ?? ''}`));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} @ ${message.location().url}`);
  });

  await page.goto(`${PAYMENT_URL}&bugs=1`);
  const o = overlay(page);
  await o.open();
  await expect(o.fieldLocator('cashBalance')).toHaveText(CASH);
  await expect(o.fieldLocator('creditBalance')).toHaveText(CREDIT);

  // Wait out the page's last scheduled bug, so the overlay has lived through all of them.
  await expect.poll(() => pageErrors.some((e) => e.includes('page bug: late timer'))).toBe(true);
  // Focus moves into the overlay fire the page's throwing focus handler as well.
  for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
  await page.waitForTimeout(500);

  expect(pageErrors.some((e) => e.includes('page bug: observer')), 'the collector sees the page errors').toBe(true);
  expect(consoleErrors.some((e) => e.includes('page bug: logged')), 'the collector sees console errors').toBe(true);
  const ours = [...pageErrors, ...consoleErrors].filter((e) => /chrome-extension:|credit-lens/i.test(e));
  expect(ours).toEqual([]);
  await o.open();
});

test('(e) leaves the page controls uncovered and is reachable by keyboard', async ({ page }) => {
  await page.goto(PAYMENT_URL);
  const o = overlay(page);
  await o.open();
  await expect(o.fieldLocator('cashBalance')).toHaveText(CASH);

  const card = await o.card.boundingBox();
  expect(card).not.toBeNull();
  const controls: [string, Locator][] = [
    ['Add balance', page.locator('#app-main').getByRole('button', { name: 'Add balance' })],
    ['Redeem coupon', page.locator('#app-main').getByRole('button', { name: 'Redeem coupon' })],
    ...(['Payment', 'Promotions', 'Transactions', 'Invoices'] as const).map(
      (name): [string, Locator] => [`Finance > ${name}`, page.getByRole('navigation', { name: 'Finance' }).getByRole('link', { name })],
    ),
  ];
  for (const [name, control] of controls) {
    const box = await control.boundingBox();
    expect(box, name).not.toBeNull();
    expect(intersects(card!, box!), `overlay card ${JSON.stringify(card)} overlaps ${name} ${JSON.stringify(box)}`).toBe(false);
    // A transparent full-screen wrapper would block clicks without its card overlapping anything.
    expect(await isTopmostAtCentre(control), `${name} receives clicks at its centre`).toBe(true);
  }

  expect(await tabUntil(page, 'toggle', 60), 'Tab reaches the overlay toggle').toBe(true);
  const before = await o.toggle.getAttribute('aria-expanded');
  expect(before).toMatch(/^(true|false)$/);
  const after = before === 'true' ? 'false' : 'true';
  await page.keyboard.press('Enter');
  await expect(o.toggle).toHaveAttribute('aria-expanded', after);
  expect(await deepFocus(page), 'focus stays on the toggle after it re-renders').toBe('toggle');
  await page.keyboard.press('Enter');
  await expect(o.toggle).toHaveAttribute('aria-expanded', before!);
});

test('(e) adding the overlay moves nothing on the page', async ({ page }) => {
  await page.goto(PAYMENT_URL);
  await overlay(page).open();
  const layout = await page.evaluate(() => {
    const header = document.querySelector('body > header')!.getBoundingClientRect();
    const shell = document.querySelector('body > .bc-okee-layout-1x')!.getBoundingClientRect();
    return {
      headerTop: header.top + scrollY,
      pageEnd: Math.max(innerHeight, Math.ceil(shell.bottom + scrollY)),
      scrollHeight: document.documentElement.scrollHeight,
    };
  });
  expect(layout.headerTop, 'nothing was inserted above the page').toBe(0);
  // The page ends where its own last element ends: an in-flow host (even an empty inline one) adds a line.
  expect(layout.scrollHeight, 'document height with the overlay mounted').toBe(layout.pageEnd);
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function isTopmostAtCentre(control: Locator): Promise<boolean> {
  return control.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return hit !== null && el.contains(hit);
  });
}

async function tabUntil(page: Page, testId: string, maxPresses: number): Promise<boolean> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if ((await deepFocus(page)) === testId) return true;
  }
  return false;
}
