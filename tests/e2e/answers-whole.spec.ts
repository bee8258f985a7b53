/**
 * A title is its answer (a date, a count of days, "is not activated"): in every UI language, on the
 * demo's Payment page with the demo's notes, neither the folded dock's pill (with a long offer name
 * at its top too), nor a folded row's title, nor a mark beside the page's value loses words to its
 * box; nor does the popup's account line, nor the board's account ids, names and codes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UI_LOCALES } from '../../lib/i18n/locales';
import { demoAgencyNotes } from '../../scripts/demo-notes';
import { PROJECT_ROOT } from '../../scripts/browser';
import type { BrowserContext, Locator } from '@playwright/test';
import { ACCOUNT_ID, PAYMENT_URL, expect, overlay, routeAdsManager, test } from './extension';
import { setLanguage } from './languages-support';

const DEMO_PAGE = readFileSync(join(PROJECT_ROOT, 'scripts/demo-page.html'), 'utf8');

test.use({ viewport: { width: 1280, height: 720 } });

/** The demo's notebook (or `file`), through the extension's own import, and the demo's page at Ads Manager's address. */
async function demo(context: BrowserContext, extensionId: string, file = demoAgencyNotes(new Date())): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const reply = await options.evaluate(`globalThis.chrome.runtime.sendMessage(${JSON.stringify({ type: 'credit-lens/notes-op', op: { type: 'import/apply', file } })})`);
  expect((reply as { ok?: boolean }).ok, JSON.stringify(reply)).not.toBe(false);
  await options.close();
  await routeAdsManager(context, { '/i18n/*': DEMO_PAGE });
}

/** Whether an element's content is wider or taller than its box (cut by its overflow, or past its edge). */
const cutShort = (locator: Locator) => locator.evaluate((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);

test('the pill, every folded row and the mark show their whole words, in each of the 18 languages', async ({ context, page, extensionId }) => {
  test.setTimeout(120_000);
  await demo(context, extensionId);
  const cut: string[] = [];
  let rows = 0;
  for (const language of UI_LOCALES) {
    await setLanguage(context, extensionId, language);
    await page.goto(PAYMENT_URL);
    // The folded dock speaks the language too: what is measured is its words, not English's.
    await expect(page.locator('credit-lens-overlay .theme')).toHaveAttribute('lang', language);
    const pillTitle = page.locator('credit-lens-overlay [data-testid="badge"] .pill-title');
    await expect(pillTitle).toBeVisible();
    if (await cutShort(pillTitle)) cut.push(`${language} pill: ${await pillTitle.textContent()}`);
    // The pending credit's mark beside the page's ad credit.
    const mark = page.locator('credit-lens-overlay .mark[data-placed="true"] .mark-text');
    await expect(mark).toHaveCount(1);
    if (await cutShort(mark)) cut.push(`${language} mark: ${await mark.textContent()}`);
    await overlay(page).open();
    const titles = page.locator('credit-lens-overlay .hint-toggle[aria-expanded="false"] .hint-title');
    // The demo's notes give a code to activate, campaigns spending without it, the pending credit and the coupon button.
    await expect(titles).toHaveCount(4);
    const clamped = await titles.evaluateAll((els) => els.filter((el) => el.scrollHeight > el.clientHeight + 1).map((el) => (el.querySelector('[aria-hidden]') ?? el).textContent ?? ''));
    cut.push(...clamped.map((text) => `${language}: ${text}`));
    rows += await titles.count();
  }
  expect(rows).toBe(4 * UI_LOCALES.length);
  expect(cut).toEqual([]);
});

test("a long offer name at the top of the pill leaves the credit's date and time whole, in each of the 18 languages", async ({ context, page, extensionId }) => {
  test.setTimeout(120_000);
  // Without the demo account's code, its offer's pending credit ("New advertiser offer: spend $50, get $50") is the top hint.
  const file = demoAgencyNotes(new Date());
  file.notes.codes = file.notes.codes.filter((code) => code.accountId !== ACCOUNT_ID);
  await demo(context, extensionId, file);
  const cut: string[] = [];
  for (const language of UI_LOCALES) {
    await setLanguage(context, extensionId, language);
    await page.goto(PAYMENT_URL);
    await expect(page.locator('credit-lens-overlay .theme')).toHaveAttribute('lang', language);
    const pillTitle = page.locator('credit-lens-overlay [data-testid="badge"] .pill-title');
    await expect(pillTitle).toContainText('New advertiser');
    if (await cutShort(pillTitle)) cut.push(`${language}: ${await pillTitle.textContent()}`);
  }
  expect(cut).toEqual([]);
});

test("the popup's account face keeps its id, its currency and the open page's mark whole, in each of the 18 languages", async ({ context, page, extensionId }) => {
  test.setTimeout(90_000);
  await demo(context, extensionId);
  await page.goto(PAYMENT_URL);
  await expect(overlay(page).pill).toBeVisible();
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  const cut: string[] = [];
  for (const language of UI_LOCALES) {
    await setLanguage(context, extensionId, language);
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.locator('html')).toHaveAttribute('lang', language);
    const details = popup.getByTestId('account-picker-face').locator(':scope > span').nth(1);
    await expect(details).toContainText('7234567890123456789 · USD');
    // The open page's mark follows the id: the popup asked the Ads Manager tab for its account.
    await expect(details).not.toHaveText('7234567890123456789 · USD');
    if (await cutShort(details)) cut.push(`${language}: ${await details.textContent()}`);
  }
  expect(cut).toEqual([]);
});

test("the board's account id shows whole from 1280 px; narrower, it keeps its end, where accounts' ids differ, and names and codes take more lines", async ({ context, page, extensionId }) => {
  await demo(context, extensionId);
  const id = page.locator('[data-testid="board-row"] td[data-col="account"] .cell-sub').first();
  /** Whether the id's first and last digits are inside its box. */
  const ends = () =>
    id.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const text = el.firstChild as Text;
      const inside = (at: number) => {
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        const rect = range.getBoundingClientRect();
        return rect.left >= box.left - 0.5 && rect.right <= box.right + 0.5;
      };
      return { first: inside(0), last: inside(text.length - 1) };
    });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/board.html`);
  await expect(id).toHaveText(/^\d{19}$/);
  expect(await cutShort(id)).toBe(false);
  await page.setViewportSize({ width: 1100, height: 800 });
  await expect.poll(ends).toEqual({ first: false, last: true });
  await expect(id).toHaveAttribute('title', (await id.textContent())!);
  // The first rows' names ("Driftwood Home US") and codes ("PARTNER-003-109") wrap whole rather than end in "…".
  const first = page.locator('[data-testid="board-row"]').first();
  await expect(first.locator('td[data-col="item"] .cell-main')).toHaveText(/^[A-Z]+-\d{3}-\d{3}$/);
  for (const cell of ['account', 'item']) expect(await cutShort(first.locator(`td[data-col="${cell}"] .cell-main`)), cell).toBe(false);
});
