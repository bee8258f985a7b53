/**
 * Assignable credit nothing has been spent from (issue 15, item 6), in Chromium with the built
 * extension: on the Promotions page of the fixed-column table fixture, the hint appears and points at
 * the promotion's row, and "Show me" brings that row into view, from the dock and from the popup. The
 * page is never changed.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anAccount } from '../../lib/notes/test-fixtures';
import { accountIdFromUrl } from '../../lib/reader/page-kind';
import { expect, overlay, routeAdsManager, test } from './extension';
import { seedNotes } from './hints-support';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');
const PAGE = join(FIXTURES, 'en-promotions-fixed-columns.html');
const URL: string = JSON.parse(readFileSync(join(FIXTURES, 'en-promotions-fixed-columns.expected.json'), 'utf8')).url;

/** Whether any of the row the selector names is inside the window. */
const rowInView = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const box = document.querySelector(s)!.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  }, selector);

test.describe('assignable credit not assigned to a campaign', () => {
  test('the hint appears and points at the promotion\'s row; "Show me" scrolls the row into view', async ({ context, page }) => {
    // Short enough that the table sits below the fold until the user asks for it.
    await page.setViewportSize({ width: 1100, height: 200 });
    await routeAdsManager(context, { [URL]: PAGE });
    await page.goto(URL);
    await overlay(page).open();

    const hint = page.locator('credit-lens-overlay [data-hint="assignable-credit"][data-state="not-assigned"]');
    await expect(hint).toBeVisible({ timeout: 10_000 });
    await expect(hint).toContainText('$150.00 of assignable credit is likely not assigned to a campaign');
    await expect(hint).toContainText('Holiday ad credit');

    // The row's details hold the step's button: every row of the dock starts folded.
    await hint.locator('.hint-toggle').click();
    const show = hint.locator('[data-action="show-on-page"]');
    const selector = await show.getAttribute('data-target');
    expect(selector).toBeTruthy();
    // The selector names exactly one row of the page, the one that holds the promotion.
    const rows = await page.evaluate((s) => [...document.querySelectorAll(s!)].map((row) => ({ tag: row.tagName, text: row.textContent ?? '' })), selector);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tag: 'TR', text: expect.stringContaining('Assignable') });
    expect(rows[0]!.text).toContain('$150.00');

    const inView = () => rowInView(page, selector!);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await inView()).toBe(false);
    await show.click();
    await expect.poll(inView).toBe(true);
  });

  test("the popup's card asks the page to show the row, and closes", async ({ context, page, extensionId }) => {
    await page.setViewportSize({ width: 1100, height: 200 });
    await routeAdsManager(context, { [URL]: PAGE });
    await seedNotes(context, extensionId, { accounts: [anAccount({ id: accountIdFromUrl(URL).accountId! })] });
    await page.goto(URL);
    const hint = page.locator('credit-lens-overlay [data-hint="assignable-credit"]');
    await overlay(page).open();
    await expect(hint).toBeVisible({ timeout: 10_000 });
    await hint.locator('.hint-toggle').click();
    const selector = await hint.locator('[data-action="show-on-page"]').getAttribute('data-target');
    const inView = () => rowInView(page, selector!);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await inView()).toBe(false);

    // Opened as a tab, the popup asks the most recently used Ads Manager tab: this page.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const closed = popup.waitForEvent('close');
    await popup.locator('[data-testid="hint"][data-kind="assignable-credit"]').getByRole('button', { name: 'Show me its row, then “View/Assign”' }).click();
    await closed;
    await expect.poll(inView).toBe(true);
  });
});
