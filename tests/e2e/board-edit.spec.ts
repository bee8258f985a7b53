/**
 * What the deadlines board (issue 13) changes in the notes, in system Chromium with the built extension:
 * a row's item edited, a code added on an agency's notebook (board-support.ts), and, on an empty
 * notebook, the first account, one typed in or many pasted as a list. Every change goes to the
 * background's single writer as the popup's own op.
 */
import { agencyAccountId } from '../../scripts/agency-notes';
import { expect, test } from './extension';
import { axeViolations, withAxe } from './axe';
import { openBoard, rows, shownCount } from './board-support';

declare const chrome: {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
};

test('edits an item from its row through the background, and opening the board writes nothing', async ({ page, extensionId }) => {
  await openBoard(page, extensionId, '?q=MEASURED-CODE');
  const stored = await page.evaluate(() => chrome.storage.local.get(null));
  // Reading and filtering changed nothing in storage (the badge and reminders read the same notes).
  await page.getByTestId('sort').selectOption('amount');
  expect(await page.evaluate(() => chrome.storage.local.get(null))).toEqual(stored);

  const row = rows(page).first();
  await expect(row).toHaveAttribute('data-key', 'code:px-code');
  // A row picked in the list is marked on the timeline.
  await row.locator('td[data-col="state"]').click();
  await expect(page.locator('g.bar.marked')).toHaveAttribute('data-key', 'code:px-code');
  await expect(row.getByRole('link', { name: /Payment page/ })).toHaveAttribute('href', `https://ads.tiktok.com/i18n/account/payment?aadvid=${agencyAccountId(0)}`);
  await row.getByRole('button', { name: 'Edit promo code MEASURED-CODE' }).click();
  const dialog = page.getByTestId('edit-dialog');
  await expect(dialog.getByTestId('code-form')).toBeVisible();
  // Named by the form it holds, for a screen reader that announces the dialog.
  await expect(page.getByRole('dialog', { name: 'Edit code' })).toBeVisible();
  await dialog.getByLabel(/^Credit amount/).fill('80');
  await dialog.getByRole('button', { name: /^Save/ }).click();
  await expect(dialog).toBeHidden();
  await expect(row.locator('td[data-col="amount"]')).toHaveText('$80.00');
  await expect(page.getByTestId('announcement')).toHaveText('MEASURED-CODE saved');
  await expect(row.getByRole('button', { name: 'Edit promo code MEASURED-CODE' })).toBeFocused();
});

test("adds a code from the board, on the account it shows or one chosen in the dialog", async ({ page, extensionId }) => {
  const shown = agencyAccountId(3);
  const chosen = agencyAccountId(5);
  await withAxe(page);
  await openBoard(page, extensionId, `?account=${shown}`);
  const before = await shownCount(page);
  await page.getByRole('button', { name: 'Add code' }).click();
  const dialog = page.getByTestId('edit-dialog');
  await expect(dialog.getByTestId('code-form')).toBeVisible();
  // It starts on the account the board is filtered to.
  await expect(dialog.getByTestId('dialog-account')).toHaveValue(shown);
  await dialog.getByLabel(/^Code/).first().fill('NEWCLIENT-50');
  expect(await axeViolations(page)).toEqual([]);
  // Another account keeps what was typed.
  await dialog.getByTestId('dialog-account').selectOption(chosen);
  await expect(dialog.getByLabel(/^Code/).first()).toHaveValue('NEWCLIENT-50');
  await dialog.getByRole('button', { name: 'Add code' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('announcement')).toHaveText('Code NEWCLIENT-50 added');
  await expect(page.getByRole('button', { name: 'Add code' })).toBeFocused();
  // On the chosen account, so not among the rows of the one shown.
  expect(await shownCount(page)).toBe(before);
  await page.goto(`chrome-extension://${extensionId}/board.html?q=NEWCLIENT-50`);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().locator('td[data-col="account"] .cell-sub')).toHaveText(chosen);
});

test('on an empty notebook the board adds the first account, then its first offer, with no Ads Manager page open', async ({ page, extensionId }) => {
  await withAxe(page);
  await page.goto(`chrome-extension://${extensionId}/board.html`);
  await expect(page.getByTestId('board-empty')).toHaveText(/^No ad accounts in your notes yet\./);
  await expect(page.getByRole('button', { name: 'Add offer' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Add account' }).click();
  const dialog = page.getByTestId('edit-dialog');
  await expect(dialog.getByTestId('account-form')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByLabel(/^Advertiser ID/).fill('7100000000000000042');
  await dialog.getByLabel(/^Name/).fill('Harbor Pet Supply');
  await dialog.getByLabel(/^Currency/).fill('usd');
  await dialog.getByRole('button', { name: 'Add account' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('announcement')).toHaveText('Account Harbor Pet Supply saved');
  await expect(page.getByRole('button', { name: 'Add account' })).toBeFocused();
  // The account is in the notes: the board offers to add to it.
  await expect(page.getByTestId('board-empty')).toHaveText(/^No offers or codes in your notes yet\. Add them here/);
  await page.getByRole('button', { name: 'Add offer' }).click();
  await expect(dialog.getByTestId('offer-form')).toBeVisible();
  await expect(dialog.getByTestId('dialog-account').locator('option')).toHaveText(['Harbor Pet Supply (7100000000000000042) · USD']);
  await dialog.getByLabel(/^Offer name/).fill('Spend 500, get 250');
  await dialog.getByLabel(/^Spend threshold/).fill('500');
  await dialog.getByLabel(/^Credit you get/).fill('250');
  await dialog.getByRole('button', { name: 'Add offer' }).click();
  await expect(dialog).toBeHidden();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().locator('td[data-col="account"] .cell-sub')).toHaveText('7100000000000000042');
  await expect(rows(page).first().locator('td[data-col="amount"]')).toHaveText('$250.00');
});

test("an agency pastes its clients' accounts, rows from a spreadsheet, and Add code offers each of them at once", async ({ page, extensionId }) => {
  await withAxe(page);
  await page.goto(`chrome-extension://${extensionId}/board.html`);
  await page.getByRole('button', { name: 'Add account' }).click();
  const dialog = page.getByTestId('edit-dialog');
  await dialog.getByRole('button', { name: 'Adding many? Paste a list' }).click();
  const list = dialog.getByLabel(/^Ad accounts, one per line/);
  await expect(list).toBeFocused();
  await expect(page.getByRole('dialog', { name: 'Add ad accounts from a list' })).toBeVisible();
  await list.fill(['Account name\tAdvertiser ID\tCurrency', 'Fable Kids US\t7100000000000000005\tUSD', 'Harbor pets', 'Indigo Threads\t7100000000000000006\tEUR'].join('\n'));
  await expect(dialog.getByTestId('list-counts')).toHaveText('2 accounts on this list.');
  await dialog.getByRole('button', { name: 'Add 2 accounts' }).click();
  await expect(list).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.locator('.field-error')).toHaveText('Line 3 has no advertiser ID: “Harbor pets”');
  expect(await axeViolations(page)).toEqual([]);
  await list.fill(['Account name\tAdvertiser ID\tCurrency', 'Fable Kids US\t7100000000000000005\tUSD', 'Harbor pets\t7100000000000000007', 'Indigo Threads\t7100000000000000006\tEUR'].join('\n'));
  await dialog.getByRole('button', { name: 'Add 3 accounts' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('announcement')).toHaveText('3 accounts saved');
  await expect(page.getByTestId('board-empty')).toHaveText(/^No offers or codes in your notes yet\./);
  await page.getByRole('button', { name: 'Add code' }).click();
  await expect(dialog.getByTestId('dialog-account').locator('option')).toHaveText([
    'Fable Kids US (7100000000000000005) · USD',
    'Harbor pets (7100000000000000007)',
    'Indigo Threads (7100000000000000006) · EUR',
  ]);
});
