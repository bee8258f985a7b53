/**
 * What the hint specs share (hints.spec.ts, codes.spec.ts): the Billing page they open
 * (tests/e2e/pages/hints-billing.html: spend so far $520.00 and an inline promo code field), notes seeded
 * into the profile's storage as lib/notes keeps them, and the overlay's cards and outline as a user finds them.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { NOTES_VERSION, OBSERVATIONS_VERSION, SETTINGS_VERSION } from '../../lib/notes/migrations';
import { DEFAULT_SETTINGS, type Account, type Code, type NotesDoc, type Observation, type Offer, type Settings } from '../../lib/notes/schema';
import { ACCOUNT_ID, overlay } from './extension';
import { aCode, anOffer } from '../../lib/notes/test-fixtures';
export const ROUTES = { '/i18n/account/*': 'hints-billing.html' };
export const HOUR = 3_600_000;


export function spendMatchOffer(overrides: Partial<Offer> = {}): Offer {
  return anOffer({ id: 'offer-spend-500', accountId: ACCOUNT_ID, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...overrides });
}

/** A code received two days ago for the page's account, unused: its card says when to activate it. */
export function savedCode(): Code {
  const receivedOn = new Date(Date.now() - 2 * 24 * HOUR).toISOString().slice(0, 10);
  return aCode({ id: 'code-welcome', accountId: ACCOUNT_ID, code: 'WELCOME-0O1', receivedOn, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
}

/** The page's numbers, observed at `at`: what the content script would have stored on an earlier visit. */
export function observedSpend(at: Date, spendSoFar: string): Observation {
  return { at: at.toISOString(), accountId: ACCOUNT_ID, currency: 'USD', spendSoFar, creditBalance: '0.00', cashBalance: null, accountBalance: null };
}

interface Seed {
  accounts?: Account[];
  offers?: Offer[];
  codes?: Code[];
  observations?: Observation[];
  settings?: Partial<Settings>;
}

/**
 * Writes notes straight into the profile's extension storage, from an extension page, in the format
 * lib/notes keeps (lib/notes/items.ts): WXT items `notes`, `settings`, `observations` (per account),
 * each with its version in the sibling `<key>$` meta.
 */
export async function seedNotes(context: BrowserContext, extensionId: string, seed: Seed): Promise<void> {
  const notes: NotesDoc = { accounts: seed.accounts ?? [], offers: seed.offers ?? [], codes: seed.codes ?? [], notes: [], fixes: [] };
  const items = {
    notes,
    notes$: { v: NOTES_VERSION },
    settings: { ...DEFAULT_SETTINGS, ...seed.settings },
    settings$: { v: SETTINGS_VERSION },
    observations: seed.observations ? { [ACCOUNT_ID]: seed.observations } : {},
    observations$: { v: OBSERVATIONS_VERSION },
  };
  await inExtensionPage(context, extensionId, (values) => extensionApi().storage.local.set(values), items);
}

export async function storedObservations(context: BrowserContext, extensionId: string): Promise<Observation[]> {
  const stored = await inExtensionPage(
    context,
    extensionId,
    async (id) => ((await extensionApi().storage.local.get('observations')).observations as Record<string, unknown[]> | undefined)?.[id] ?? [],
    ACCOUNT_ID,
  );
  return stored as Observation[];
}

/**
 * Runs `fn` in the extension's options page, where `chrome.storage` and `chrome.tabs` exist. Playwright
 * sends `fn` as source text, so it reaches the API through `extensionApi()` written inline there.
 */
export async function inExtensionPage<A, R>(context: BrowserContext, extensionId: string, fn: (arg: A) => Promise<R>, arg: A): Promise<R> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    const source = fn.toString().replace(/extensionApi\(\)/g, '(globalThis.chrome)');
    return (await page.evaluate(`(${source})(${JSON.stringify(arg)})`)) as R;
  } finally {
    await page.close();
  }
}
interface ExtensionApi {
  storage: { local: { set(values: unknown): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
  tabs: { query(query: object): Promise<{ id: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
}
/** Stands for `chrome` inside functions run by `inExtensionPage`; never called in Node. */
export function extensionApi(): ExtensionApi {
  throw new Error('only inside inExtensionPage');
}

export const hint = (page: Page, kind: string, state?: string): Locator =>
  page.locator(`credit-lens-overlay [data-hint="${kind}"]${state ? `[data-state="${state}"]` : ''}`);
/** Loads a page and opens the dock (it starts folded), so its cards can be seen. */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await overlay(page).open();
}
/** Opens a card's details (every row starts folded: title and next step). */
export async function expand(card: Locator): Promise<void> {
  const toggle = card.locator('.hint-toggle');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}
export const outline = (page: Page) => page.locator('credit-lens-overlay [data-hint-target="coupon-entry"]');
export const couponField = (page: Page) => page.locator('#promo-input');
export const testApp = (page: Page) => ({
  showError: (text: string) => page.evaluate((t) => (window as unknown as { testApp: { showError(t: string): void } }).testApp.showError(t), text),
  rerenderField: () => page.evaluate(() => (window as unknown as { testApp: { rerenderField(): void } }).testApp.rerenderField()),
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The outline surrounds the field: it covers the whole field box (1 px slack for rounding). */
export async function outlineSurroundsField(page: Page): Promise<boolean> {
  const [drawn, field] = await Promise.all([outline(page).boundingBox(), couponField(page).boundingBox()]);
  if (!drawn || !field) return false;
  return surrounds(drawn, field);
}

function surrounds(outer: Box, inner: Box): boolean {
  return (
    outer.x <= inner.x + 1 &&
    outer.y <= inner.y + 1 &&
    outer.x + outer.width >= inner.x + inner.width - 1 &&
    outer.y + outer.height >= inner.y + inner.height - 1
  );
}
