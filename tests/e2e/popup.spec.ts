/**
 * The popup (issue 4): the user's notes per ad account, in system Chromium with the built extension.
 * The popup page is opened as a tab (chrome-extension://<id>/popup.html); it finds the Ads Manager
 * page by asking every tab, so an open routed payment tab is found the same way a real popup finds it.
 */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { ACCOUNT_ID, PAYMENT_URL, dayFromToday, emulateTouch, expect, overlay, routeAdsManager, sidewaysScroll, test } from './extension';
import { anOffer } from '../../lib/notes/test-fixtures';
import { OTHER_ACCOUNT, openPopup, popup } from './popup-support';

/** The parts of the extension API these tests call inside extension pages and the service worker. */
declare const chrome: {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
  action: { getBadgeText(details: Record<string, never>): Promise<string> };
};

test('(a) an offer and a code added in the popup are there after a reload', async ({ context, extensionId }) => {
  const p = await openPopup(context, extensionId);
  await expect(p.page.getByTestId('no-accounts')).toBeVisible();
  await p.addAccount(ACCOUNT_ID, 'USD');
  await p.addOffer('Spend 500, get 250', '500', '250', dayFromToday(20));
  await p.addCode('WELCOME50', dayFromToday(-11));

  await p.page.reload();
  await p.ready();
  await expect(p.picker).toHaveValue(ACCOUNT_ID);
  await expect(p.offers).toHaveCount(1);
  await expect(p.offers.first()).toContainText('Spend 500, get 250');
  await expect(p.offers.first()).toContainText('$500.00');
  await expect(p.offers.first().getByTestId('countdown')).toHaveText('reach the threshold within 20 days');
  await expect(p.codes).toHaveCount(1);
  await expect(p.codes.first()).toContainText('WELCOME50');
  // Received 11 days ago: 14 days to activate.
  await expect(p.codes.first().getByTestId('countdown')).toHaveText('activate within 3 days');

  // What matters now: the code's card copies it beside the step that opens the Payment page.
  const hint = p.page.locator('[data-testid="hint"][data-kind="code-deadline"]');
  await expect(hint).toContainText('WELCOME50');
  await hint.getByRole('button', { name: 'Copy code WELCOME50' }).click();
  await expect(hint.getByRole('status')).toHaveText('Copied');
  expect(await pasted(p.page)).toBe('WELCOME50');
});

test('(b) validation messages show in place and nothing is saved', async ({ context, extensionId }) => {
  const p = await openPopup(context, extensionId);
  await p.addAccount(ACCOUNT_ID, 'USD');
  await p.page.getByTestId('add-offer').click();
  await p.page.getByLabel(/^Spend threshold/).fill('five hundred');
  await p.page.getByRole('button', { name: 'Add offer', exact: true }).click();
  const threshold = p.page.getByLabel(/^Spend threshold/);
  await expect(threshold).toHaveAttribute('aria-invalid', 'true');
  await expect(p.page.locator('[data-error-for="threshold"]')).toContainText('digits only');
  // The cursor goes to the first field to fix.
  await expect(p.page.getByLabel('Offer name')).toBeFocused();
  await p.page.getByRole('button', { name: 'Cancel' }).click();
  await expect(p.offers).toHaveCount(0);
});

test('(c) the popup preselects the account of an open Ads Manager tab', async ({ context, extensionId }) => {
  await routeAdsManager(context, { '/i18n/account/*': 'ads-manager.html' });
  const p = await openPopup(context, extensionId);
  await p.addAccount(OTHER_ACCOUNT, 'EUR');

  const ads = await context.newPage();
  await ads.goto(PAYMENT_URL);
  await overlay(ads).open();

  await p.page.bringToFront();
  await p.page.reload();
  await p.ready();
  // Not in the notes yet: one click adds it, filled in from the page.
  const prompt = p.page.getByTestId('add-page-account');
  await expect(prompt).toContainText(ACCOUNT_ID);
  await prompt.getByRole('button', { name: 'Add this account' }).click();
  await expect(p.page.getByLabel('Advertiser ID')).toHaveValue(ACCOUNT_ID);
  await expect(p.page.getByLabel('Currency')).toHaveValue('USD');
  await expect(p.page.getByLabel('Billing type')).toHaveValue('manual');
  await p.page.getByRole('button', { name: 'Add account', exact: true }).click();

  await p.page.reload();
  await p.ready();
  await expect(p.picker).toHaveValue(ACCOUNT_ID);
  // The other account is one choice away.
  await p.picker.selectOption(OTHER_ACCOUNT);
  await expect(p.picker).toHaveValue(OTHER_ACCOUNT);
});

test('(d) a corrupt stored value is reported and kept, not erased', async ({ context, extensionId }) => {
  const p = await openPopup(context, extensionId);
  const good = anOffer({ id: 'offer-good', accountId: ACCOUNT_ID, name: 'Good offer', creditAmount: null });
  const bad = { ...good, id: 'offer-bad', name: 'Half-written offer', threshold: 'five hundred dollars' };
  const account = { id: ACCOUNT_ID, name: null, currency: 'USD', billingType: null, businessCenterOwned: null, lastSeenOn: null };
  // What a bug or a half-finished write could leave behind, written straight into storage.
  await p.storeAndReload({ accounts: [account], offers: [good, bad], codes: [], notes: [], fixes: [] });

  const notice = p.page.getByTestId('quarantine-notice');
  await expect(notice).toContainText('Some saved data could not be read; it was kept aside');
  await expect(p.offers).toHaveCount(1);
  await expect(p.offers.first()).toContainText('Good offer');

  // Still stored somewhere (in place or in the quarantine), never dropped.
  const stored = await p.page.evaluate(() => chrome.storage.local.get(null));
  expect(JSON.stringify(stored)).toContain('five hundred dollars');

  const download = p.page.waitForEvent('download');
  await notice.getByRole('button', { name: /Export/ }).click();
  const file = await download;
  const text = await streamText(await file.createReadStream());
  expect(text).toContain('five hundred dollars');
  expect(text).toContain('Half-written offer');
});

test('(e) the toolbar badge shows the days to the nearest deadline, and the popup opens on its account', async ({ context, extensionId }) => {
  const p = await openPopup(context, extensionId);
  // Added first, with nothing due.
  await p.addAccount(OTHER_ACCOUNT, 'EUR');
  await p.addAccount(ACCOUNT_ID, 'USD');
  await p.addOffer('Spend 500, get 250', '500', '250', dayFromToday(9));
  // Received 10 days ago: 4 days left to activate, the nearest deadline.
  await p.addCode('WELCOME50', dayFromToday(-10));

  const worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`))!;
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe('4');
  // Opened again with no Ads Manager page: on the account the badge counts down to, not the first added.
  await p.page.reload();
  await p.ready();
  await expect(p.picker).toHaveValue(ACCOUNT_ID);
  await expect(p.page.getByTestId('nearest-deadline-account')).toHaveText('Showing the account with the nearest deadline, the one the toolbar badge counts down to.');
});

test('(f) lists, a form with errors and both guides pass axe in light and dark', async ({ context, extensionId }) => {
  const p = await openPopup(context, extensionId);
  await p.addAccount(ACCOUNT_ID, 'USD');
  await p.addOffer('Spend 500, get 250', '500', '250', dayFromToday(2));
  await p.addCode('WELCOME50', dayFromToday(-16));
  const page = await context.newPage();
  // Loaded before the page's scripts through the DevTools protocol: the extension CSP allows no inline script.
  await page.addInitScript({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const q = popup(page);
  await q.ready();
  await expect(q.offers).toHaveCount(1);

  const serious = () =>
    page.evaluate(async () => {
      type Result = { id: string; impact?: string | null; nodes: { target: unknown }[] };
      const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: Result[] }> } }).axe;
      const { violations } = await axe.run(document);
      return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await serious(), `lists, ${colorScheme}`).toEqual([]);
    await page.getByTestId('add-offer').click();
    await page.getByRole('button', { name: 'Add offer', exact: true }).click();
    await expect(page.locator('[data-error-for="name"]')).toBeVisible();
    expect(await serious(), `offer form with errors, ${colorScheme}`).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('which-type').click();
    await page.getByRole('button', { name: /It was shown in TikTok Ads Manager/ }).click();
    expect(await serious(), `which-type outcome, ${colorScheme}`).toEqual([]);
    await page.getByRole('button', { name: '← Back' }).click();
    await page.getByTestId('why-rejected').click();
    await expect(page.getByTestId('rejection-checklist')).toBeVisible();
    expect(await serious(), `rejection checklist, ${colorScheme}`).toEqual([]);
    await page.getByRole('button', { name: '← Back' }).click();
  }
});

test('(g) a rejected code gets its likely causes, most likely first', async ({ context, extensionId }) => {
  const p = await openPopup(context, extensionId);
  await p.addAccount(ACCOUNT_ID, 'USD');
  await p.page.getByTestId('add-code').click();
  await p.page.getByLabel('Code', { exact: true }).fill('WELCOME50');
  await p.page.getByLabel('Status').selectOption('rejected');
  await p.page.getByLabel('Message the page showed').fill('Another promotion is currently in progress on this account.');
  await p.page.getByRole('button', { name: 'Add code', exact: true }).click();

  await p.codes.first().getByRole('button', { name: 'Why rejected?' }).click();
  const checklist = p.page.getByTestId('rejection-checklist');
  await expect(checklist).toContainText('Likely causes, most likely first');
  await expect(checklist.locator('[data-cause]').first()).toHaveAttribute('data-cause', 'promotion-active');
  // Checked off by keyboard, as a checklist.
  const first = checklist.getByRole('checkbox').first();
  await first.focus();
  await p.page.keyboard.press('Space');
  await expect(first).toBeChecked();

  // The support message, with the code, its account, the page's words and what was ticked, for pasting to support.
  await checklist.getByRole('button', { name: 'Copy support message' }).click();
  await expect(p.page.getByTestId('announcement')).toHaveText('Support message copied');
  const copied = await pasted(p.page);
  expect(copied).toContain('Code: WELCOME50');
  expect(copied).toContain(`Ad account ID: ${ACCOUNT_ID}`);
  expect(copied).toContain('Error shown: “Another promotion is currently in progress on this account.”');
  expect(copied).toMatch(/What I already checked:[\s\S]*: checked/);
});

/** What the clipboard holds, pasted into a new field as the user would paste it (an extension page cannot be granted clipboard-read). */
async function pasted(page: Page): Promise<string> {
  const field = page.locator('#paste-here');
  if ((await field.count()) === 0) await page.evaluate("document.body.append(Object.assign(document.createElement('textarea'), { id: 'paste-here' }))");
  await field.fill('');
  await field.focus();
  await page.keyboard.press('ControlOrMeta+V');
  return field.inputValue();
}

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

test('(h) on a phone the popup takes the screen’s width, with nothing to scroll sideways; a toolbar popup keeps its 380 px', async ({ context, extensionId }) => {
  const p = await openPopup(context, extensionId);
  await p.addAccount(ACCOUNT_ID, 'USD');
  await p.addCode('WELCOME50', dayFromToday(-2));
  const width = () => p.page.getByTestId('popup').evaluate((el) => el.getBoundingClientRect().width);
  await p.page.setViewportSize({ width: 360, height: 640 });
  // A mouse's pointer: a toolbar popup, sized by its content.
  expect(await width()).toBe(380);
  // A touch screen's, as Firefox for Android reports it.
  await emulateTouch(p.page);
  await expect.poll(width).toBe(360);
  expect(await sidewaysScroll(p.page)).toBeLessThanOrEqual(0);
  await expect(p.codes.first()).toBeInViewport({ ratio: 1 });
});

test('(i) the chosen account shows whole at the popup’s width: a long name shortens, its id and currency never', async ({ context, extensionId }) => {
  const p = await openPopup(context, extensionId);
  const account = (id: string, name: string | null, currency: string) => ({ id, name, currency, billingType: null, businessCenterOwned: null, lastSeenOn: null });
  const long = account('7234567890123456789', 'Acme Outdoor Ltd — Northern Europe Performance', 'USD');
  const other = account(OTHER_ACCOUNT, 'Other shop', 'EUR');
  await p.storeAndReload({ accounts: [long, other], offers: [], codes: [], notes: [], fixes: [] });
  const face = p.page.getByTestId('account-picker-face');
  const lines = face.locator(':scope > span');
  // Before this face, the select drew "Acme Outdoor Ltd (7234567890123456789) · USD" on one line, cut as "· USI".
  const cut = (line: number) => lines.nth(line).evaluate((el) => el.scrollWidth > el.clientWidth);
  await expect(lines.nth(1)).toHaveText('7234567890123456789 · USD');
  expect(await cut(1)).toBe(false);
  expect(await cut(0)).toBe(true);
  expect(await lines.nth(0).evaluate((el) => getComputedStyle(el).textOverflow)).toBe('ellipsis');

  // The select, unseen, lies over the whole face: a click anywhere on it opens the browser's list.
  const box = async (el: typeof face) => (await el.boundingBox())!;
  const [faceBox, selectBox] = [await box(face.locator('..')), await box(p.picker)];
  expect(selectBox).toEqual(faceBox);
  expect(await p.page.evaluate(`document.elementFromPoint(${faceBox.x + 20}, ${faceBox.y + faceBox.height / 2})?.dataset.testid`)).toBe('account-picker');

  // By keyboard: the face takes the focus ring, and the arrow keys choose, as on any select.
  await p.picker.focus();
  await p.page.keyboard.press('ArrowDown');
  await expect(p.picker).toHaveValue(OTHER_ACCOUNT);
  await expect(lines).toHaveText(['Other shop', `${OTHER_ACCOUNT} · EUR`]);
  await p.page.keyboard.press('Shift+Tab');
  await p.page.keyboard.press('Tab');
  await expect(p.picker).toBeFocused();
  expect(await face.locator('..').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
});
