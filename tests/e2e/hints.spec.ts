/**
 * Hints on the page (issue 3), in Chromium with the built extension, at real Ads Manager URLs:
 * credit status from the notes, the in-place coupon outline, likely causes of a rejected code, the
 * support message on the clipboard, a hostile page, and the overlay's remembered choices.
 * The main page is tests/e2e/pages/hints-billing.html: spend so far $520.00 and an inline promo code field.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { NOTES_VERSION, OBSERVATIONS_VERSION, SETTINGS_VERSION } from '../../lib/notes/migrations';
import { DEFAULT_SETTINGS, type Code, type NotesDoc, type Observation, type Offer, type Settings } from '../../lib/notes/schema';
import { ACCOUNT_ID, ADS, PAYMENT_URL, expect, overlay, routeAdsManager, test } from './extension';
import { aCode, anOffer } from '../../lib/notes/test-fixtures';

const ROUTES = { '/i18n/account/*': 'hints-billing.html' };
const HOUR = 3_600_000;

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');
const HOSTILE_PAGE = join(FIXTURES, 'en-hostile.html');
const HOSTILE_URL: string = JSON.parse(readFileSync(join(FIXTURES, 'en-hostile.expected.json'), 'utf8')).url;

function spendMatchOffer(overrides: Partial<Offer> = {}): Offer {
  return anOffer({ id: 'offer-spend-500', accountId: ACCOUNT_ID, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...overrides });
}

/** A code received two days ago for the page's account, unused: its card says when to activate it. */
function savedCode(): Code {
  const receivedOn = new Date(Date.now() - 2 * 24 * HOUR).toISOString().slice(0, 10);
  return aCode({ id: 'code-welcome', accountId: ACCOUNT_ID, code: 'WELCOME-0O1', receivedOn, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
}

/** The page's numbers, observed at `at`: what the content script would have stored on an earlier visit. */
function observedSpend(at: Date, spendSoFar: string): Observation {
  return { at: at.toISOString(), accountId: ACCOUNT_ID, currency: 'USD', spendSoFar, creditBalance: '0.00', cashBalance: null, accountBalance: null };
}

interface Seed {
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
async function seedNotes(context: BrowserContext, extensionId: string, seed: Seed): Promise<void> {
  const notes: NotesDoc = { accounts: [], offers: seed.offers ?? [], codes: seed.codes ?? [], notes: [], fixes: [] };
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

async function storedObservations(context: BrowserContext, extensionId: string): Promise<Observation[]> {
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
async function inExtensionPage<A, R>(context: BrowserContext, extensionId: string, fn: (arg: A) => Promise<R>, arg: A): Promise<R> {
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
function extensionApi(): ExtensionApi {
  throw new Error('only inside inExtensionPage');
}

const hint = (page: Page, kind: string, state?: string): Locator =>
  page.locator(`credit-lens-overlay [data-hint="${kind}"]${state ? `[data-state="${state}"]` : ''}`);
/** Loads a page and opens the dock (it starts folded), so its cards can be seen. */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await overlay(page).open();
}
/** Opens a card's details (every row starts folded: title and next step). */
async function expand(card: Locator): Promise<void> {
  const toggle = card.locator('.hint-toggle');
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}
const outline = (page: Page) => page.locator('credit-lens-overlay [data-hint-target="coupon-entry"]');
const couponField = (page: Page) => page.locator('#promo-input');
const testApp = (page: Page) => ({
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
async function outlineSurroundsField(page: Page): Promise<boolean> {
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

test.beforeEach(async ({ context }) => {
  await routeAdsManager(context, ROUTES);
});

test.describe('credit status from the notes', () => {
  test('a page whose spend crossed a noted threshold shows the credit as pending, and records what it saw once', async ({ context, page, extensionId }) => {
    await seedNotes(context, extensionId, { offers: [spendMatchOffer()] });
    await visit(page, PAYMENT_URL);
    await expect(hint(page, 'credit-status', 'pending')).toBeVisible();

    // The reading became an observation (the crossing time), written once; a reload with the same numbers adds none.
    await expect.poll(async () => (await storedObservations(context, extensionId)).map((o) => o.spendSoFar)).toEqual(['520.00']);
    await page.reload();
    await overlay(page).open();
    await expect(hint(page, 'credit-status', 'pending')).toBeVisible();
    await expect.poll(() => overlay(page).reads()).toBeGreaterThanOrEqual(1);
    await page.waitForTimeout(1_000);
    expect(await storedObservations(context, extensionId)).toHaveLength(1);
  });

  test('pending turns overdue when the 48 h window ends while the page stays open, without re-reading', async ({ context, page, extensionId }) => {
    // The crossing was observed 48 h minus 15 s ago: the window ends a few seconds into the test, on the real clock.
    const windowEnds = Date.now() + 15_000;
    await seedNotes(context, extensionId, {
      offers: [spendMatchOffer()],
      observations: [observedSpend(new Date(windowEnds - 48 * HOUR - 60_000), '430.00'), observedSpend(new Date(windowEnds - 48 * HOUR), '520.00')],
    });
    await visit(page, PAYMENT_URL);
    await expect(hint(page, 'credit-status', 'pending')).toBeVisible();
    await expect.poll(() => overlay(page).reads()).toBeGreaterThanOrEqual(1);
    const reads = await overlay(page).reads();

    await expect(hint(page, 'credit-status', 'overdue')).toBeVisible({ timeout: windowEnds - Date.now() + 10_000 });
    expect(Date.now()).toBeGreaterThanOrEqual(windowEnds);
    // The page did not change, so the reader did not run: one timer at the window's end did the work.
    expect(await overlay(page).reads()).toBe(reads);
  });

  test('with the clock moved 49 h past the crossing, the same notes show overdue', async ({ context, page, extensionId }) => {
    // The content script's Date lives in its isolated world, out of reach of page.clock; DevTools' virtual
    // time moves the renderer's clock for every world. With policy "advance" it also fast-forwards while the
    // page is idle, so the page's time only ever gets later than this: still past the window.
    const crossedAt = new Date(Date.now() - HOUR);
    await seedNotes(context, extensionId, { offers: [spendMatchOffer()], observations: [observedSpend(crossedAt, '520.00')] });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setVirtualTimePolicy', { policy: 'advance', initialVirtualTime: (crossedAt.getTime() + 49 * HOUR) / 1000 });
    await visit(page, PAYMENT_URL);
    const pageNow = await page.evaluate(() => Date.now());
    expect(pageNow - crossedAt.getTime()).toBeGreaterThan(48 * HOUR);
    await expect(hint(page, 'credit-status', 'overdue')).toBeVisible();
    await expect(hint(page, 'credit-status', 'pending')).toHaveCount(0);
  });

  test('while spend is below the threshold, the card shows progress as a labelled progress bar', async ({ context, page, extensionId }) => {
    await seedNotes(context, extensionId, { offers: [spendMatchOffer({ id: 'offer-spend-1000', name: 'Spend $1,000, get $300', threshold: '1000.00', creditAmount: '300.00' })] });
    await visit(page, PAYMENT_URL);
    const card = hint(page, 'credit-status', 'earning');
    await expect(card).toBeVisible();
    const bar = card.getByRole('progressbar');
    await expect(bar).toHaveAttribute('value', '520');
    await expect(bar).toHaveAttribute('max', '1000');
    await expect(bar).toHaveAccessibleName('Spend toward the threshold');
  });

  test('the pill says the answer from the first paint; the open card has its why, facts and next step, which come with the dock\'s body', async ({ context, page, extensionId }) => {
    await seedNotes(context, extensionId, { offers: [spendMatchOffer({ id: 'offer-spend-1000', name: 'Spend $1,000, get $300', threshold: '1000.00', creditAmount: '300.00' })] });
    await page.goto(PAYMENT_URL);
    await expect(overlay(page).pill).toContainText('Spend $1,000, get $300');
    await overlay(page).open();
    const card = hint(page, 'credit-status', 'earning');
    // Folded, a row shows its next step; opened, the why and the facts it was worked out from.
    await expect(card).toContainText('plan the campaigns that will use it');
    await expand(card);
    await expect(card).toContainText('left to spend.');
    await expect(card.locator('.fact dt')).toContainText(['Threshold', 'Credit', 'Counted spend', 'Left to spend']);
  });
});

test.describe('a warning from the notes', () => {
  test('spend before an offer\'s activation: the pill warns from the first paint; the open card has its why, facts and next step, which come with the dock\'s body', async ({ context, page, extensionId }) => {
    const activatedOn = new Date(Date.now() + 48 * HOUR).toISOString();
    await seedNotes(context, extensionId, {
      offers: [spendMatchOffer({ id: 'offer-later', name: 'Spend $1,000, get $300', threshold: '1000.00', creditAmount: '300.00', activatedOn })],
      observations: [observedSpend(new Date(Date.now() - 24 * HOUR), '400.00')],
    });
    await page.goto(PAYMENT_URL);
    await expect(overlay(page).pill).toContainText('campaigns are spending before the offer is active');
    await overlay(page).open();
    const card = hint(page, 'spend-before-activation', 'offer-not-active-yet');
    // Folded, the row shows its next step; opened, the why and the facts it was worked out from.
    await expect(card).toContainText('Activate the offer before spending more');
    await expand(card);
    await expect(card).toContainText('Only spend after activation counts toward the $1,000.00 threshold');
    await expect(card.locator('.fact dt')).toContainText(['Spend before activation', 'Activated']);
  });
});

test.describe('the coupon field, outlined in place', () => {
  test('the outline covers the field, and follows scrolling and a re-rendered field', async ({ page }) => {
    await visit(page, PAYMENT_URL);
    await expect(outline(page)).toBeVisible();
    await expect.poll(() => outlineSurroundsField(page)).toBe(true);
    await expect(page.locator('credit-lens-overlay .coupon-callout')).toHaveText('Enter your promo code here');
    // Drawn over the page, never in it: clicks at the field's centre still reach the field.
    expect(await couponField(page).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
    })).toBe(true);

    const before = (await couponField(page).boundingBox())!;
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 120);
    await expect.poll(async () => (await couponField(page).boundingBox())!.y).toBeLessThan(before.y - 50);
    await expect.poll(() => outlineSurroundsField(page)).toBe(true);

    // The page's framework replaces the field node, and a notice above pushes the new one down.
    const oldY = (await couponField(page).boundingBox())!.y;
    await testApp(page).rerenderField();
    await expect.poll(async () => (await couponField(page).boundingBox())!.y).toBeGreaterThan(oldY + 20);
    await expect.poll(() => outlineSurroundsField(page)).toBe(true);
  });

  test('scrolled out of view the outline hides, and "Show me" brings the field back with it', async ({ page }) => {
    await visit(page, PAYMENT_URL);
    await expect(outline(page)).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(outline(page)).toHaveCount(0);

    const card = hint(page, 'coupon-entry', 'field');
    await expand(card);
    await card.getByRole('button', { name: 'Show me' }).click();
    await expect.poll(() => outlineSurroundsField(page)).toBe(true);
    await expect(couponField(page)).toBeInViewport();
  });

  test('a page without a code entry says where it is and links to Payment for the same account', async ({ page }) => {
    await visit(page, `${PAYMENT_URL}&variant=no-coupon`);
    const card = hint(page, 'coupon-location', 'not-found');
    await expect(card).toBeVisible();
    await expand(card);
    const link = card.getByRole('link', { name: /Finance > Payment/ });
    await expect(link).toHaveAttribute('href', `${ADS}/i18n/account/payment?aadvid=${ACCOUNT_ID}`);
    await expect(link).toHaveAttribute('target', '_self');
    await expect(outline(page)).toHaveCount(0);
    // The reader missed the entry it expects on Payment: the overlay says the layout may have changed.
    await expect(hint(page, 'layout-changed')).toBeVisible();
  });
});

test.describe('a saved code', () => {
  test('its card offers the code to copy, and what it copies pastes into the promo code field', async ({ context, page, extensionId }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ADS });
    await seedNotes(context, extensionId, { codes: [savedCode()] });
    await visit(page, PAYMENT_URL);
    const card = hint(page, 'code-deadline');
    await expect(card).toBeVisible();
    await expand(card);
    await card.getByRole('button', { name: 'Copy code WELCOME-0O1' }).click();
    await expect(card.locator('.next-step .copy-status')).toHaveText('Copied');
    await couponField(page).focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(couponField(page)).toHaveValue('WELCOME-0O1');
  });
});

test.describe('while the user types a code', () => {
  test('a code typed with a space gets its card, from the rule that loads on the first typed character', async ({ page }) => {
    // Typed in a folded dock nobody pointed at (opening it would load parts.js first): the card comes
    // only if the hints are worked out again once the rule has loaded.
    await page.goto(PAYMENT_URL);
    await expect(overlay(page).pill).toBeVisible();
    await couponField(page).fill('WELCOME 2026');
    await expect(overlay(page).pill).toContainText('Your code has a space inside');
    await overlay(page).open();
    const card = hint(page, 'code-typing', 'spaces');
    await expect(card).toBeVisible();
    await expect(card).toContainText('space inside');
    await couponField(page).fill('');
    await expect(card).toHaveCount(0);
  });

  test('a code typed with a look-alike character gets the saved code to paste instead, and the warning goes once it is pasted', async ({ context, page, extensionId }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ADS });
    await seedNotes(context, extensionId, { codes: [savedCode()] });
    await visit(page, PAYMENT_URL);
    await couponField(page).fill('WELCOME-001');
    const card = hint(page, 'code-typing', 'differs-from-saved');
    await expect(card).toBeVisible();
    await expect(card.getByTestId('next-step-line')).toHaveText('Paste your saved code instead');
    await expand(card);
    await card.getByRole('button', { name: 'Copy code WELCOME-0O1' }).click();
    await couponField(page).selectText();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(couponField(page)).toHaveValue('WELCOME-0O1');
    await expect(card).toHaveCount(0);
  });
});

test.describe('why a code was rejected', () => {
  test('an "expired" message under the field ranks expired first, as a likely cause', async ({ page }) => {
    await visit(page, PAYMENT_URL);
    await couponField(page).fill('SUMMER50');
    await testApp(page).showError('This promo code has expired.');
    const card = hint(page, 'rejection', 'expired');
    await expect(card).toBeVisible();
    await expect(card.locator('[data-cause]').first()).toHaveAttribute('data-cause', 'expired');
    await expect(card).toContainText(/likely causes/i);
  });

  test('an error shown before anything loaded the ranking gets its card and mark, from the ranking that loads then', async ({ page }) => {
    // No typed code and a folded dock nobody pointed at: nothing has loaded parts.js before the error shows.
    await page.goto(PAYMENT_URL);
    await expect(overlay(page).pill).toBeVisible();
    await testApp(page).showError('This promo code has expired.');
    // The pill says the most urgent hint: the rejection's, once the hints are worked out again.
    await expect(overlay(page).pill).toContainText('Code not accepted: likely causes');
    await expect(page.locator('credit-lens-overlay .mark[data-mark="rejection"]')).toContainText('likely: expired');
    await overlay(page).open();
    const card = hint(page, 'rejection', 'expired');
    await expect(card.locator('[data-cause]').first()).toHaveAttribute('data-cause', 'expired');
  });

  test('a generic error with an active promotion in the notes ranks "another promotion is active" first', async ({ context, page, extensionId }) => {
    await seedNotes(context, extensionId, { offers: [spendMatchOffer()] });
    await visit(page, PAYMENT_URL);
    await testApp(page).showError('Unable to redeem this code. Please try again.');
    const card = hint(page, 'rejection', 'promotion-active');
    await expect(card).toBeVisible();
    const first = card.locator('[data-cause]').first();
    await expect(first).toHaveAttribute('data-cause', 'promotion-active');
    await expect(first).toContainText('Spend $500, get $500');
  });

  test('the same generic error without notes does not put another promotion first', async ({ page }) => {
    await visit(page, PAYMENT_URL);
    await testApp(page).showError('Unable to redeem this code. Please try again.');
    const card = hint(page, 'rejection');
    await expect(card).toBeVisible();
    await expect(card.locator('[data-cause]').first()).not.toHaveAttribute('data-cause', 'promotion-active');
  });

  test('"Copy support message" puts the code, account and error on the clipboard', async ({ context, page }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ADS });
    await visit(page, PAYMENT_URL);
    await couponField(page).fill('SUMMER50');
    await testApp(page).showError('This promo code has expired.');
    const card = hint(page, 'rejection', 'expired');
    await expand(card);
    await card.getByRole('checkbox', { name: /expired/i }).check();
    await card.getByRole('button', { name: 'Copy support message' }).click();
    await expect(card.getByTestId('copy-status')).toHaveText('Copied');

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Code: SUMMER50');
    expect(copied).toContain(`Ad account ID: ${ACCOUNT_ID}`);
    expect(copied).toContain('Error shown: “This promo code has expired.”');
    // What the user ticked in the checklist joins what Credit Lens already checked.
    expect(copied).toMatch(/What I already checked:[\s\S]*- .*expired.*: checked/i);
  });
});

test.describe('a hostile page', () => {
  test('text that looks like HTML stays text: nothing from the page becomes an element in the overlay', async ({ context, page }) => {
    await routeAdsManager(context, { [HOSTILE_URL]: HOSTILE_PAGE });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await visit(page, HOSTILE_URL);
    const card = hint(page, 'rejection');
    await expect(card).toBeVisible();

    const pageError = ((await page.locator('#hx-coupon-err').textContent()) ?? '').replace(/\s+/g, ' ').trim();
    expect(pageError).toContain('<img src=x onerror=alert(1)>');
    const shownMessage = card.locator('dt', { hasText: 'Message' }).locator('xpath=following-sibling::dd');
    await expect(shownMessage).toHaveText(pageError);
    await expect(overlay(page).card.locator('[data-field="message"]').first()).toHaveText(pageError);

    const injected = await page.evaluate(() => {
      const root = document.querySelector('credit-lens-overlay')!.shadowRoot!;
      const elements = [...root.querySelectorAll('*')];
      return {
        // Our own UI has checkboxes (the causes checklist) and no images, frames, scripts or forms.
        dangerous: elements
          .filter((el) => /^(img|script|iframe|svg|object|embed|b|form|textarea)$/i.test(el.localName) || (el.localName === 'input' && el.getAttribute('type') !== 'checkbox'))
          .map((el) => el.localName),
        scriptLinks: elements.filter((el) => /^\s*javascript:/i.test(el.getAttribute('href') ?? '')).length,
        handlers: elements.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).map((el) => el.localName),
      };
    });
    expect(injected).toEqual({ dangerous: [], handlers: [], scriptLinks: 0 });
    expect(dialogs).toEqual([]);
  });
});

test.describe('the overlay remembers and adapts', () => {
  test('a dismissed hint and the minimised overlay stay that way after a reload', async ({ page }) => {
    await visit(page, PAYMENT_URL);
    const card = hint(page, 'coupon-entry', 'field');
    await expect(card).toBeVisible();
    await card.getByRole('button', { name: /^Dismiss/ }).click();
    await expect(card).toHaveCount(0);
    await expect(outline(page)).toHaveCount(0);

    await page.locator('credit-lens-overlay [data-action="minimise"]').click();
    const badge = page.locator('credit-lens-overlay [data-testid="badge"]');
    await expect(badge).toBeVisible();
    await expect(overlay(page).card).toBeHidden();

    await page.reload();
    await expect(badge).toBeVisible();
    await expect(overlay(page).card).toBeHidden();
    await badge.click();
    await overlay(page).open();
    await expect(card).toHaveCount(0);
    await page.locator('credit-lens-overlay [data-action="restore-dismissed"]').click();
    await expect(card).toBeVisible();
  });

  test('hint cards are labelled, collapsible and reachable by keyboard', async ({ page }) => {
    await visit(page, PAYMENT_URL);
    await expect(page.getByRole('region', { name: 'Credit Lens', exact: true })).toBeVisible();
    const card = hint(page, 'coupon-entry', 'field');
    const toggle = card.locator('.hint-toggle');
    // In the dock a row starts folded: its title and next step; Enter opens its details.
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await toggle.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el);
    }
    expect(reached, 'Tab reaches the first hint card').toBe(true);
    const focusRing = await toggle.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(focusRing).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(card.locator('.hint-body')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(card.locator('.hint-body')).toBeHidden();
  });

  test('with every kind of card open, axe finds no serious or critical violation, light or dark', async ({ context, page, extensionId }) => {
    await seedNotes(context, extensionId, { offers: [spendMatchOffer({ id: 'offer-spend-1000', name: 'Spend $1,000, get $300', threshold: '1000.00' })], codes: [savedCode()] });
    await page.addInitScript({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    for (const url of [PAYMENT_URL, `${PAYMENT_URL}&theme=dark`]) {
      await visit(page, url);
      await couponField(page).fill('WELCOME 2026');
      await testApp(page).showError('This promo code has expired.');
      await expect(hint(page, 'rejection', 'expired')).toBeVisible();
      await expect(hint(page, 'credit-status', 'earning')).toBeVisible();
      await expect(outline(page)).toBeVisible();
      for (const kind of ['rejection', 'credit-status', 'coupon-entry', 'code-deadline']) await expand(hint(page, kind));
      await page.locator('credit-lens-overlay [data-action="which-type"]').click();
      // The guide loads on first use (parts.js): axe looks once it is there.
      await expect(page.locator('credit-lens-overlay [data-testid="which-type-guide"]')).toBeVisible();
      const { violations, shadowNodes } = await page.evaluate(async () => {
        type Result = { id: string; impact?: string | null; nodes: { target: unknown[] }[] };
        const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
        const results = await axe.run({ include: [['credit-lens-overlay']] }, { resultTypes: ['violations', 'passes'] });
        return {
          violations: results.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.impact} ${v.id} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`),
          // Targets inside a shadow root are arrays: proof that axe looked into the overlay.
          shadowNodes: [...results.violations, ...results.passes].flatMap((r) => r.nodes).filter((n) => Array.isArray(n.target[0])).length,
        };
      });
      expect(shadowNodes, url).toBeGreaterThan(20);
      expect(violations, url).toEqual([]);
    }
  });

  test('"Which type do I have?" loads on first use, styled, answers step by step, and closes', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await visit(page, PAYMENT_URL);
    const guide = page.locator('credit-lens-overlay [data-testid="which-type-guide"]');
    await expect(guide).toHaveCount(0);
    await page.locator('credit-lens-overlay [data-action="which-type"]').click();
    await expect(guide).toBeVisible();
    // Its heading takes the focus, and its own sheet styles it inside the overlay's shadow root.
    await expect(page.locator('credit-lens-overlay #which-type-title')).toBeFocused();
    const option = guide.locator('.guide-option').first();
    await expect(option).toHaveCSS('display', 'grid');
    // Each answer is state in the guide's own Preact tree: the next step replaces the question.
    const first = await guide.locator('[data-step]').getAttribute('data-step');
    await option.click();
    await expect(guide.locator(`[data-step="${first}"]`)).toHaveCount(0);
    await page.locator('credit-lens-overlay [data-action="close-guide"]').click();
    await expect(guide).toHaveCount(0);
    await expect(page.locator('credit-lens-overlay [data-action="which-type"]')).toBeVisible();
    expect(errors.filter((text) => text.includes('Credit Lens'))).toEqual([]);
  });

  test('the overlay is dark on a dark page and light on a light one', async ({ page }) => {
    await visit(page, `${PAYMENT_URL}&theme=dark`);
    await expect(page.locator('credit-lens-overlay .theme')).toHaveAttribute('data-theme', 'dark');
    await visit(page, PAYMENT_URL);
    await expect(page.locator('credit-lens-overlay .theme')).toHaveAttribute('data-theme', 'light');
  });

  test('turned off for Ads Manager: no overlay, but the popup still gets the page summary', async ({ context, page, extensionId }) => {
    await seedNotes(context, extensionId, { settings: { overlayOn: { ads: false, business: true } } });
    await page.goto(PAYMENT_URL);
    await page.waitForTimeout(1_500);
    await expect(overlay(page).host).toHaveCount(0);

    const summary = (await inExtensionPage(
      context,
      extensionId,
      async (url: string) => {
        const tabs = extensionApi().tabs;
        const all = await tabs.query({});
        for (const tab of all) {
          const reply = await tabs.sendMessage(tab.id, { type: 'credit-lens/page-summary' }).catch(() => null);
          if (reply) return reply;
        }
        return url;
      },
      PAYMENT_URL,
    )) as { accountId: string; reading: { spendSoFar: string } };
    expect(summary.accountId).toBe(ACCOUNT_ID);
    expect(summary.reading.spendSoFar).toBe('520.00');
  });
});
