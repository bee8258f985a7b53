/**
 * When the reader is wrong (issue 12), in Chromium with the built extension: a reading that does not
 * add up puts the status card in its quiet "may be wrong" state; a value the reader misses is shown by
 * pointing, read there after a reload ("read as you showed"), listed and deleted on the options page,
 * and carried by export and import; "Save a report" opens the extension's own page with the file.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { runAxe, seriousOrCritical, withAxe } from './axe';
import { ACCOUNT_ID, PAYMENT_URL, edgesOf, expect, overlapArea, overlay, routeAdsManager, test } from './extension';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');
const DOES_NOT_ADD_UP = readFileSync(join(FIXTURES, 'en-balance-does-not-add-up.html'), 'utf8');

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('options')).toHaveAttribute('data-ready', 'true');
  return options;
}

/** Points at an element of the page and clicks it, as a user does in pick mode. */
async function pointAndClick(page: Page, testId: string): Promise<void> {
  const box = (await page.getByTestId(testId).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await expect(page.locator('credit-lens-overlay [data-testid="pick-box"]')).toBeVisible();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function startPicking(page: Page, field: string): Promise<void> {
  await page.locator('credit-lens-overlay [data-action="wrong-value"]').click();
  await page.locator(`credit-lens-overlay [data-fix-field="${field}"]`).click();
  await expect(page.locator('credit-lens-overlay [data-testid="pick-layer"]')).toBeVisible();
}

test('an account balance that is not cash plus credit puts the card in the quiet "may be wrong" state', async ({ context, page }) => {
  await routeAdsManager(context, { '/i18n/account/*': DOES_NOT_ADD_UP });
  await page.goto(PAYMENT_URL);
  const o = overlay(page);
  await o.open();
  const doubt = o.card.locator('[data-testid="doubt"]');
  await expect(doubt).toBeVisible();
  await expect(doubt).toHaveAttribute('data-rules', 'balance-sum');
  await expect(doubt).toContainText('This reading may be wrong');
  await expect(doubt.locator('[data-rule="balance-sum"]')).toContainText('$250.00 apart');
  await expect(doubt.locator('[data-action="wrong-value"]')).toHaveText('This value is wrong / missing');
  await expect(doubt.locator('[data-action="save-report"]')).toHaveText('Save a report');
  // Quiet: a status, not an alert; the values are still shown.
  await expect(doubt).toHaveAttribute('role', 'status');
  await expect(o.fieldLocator('accountBalance')).toBeVisible();
});

test('the user shows the ad credit the reader missed; after a reload it is read as they showed', async ({ context, page, extensionId }) => {
  await routeAdsManager(context, { '/i18n/account/*': 'credit-unlabelled.html' });
  await page.goto(PAYMENT_URL);
  const o = overlay(page);
  await o.open();
  await expect(o.fieldLocator('cashBalance')).toHaveText('$1,234.50');
  await expect(o.fieldLocator('creditBalance')).toHaveCount(0);

  await startPicking(page, 'creditBalance');
  // Esc cancels and leaves nothing behind.
  await page.keyboard.press('Escape');
  await expect(page.locator('credit-lens-overlay [data-testid="pick-layer"]')).toHaveCount(0);

  await startPicking(page, 'creditBalance');
  const pageClicks = () => page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks);
  const clicksBefore = await pageClicks();
  // A label is not a value: pick mode says so and stays.
  const label = (await page.getByText('Gift funds').boundingBox())!;
  await page.mouse.click(label.x + 5, label.y + label.height / 2);
  await expect(page.locator('credit-lens-overlay [data-testid="pick-status"]')).toContainText('holds no amount');
  await pointAndClick(page, 'gift-value');
  await expect(page.locator('credit-lens-overlay [data-testid="pick-layer"]')).toHaveCount(0);
  await expect(o.card.locator('[data-testid="fix-saved"]')).toContainText('Ad credit');
  await expect(o.fieldLocator('creditBalance')).toHaveText('$50.00');
  expect(await pageClicks(), "pick mode's clicks never reached the page's document").toBe(clicksBefore);

  await page.reload();
  await o.open();
  await expect(o.fieldLocator('creditBalance')).toHaveText('$50.00');
  await expect(o.card.locator('[data-as-shown="creditBalance"]')).toHaveText('read as you showed');

  // A later visit with another amount follows the value.
  await page.goto(`${PAYMENT_URL}&credit=75.00`);
  await o.open();
  await expect(o.fieldLocator('creditBalance')).toHaveText('$75.00');

  // The options page lists the fix with its page and date; export carries it.
  const options = await openOptions(context, extensionId);
  const fix = options.getByTestId('fixes').locator('[data-fix]');
  await expect(fix).toHaveCount(1);
  await expect(fix).toContainText(`Ad credit on the Payment page of ${ACCOUNT_ID}`);
  await expect(fix).toContainText('next to “Gift funds”');
  await expect(fix).toContainText('shown on');
  const pending = options.waitForEvent('download');
  await options.getByTestId('export').click();
  const exported = await (await pending).path();
  const file = JSON.parse(readFileSync(exported, 'utf8')) as { version: number; notes: { fixes: { field: string; target: { label: string } }[] } };
  expect(file.notes.fixes).toMatchObject([{ field: 'creditBalance', target: { label: 'Gift funds' } }]);

  // Deleted: the list is empty and the page reads by itself again.
  await fix.locator('[data-action="delete-fix"]').click();
  await expect(fix).toHaveCount(0);
  await page.goto(PAYMENT_URL);
  await o.open();
  await expect(o.fieldLocator('cashBalance')).toHaveText('$1,234.50');
  await expect(o.fieldLocator('creditBalance')).toHaveCount(0);

  // Import brings it back.
  await options.locator('input[type="file"]').setInputFiles(exported);
  await options.getByTestId('import-apply').click();
  await expect(fix).toHaveCount(1);
  await page.reload();
  await o.open();
  await expect(o.fieldLocator('creditBalance')).toHaveText('$50.00');
});

test('a fix whose element is gone says so once, and the reader stands', async ({ context, page }) => {
  await routeAdsManager(context, { '/i18n/account/*': 'credit-unlabelled.html' });
  await page.goto(PAYMENT_URL);
  const o = overlay(page);
  await o.open();
  await startPicking(page, 'creditBalance');
  await pointAndClick(page, 'gift-value');
  await expect(o.fieldLocator('creditBalance')).toHaveText('$50.00');

  await page.goto(`${PAYMENT_URL}&variant=moved`);
  await o.open();
  await expect(o.card.locator('[data-testid="fix-lost"]')).toContainText('no longer where it was');
  await expect(o.fieldLocator('creditBalance')).toHaveCount(0);
  await expect(o.fieldLocator('cashBalance')).toHaveText('$1,234.50');
  await page.reload();
  await o.open();
  await expect(o.fieldLocator('cashBalance')).toHaveText('$1,234.50');
  await expect(o.card.locator('[data-testid="fix-lost"]')).toHaveCount(0);
});

test('"Save a report" opens the extension\'s own page with the redacted file and a download link', async ({ context, page }) => {
  await routeAdsManager(context, { '/i18n/account/*': DOES_NOT_ADD_UP });
  await page.goto(PAYMENT_URL);
  const o = overlay(page);
  await o.open();
  await expect(o.card.locator('[data-testid="doubt"]')).toBeVisible();
  const opened = context.waitForEvent('page');
  await o.card.locator('[data-action="save-report"]').click();
  const report = await opened;
  await expect(report.getByTestId('report-summary')).toContainText('Redacted:');
  const text = (await report.getByTestId('report-text').textContent()) ?? '';
  expect(text).toContain('credit-lens-misread-report');
  for (const secret of [ACCOUNT_ID, 'dana.whitfield@example-shop.com', '1,534.50']) expect(text).not.toContain(secret);
  const download = report.waitForEvent('download');
  await report.getByTestId('report-download').click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^credit-lens-report-\d{4}-\d{2}-\d{2}\.html$/);
  expect(readFileSync((await saved.path())!, 'utf8')).toBe(text);
});

test('the doubt, the field chooser and pick mode have no serious or critical axe violation', async ({ context, page }) => {
  await routeAdsManager(context, { '/i18n/account/*': DOES_NOT_ADD_UP });
  await withAxe(page);
  await page.goto(PAYMENT_URL);
  const o = overlay(page);
  await o.open();
  await expect(o.card.locator('[data-testid="doubt"]')).toBeVisible();
  const states: string[][] = [];
  states.push(seriousOrCritical(await runAxe(page, 'credit-lens-overlay')));
  await o.card.locator('[data-action="wrong-value"]').click();
  await expect(o.card.locator('[data-testid="field-chooser"]')).toBeVisible();
  states.push(seriousOrCritical(await runAxe(page, 'credit-lens-overlay')));
  await o.card.locator('[data-fix-field="creditBalance"]').click();
  await expect(page.locator('credit-lens-overlay [data-testid="pick-layer"]')).toBeVisible();
  const picking = await runAxe(page, 'credit-lens-overlay');
  expect(picking.shadowNodes).toBeGreaterThan(0);
  states.push(seriousOrCritical(picking));
  expect(states).toEqual([[], [], []]);
});

test('in pick mode the bar moves to the other edge when it would hide what is pointed at', async ({ context, page }) => {
  await routeAdsManager(context, { '/i18n/account/*': DOES_NOT_ADD_UP });
  await page.goto(PAYMENT_URL);
  await overlay(page).open();
  // A block of the page that runs up under the bar's place at the top.
  await page.evaluate(() => {
    const block = document.createElement('div');
    block.textContent = 'Promo credit $25.00';
    block.style.cssText = 'position:fixed;top:20px;left:300px;width:680px;height:160px;background:#eef;z-index:10';
    document.body.append(block);
  });
  await startPicking(page, 'creditBalance');
  const bar = page.locator('credit-lens-overlay [data-pick-bar]');
  const pickBox = page.locator('credit-lens-overlay [data-testid="pick-box"]');
  const barTop = async () => (await bar.boundingBox())!.y;
  const overlap = async () => overlapArea(edgesOf((await bar.boundingBox())!), edgesOf((await pickBox.boundingBox())!));
  expect(await barTop()).toBeLessThan(40);
  // Pointed at below the bar, the block reaches under it: the bar goes to the bottom.
  await page.mouse.move(640, 165, { steps: 4 });
  await expect(pickBox).toBeVisible();
  await expect.poll(barTop).toBeGreaterThan(400);
  expect(await overlap()).toBe(0);
  // Something lower down that the bar does not hide: it stays where it is, so its Cancel can be reached.
  const balance = (await page.getByText('Account balance', { exact: true }).first().boundingBox())!;
  await page.mouse.move(balance.x + 5, balance.y + balance.height / 2, { steps: 4 });
  await expect.poll(overlap).toBe(0);
  expect(await barTop()).toBeGreaterThan(400);
});

test('in pick mode a value wholly under the bar can be pointed at through it, and picked once the bar has moved off it', async ({ context, page }) => {
  await routeAdsManager(context, { '/i18n/account/*': 'credit-unlabelled.html' });
  await page.goto(PAYMENT_URL);
  await overlay(page).open();
  await startPicking(page, 'creditBalance');
  const bar = page.locator('credit-lens-overlay [data-pick-bar]');
  const pickBox = page.locator('credit-lens-overlay [data-testid="pick-box"]');
  const barBox = (await bar.boundingBox())!;
  // The page's ad credit, moved where the bar lies over all of it.
  await page.getByTestId('gift-value').evaluate((value, at) => {
    (value as HTMLElement).style.cssText = `position:fixed;z-index:10;top:${at.y + 8}px;left:${at.x + 40}px;width:80px;height:20px`;
  }, barBox);
  const value = (await page.getByTestId('gift-value').boundingBox())!;
  expect(overlapArea(edgesOf(barBox), edgesOf(value))).toBe(value.width * value.height);
  const centre = { x: value.x + value.width / 2, y: value.y + value.height / 2 };
  await page.mouse.move(centre.x, centre.y, { steps: 4 });
  await expect(page.locator('credit-lens-overlay [data-testid="pick-status"]')).toContainText('$50.00');
  await expect.poll(async () => (await bar.boundingBox())!.y).toBeGreaterThan(400);
  // The highlight glides to its place (80 ms): its box is read once it is there.
  await expect.poll(async () => overlapArea(edgesOf((await pickBox.boundingBox())!), edgesOf(value))).toBe(value.width * value.height);
  await page.mouse.click(centre.x, centre.y);
  await expect(page.locator('credit-lens-overlay [data-testid="pick-layer"]')).toHaveCount(0);
  await expect(overlay(page).fieldLocator('creditBalance')).toHaveText('$50.00');
});

test("the field chooser's choices read as one list down its start edge, under its title", async ({ context, page }) => {
  await routeAdsManager(context, { '/i18n/account/*': DOES_NOT_ADD_UP });
  await page.goto(PAYMENT_URL);
  const o = overlay(page);
  await o.open();
  await o.card.locator('[data-action="wrong-value"]').click();
  const starts = await o.card.locator('[data-testid="field-chooser"] > *').evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().left)));
  expect(starts.length).toBeGreaterThan(2);
  expect(starts.filter((left) => Math.abs(left - starts[0]!) > 4), `left edges ${starts.join(', ')}`).toEqual([]);
});

test('an ad credit read from text only a screen reader gets raises the "cannot see" doubt, judged by its box', async ({ context, page }) => {
  const clipped = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'pages', 'credit-unlabelled.html'), 'utf8')
    .replace('>Gift funds<', '>Ad credit<')
    .replace('<div class="vi-stat-v-q2" data-testid="gift-value">$50.00</div>', '<div class="vi-stat-v-q2" data-testid="gift-value"><span style="position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)">$50.00</span></div>');
  await routeAdsManager(context, { '/i18n/account/*': clipped });
  await page.goto(PAYMENT_URL);
  const o = overlay(page);
  await o.open();
  await expect(o.fieldLocator('creditBalance')).toHaveText('$50.00');
  await expect(o.card.locator('[data-testid="doubt"]')).toHaveAttribute('data-rules', 'unseen-value');
  await expect(o.card.locator('[data-rule="unseen-value"]')).toHaveText('Ad credit $50.00 was read from text you cannot see on the page.');
});
