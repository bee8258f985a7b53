/**
 * Checks the e2e harness itself, independent of what the overlay shows: when these fail, the reader
 * specs' failures say nothing about the extension.
 */
import { ADS, PAYMENT_URL, expect, routeAdsManager, test, watchContentScript } from './extension';

test('the extension loads and its service worker starts', async ({ extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
});

test('a routed Ads Manager page loads with the content script injected', async ({ context, page, extensionId }) => {
  await routeAdsManager(context, { '/i18n/account/payment': 'ads-manager.html' });
  const injected = await watchContentScript(page, extensionId);
  await page.goto(PAYMENT_URL);
  await expect(page.locator('#app-main').getByRole('heading', { name: 'Payment', exact: true })).toBeVisible();
  await expect.poll(injected, { message: 'content script world in the page' }).toBe(true);
});

test('Business Center URLs are routed too, and the content script runs there', async ({ context, page, extensionId }) => {
  await routeAdsManager(context, { 'https://business.tiktok.com/manage/payment/*': '<!doctype html><title>BC</title><h1>Payment</h1>' });
  const injected = await watchContentScript(page, extensionId);
  await page.goto('https://business.tiktok.com/manage/payment/v2?org_id=7000000000000000001&aadvid=7234567890123456789');
  await expect(page).toHaveTitle('BC');
  await expect.poll(injected).toBe(true);
});

test('unrouted requests fail at once instead of waiting on a network that is not there', async ({ context, page }) => {
  await routeAdsManager(context, { '/i18n/account/payment': 'ads-manager.html' });
  await expect(page.goto(`${ADS}/i18n/not-routed`, { timeout: 5_000 })).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  await expect(page.goto('https://example.com/', { timeout: 5_000 })).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
});
