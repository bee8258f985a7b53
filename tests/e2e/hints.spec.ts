/**
 * Hints on the page (issue 3), in Chromium with the built extension, at real Ads Manager URLs: credit
 * status from the notes, warnings from the notes, a hostile page, and the overlay's remembered choices.
 * The promo code field and codes have codes.spec.ts; the page and helpers both use are hints-support.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACCOUNT_ID, PAYMENT_URL, expect, overlay, routeAdsManager, test } from './extension';
import { HOUR, ROUTES, couponField, expand, extensionApi, hint, inExtensionPage, observedSpend, outline, savedCode, seedNotes, spendMatchOffer, storedObservations, testApp, visit } from './hints-support';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');
const HOSTILE_PAGE = join(FIXTURES, 'en-hostile.html');
const HOSTILE_URL: string = JSON.parse(readFileSync(join(FIXTURES, 'en-hostile.expected.json'), 'utf8')).url;

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
