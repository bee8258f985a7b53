/** The popup as popup.spec.ts drives it: a page object, opened as a tab of the extension. */
import type { BrowserContext, Page } from '@playwright/test';
import { NOTES_VERSION } from '../../lib/notes/migrations';
import { expect } from './extension';

export const OTHER_ACCOUNT = '1111111111';

/** The part of the extension API the page object calls inside the popup. */
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

/** A page object for the popup, driven the way a user does: labels and button names. */
export function popup(page: Page) {
  const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });
  return {
    page,
    ready: () => expect(page.getByTestId('popup')).toHaveAttribute('data-ready', 'true'),
    /** Writes notes straight into storage, past the background's checks (a seed, or what a bug could leave), and reloads. */
    async storeAndReload(notes: Record<string, unknown>) {
      await page.evaluate(([stored, version]) => chrome.storage.local.set({ notes: stored, notes$: { v: version } }), [notes, NOTES_VERSION] as const);
      await page.reload();
      await this.ready();
    },
    picker: page.getByTestId('account-picker'),
    offers: page.getByTestId('offer'),
    codes: page.getByTestId('code'),
    async addAccount(id: string, currency: string) {
      await page.getByTestId('add-account').click();
      await page.getByLabel('Advertiser ID').fill(id);
      await page.getByLabel('Currency').fill(currency);
      await button('Add account').click();
      await expect(page.getByTestId('account-form')).toBeHidden();
    },
    async addOffer(name: string, threshold: string, credit: string, qualifyBy: string) {
      await page.getByTestId('add-offer').click();
      await page.getByLabel('Offer name').fill(name);
      await page.getByLabel(/^Spend threshold/).fill(threshold);
      await page.getByLabel(/^Credit you get/).fill(credit);
      await page.getByLabel('Reach the threshold by').fill(qualifyBy);
      await button('Add offer').click();
      await expect(page.getByTestId('offer-form')).toBeHidden();
    },
    async addCode(code: string, receivedOn: string) {
      await page.getByTestId('add-code').click();
      await page.getByLabel('Code', { exact: true }).fill(code);
      await page.getByLabel('Received on').fill(receivedOn);
      await button('Add code').click();
      await expect(page.getByTestId('code-form')).toBeHidden();
    },
  };
}

export async function openPopup(context: BrowserContext, extensionId: string): Promise<ReturnType<typeof popup>> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const p = popup(page);
  await p.ready();
  return p;
}
