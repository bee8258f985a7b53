/**
 * The demo user's notebook, dated from the moment the demo runs so it always tells the same story:
 * the page's "New advertiser offer" (spend $50, get $50) crossed its threshold 20 hours ago, so its
 * credit is pending; a promo code received 11 days ago must be activated within 3 days.
 */
import { EXPORT_FORMAT, type ExportFile } from '../lib/notes/schema';
import { aCode, anOffer } from '../lib/notes/test-fixtures';
import { agencyNotebook } from './agency-notes';
import { SetupError, extensionIdOf, type ExtensionBrowser } from './browser';

const ACCOUNT = '7234567890123456789';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function demoNotes(now: Date): ExportFile {
  const at = (msAgo: number) => new Date(now.getTime() - msAgo).toISOString();
  const day = (msAgo: number) => at(msAgo).slice(0, 10);
  const stamp = at(12 * DAY);
  return {
    format: EXPORT_FORMAT,
    version: 2,
    exportedAt: now.toISOString(),
    notes: {
      accounts: [
        { id: ACCOUNT, name: 'Acme Outdoor Ltd', currency: 'USD', billingType: 'manual', businessCenterOwned: false, lastSeenOn: 'ads' },
      ],
      offers: [
        anOffer({
          id: 'demo-offer',
          accountId: ACCOUNT,
          name: 'New advertiser offer: spend $50, get $50',
          threshold: '50.00',
          creditAmount: '50.00',
          currency: 'USD',
          activatedOn: at(10 * DAY),
          source: 'page',
          createdAt: stamp,
          updatedAt: stamp,
        }),
      ],
      codes: [
        aCode({
          id: 'demo-code',
          accountId: ACCOUNT,
          code: 'SPRING-ADS-100',
          source: 'E-mail from a TikTok partner event',
          receivedOn: day(11 * DAY),
          amount: '100.00',
          currency: 'USD',
          createdAt: stamp,
          updatedAt: stamp,
        }),
      ],
      notes: [], fixes: [],
    },
    observations: [
      { at: at(3 * DAY), accountId: ACCOUNT, currency: 'USD', spendSoFar: '20.00', creditBalance: '50.00', cashBalance: '1264.50', accountBalance: '1314.50' },
      { at: at(20 * HOUR), accountId: ACCOUNT, currency: 'USD', spendSoFar: '52.00', creditBalance: '50.00', cashBalance: '1234.50', accountBalance: '1284.50' },
    ],
  };
}

/**
 * The same notebook inside an agency's: nine more ad accounts with offers and codes in every state,
 * for the board's picture. The Payment page's account and its story stay as they are.
 */
export function demoAgencyNotes(now: Date): ExportFile {
  const own = demoNotes(now);
  const agency = agencyNotebook({ accounts: 10, items: 6, now });
  // The agency's first account would be a second "Acme Outdoor": the demo's own account takes its place.
  const others = (accountId: string) => accountId !== agency.notes.accounts[0]!.id;
  return {
    ...own,
    version: agency.version,
    notes: {
      accounts: [...own.notes.accounts, ...agency.notes.accounts.filter((a) => others(a.id))],
      offers: [...own.notes.offers, ...agency.notes.offers.filter((o) => others(o.accountId))],
      codes: [...own.notes.codes, ...agency.notes.codes.filter((c) => others(c.accountId))],
      notes: [], fixes: [],
    },
    observations: [...own.observations, ...agency.observations.filter((o) => others(o.accountId))],
  };
}

// The extension page's own API, as it exists inside page.evaluate.
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** Fills the profile's notebook with the demo agency's notes through the extension's own import path, as the options page does. Returns the extension id. */
export async function seedDemoNotes(browser: ExtensionBrowser): Promise<string> {
  const extensionId = await extensionIdOf(browser.context);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const reply = await page.evaluate(
    (file) => chrome.runtime.sendMessage({ type: 'credit-lens/notes-op', op: { type: 'import/apply', file } }),
    demoAgencyNotes(new Date()),
  );
  if (!reply || (reply as { ok?: boolean }).ok === false) throw new SetupError(`the demo notes were refused: ${JSON.stringify(reply)}`);
  await page.close();
  return extensionId;
}
