/**
 * The options page (issue 4): reminder lead times, the card per site, and the user's data: export,
 * import (previewed, atomic, a bad file changes nothing), calendar export, delete all.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { launchWithExtension } from '../../scripts/browser';
import { ACCOUNT_ID, expect, sidewaysScroll, test } from './extension';

async function openPage(context: BrowserContext, extensionId: string, file: 'popup.html' | 'options.html'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${file}`);
  await expect(page.getByTestId(file === 'popup.html' ? 'popup' : 'options')).toHaveAttribute('data-ready', 'true');
  return page;
}

/** Notes entered the way a user enters them: in the popup. */
async function enterNotes(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await openPage(context, extensionId, 'popup.html');
  await page.getByTestId('add-account').click();
  await page.getByLabel('Advertiser ID').fill(ACCOUNT_ID);
  await page.getByLabel('Name (for you)').fill('Acme Outdoor');
  await page.getByLabel('Currency').fill('USD');
  await page.getByRole('button', { name: 'Add account', exact: true }).click();
  await page.getByTestId('add-offer').click();
  await page.getByLabel('Offer name').fill('Spend 500, get 250');
  await page.getByLabel(/^Spend threshold/).fill('500');
  await page.getByLabel('Reach the threshold by').fill('2031-01-31');
  await page.getByRole('button', { name: 'Add offer', exact: true }).click();
  await page.getByTestId('add-code').click();
  await page.getByLabel('Code', { exact: true }).fill('WELCOME50');
  await page.getByLabel('Expires on').fill('2031-06-30');
  await page.getByRole('button', { name: 'Add code', exact: true }).click();
  await page.getByTestId('add-note').click();
  await page.getByRole('textbox', { name: 'Note' }).fill('Support said: wait 48 h, then write again.');
  await page.getByRole('button', { name: 'Add note', exact: true }).click();
  await expect(page.getByTestId('note')).toHaveCount(1);
  await page.close();
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const pending = page.waitForEvent('download');
  await click();
  const download = await pending;
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

const withoutStamp = (json: string) => {
  const { exportedAt: _, ...rest } = JSON.parse(json) as Record<string, unknown>;
  return rest;
};

test('(a) export, then import on a fresh profile, restores the same notes', async ({ context, extensionId }, testInfo) => {
  await enterNotes(context, extensionId);
  const options = await openPage(context, extensionId, 'options.html');
  const exported = await downloadText(options, () => options.getByTestId('export').click());
  expect(exported.name).toMatch(/^credit-lens-notes-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(exported.text)).toMatchObject({ format: 'credit-lens-notes', notes: { offers: [{ name: 'Spend 500, get 250' }] } });
  const file = testInfo.outputPath(exported.name);
  await writeFile(file, exported.text);

  const fresh = await launchWithExtension({ headless: true });
  try {
    const freshOptions = await openPage(fresh.context, fresh.extensionId, 'options.html');
    await freshOptions.getByLabel('Choose a notes file (.json)').setInputFiles(file);
    await expect(freshOptions.getByTestId('import-preview')).toContainText('1 ad account, 1 offer, 1 code, 1 note');
    await freshOptions.getByTestId('import-apply').click();
    await expect(freshOptions.getByTestId('import-applied')).toBeVisible();

    const popup = await openPage(fresh.context, fresh.extensionId, 'popup.html');
    await expect(popup.getByTestId('account-picker')).toHaveValue(ACCOUNT_ID);
    await expect(popup.getByTestId('offer')).toContainText('Spend 500, get 250');
    await expect(popup.getByTestId('code')).toContainText('WELCOME50');
    await expect(popup.getByTestId('note')).toContainText('Support said');

    const again = await downloadText(freshOptions, () => freshOptions.getByTestId('export').click());
    expect(withoutStamp(again.text)).toEqual(withoutStamp(exported.text));
  } finally {
    await fresh.close();
  }
});

test('(b) a bad import file says what is wrong, line and field, and changes nothing', async ({ context, extensionId }, testInfo) => {
  await enterNotes(context, extensionId);
  const options = await openPage(context, extensionId, 'options.html');
  const good = JSON.parse((await downloadText(options, () => options.getByTestId('export').click())).text);
  good.notes.offers[0].threshold = 'lots';
  const text = JSON.stringify(good, null, 2);
  const line = text.split('\n').findIndex((l) => l.includes('"threshold": "lots"')) + 1;
  const file = testInfo.outputPath('bad.json');
  await writeFile(file, text);

  await options.getByLabel('Choose a notes file (.json)').setInputFiles(file);
  const errors = options.getByTestId('import-errors');
  await expect(errors).toContainText('Nothing was changed');
  await expect(errors.getByTestId('import-error').first()).toContainText(`line ${line}, notes.offers[0].threshold`);
  await expect(options.getByTestId('import-apply')).toHaveCount(0);

  const notJson = testInfo.outputPath('not-json.json');
  // A file cut short mid-way, as a failed copy leaves it.
  await writeFile(notJson, text.split('\n').slice(0, 12).join('\n'));
  await options.getByLabel('Choose a notes file (.json)').setInputFiles(notJson);
  await expect(options.getByTestId('import-error').first()).toContainText(/not valid JSON|line \d+/);

  const popup = await openPage(context, extensionId, 'popup.html');
  await expect(popup.getByTestId('offer')).toContainText('$500.00');
});

test('(c) reminder lead times are validated and kept', async ({ context, extensionId }) => {
  const options = await openPage(context, extensionId, 'options.html');
  const field = options.getByLabel('Remind me this many days before a deadline');
  await expect(field).toHaveValue('7, 1');
  await field.fill('7, soon');
  await options.getByRole('button', { name: 'Save reminders' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(options.locator('[data-error-for="reminderLeadDays"]')).toContainText('“soon” is not a whole number');

  await field.fill('1, 14,3');
  await options.getByRole('button', { name: 'Save reminders' }).click();
  await expect(options.getByText('Saved: reminders 14 days before, 3 days before, and 1 day before.')).toBeVisible();
  await options.reload();
  await expect(options.getByTestId('options')).toHaveAttribute('data-ready', 'true');
  await expect(field).toHaveValue('14, 3, 1');

  // As an Arabic layout or a Japanese input method types them: the same days.
  for (const typed of ['٧، ٢', '７、２']) {
    await field.fill(typed);
    await options.getByRole('button', { name: 'Save reminders' }).click();
    await expect(options.getByText('Saved: reminders 7 days before and 2 days before.')).toBeVisible();
    await expect(field).toHaveValue('7, 2');
    await field.fill('1');
    await options.getByRole('button', { name: 'Save reminders' }).click();
    await expect(options.getByText('Saved: reminders 1 day before.')).toBeVisible();
  }
});

test('(d) the card can be switched off per site', async ({ context, extensionId }) => {
  const options = await openPage(context, extensionId, 'options.html');
  const business = options.getByLabel('Business Center (business.tiktok.com)');
  await expect(business).toBeChecked();
  await business.uncheck();
  await options.reload();
  await expect(options.getByTestId('options')).toHaveAttribute('data-ready', 'true');
  await expect(options.getByLabel('Business Center (business.tiktok.com)')).not.toBeChecked();
  await expect(options.getByLabel('Ads Manager (ads.tiktok.com)')).toBeChecked();
});

test('(e) the calendar export lists the deadlines', async ({ context, extensionId }) => {
  await enterNotes(context, extensionId);
  const options = await openPage(context, extensionId, 'options.html');
  const ics = await downloadText(options, () => options.getByTestId('calendar-export').click());
  expect(ics.name).toMatch(/\.ics$/);
  expect(ics.text).toMatch(/^BEGIN:VCALENDAR/);
  expect(ics.text).toContain('DTSTART;VALUE=DATE:20310131');
  expect(ics.text).toContain('WELCOME50');
});

test('(f) "delete all data" asks first, then deletes everything', async ({ context, extensionId }) => {
  await enterNotes(context, extensionId);
  const options = await openPage(context, extensionId, 'options.html');
  await options.getByTestId('delete-all-start').click();
  // The safe answer has the focus.
  await expect(options.getByRole('button', { name: 'Keep my data' })).toBeFocused();
  await options.getByRole('button', { name: 'Keep my data' }).click();
  let popup = await openPage(context, extensionId, 'popup.html');
  await expect(popup.getByTestId('offer')).toHaveCount(1);

  await options.bringToFront();
  await options.getByTestId('delete-all-start').click();
  await options.getByTestId('delete-all-confirm').click();
  await expect(options.getByText('All Credit Lens data was deleted.')).toBeVisible();
  await popup.close();
  popup = await openPage(context, extensionId, 'popup.html');
  await expect(popup.getByTestId('no-accounts')).toBeVisible();
});

test("(g) the notes file chooser is a button in the page's language, with the focus ring from the keyboard", async ({ context, extensionId }) => {
  const options = await openPage(context, extensionId, 'options.html');
  // The browser's own file button would say "Choose File" in the browser's language, whatever is set here.
  const input = options.getByTestId('import-file');
  const box = (await input.boundingBox())!;
  expect(box.width * box.height).toBeLessThanOrEqual(1);
  const button = options.locator('label.file-button');
  await expect(button).toHaveText('Choose a notes file (.json)');
  expect(await button.evaluate((label) => getComputedStyle(label).outlineStyle)).toBe('none');
  await options.getByTestId('export').focus();
  await options.keyboard.press('Tab');
  await expect(input).toBeFocused();
  expect(await button.evaluate((label) => getComputedStyle(label).outlineStyle)).toBe('solid');
});

test('(h) on a phone the options page fits the screen: the language list’s longest entry does not widen it', async ({ context, extensionId }) => {
  const page = await openPage(context, extensionId, 'options.html');
  await page.setViewportSize({ width: 360, height: 640 });
  await expect.poll(() => sidewaysScroll(page)).toBeLessThanOrEqual(0);
  await expect(page.getByLabel('Language of Credit Lens')).toBeInViewport({ ratio: 1 });
});
