/**
 * The promo code on the page (issue 3), in Chromium with the built extension, at real Ads Manager URLs:
 * the in-place outline of the code field, a saved code to copy, warnings while a code is typed, and the
 * likely causes of a rejected one with the support message on the clipboard.
 */
import { anAccount } from '../../lib/notes/test-fixtures';
import { ACCOUNT_ID, ADS, PAYMENT_URL, expect, overlay, routeAdsManager, test } from './extension';
import { ROUTES, couponField, expand, hint, outline, outlineSurroundsField, savedCode, seedNotes, spendMatchOffer, testApp, visit } from './hints-support';

test.beforeEach(async ({ context }) => {
  await routeAdsManager(context, ROUTES);
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

  test('"Show me where to enter it" in the popup brings the page\'s field into view, outlined, and closes the popup', async ({ context, page, extensionId }) => {
    await seedNotes(context, extensionId, { accounts: [anAccount({ id: ACCOUNT_ID })], codes: [savedCode()] });
    await visit(page, PAYMENT_URL);
    await expect(outline(page)).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(couponField(page)).not.toBeInViewport();

    // Opened as a tab, the popup finds the Payment tab as the most recently used one.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const card = popup.locator('[data-testid="hint"][data-kind="code-deadline"]');
    const closed = popup.waitForEvent('close');
    await card.getByRole('button', { name: 'Show me where to enter it' }).click();
    await closed;
    await expect(couponField(page)).toBeInViewport();
    await expect.poll(() => outlineSurroundsField(page)).toBe(true);
    // The Payment tab came to the front: a toolbar popup would have closed on that by itself.
    expect(await page.evaluate(() => document.visibilityState)).toBe('visible');
  });

  test("the popup's step does not show another account's page: it says the tab was turned to it", async ({ context, page, extensionId }) => {
    await seedNotes(context, extensionId, { accounts: [anAccount({ id: ACCOUNT_ID })], codes: [savedCode()] });
    await visit(page, PAYMENT_URL);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const step = popup.locator('[data-testid="hint"][data-kind="code-deadline"]').getByRole('button', { name: 'Show me where to enter it' });
    await expect(step).toBeVisible();

    // Meanwhile the user turns the Payment tab to another ad account's Payment page.
    const other = '7123450000000000009';
    await visit(page, PAYMENT_URL.replace(ACCOUNT_ID, other));
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await step.click();
    await expect(popup.getByTestId('step-miss')).toHaveText(`Your Ads Manager tab now shows account ${other}. Open Credit Lens again for that account.`);
    expect(popup.isClosed()).toBe(false);
    await expect(couponField(page)).not.toBeInViewport();
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

  test("a code's digits typed on an Arabic or Persian layout get the saved code to paste instead, or a card of their own", async ({ context, page, extensionId }) => {
    await seedNotes(context, extensionId, { codes: [savedCode()] });
    await visit(page, PAYMENT_URL);
    const card = hint(page, 'code-typing', 'differs-from-saved');
    for (const typed of ['WELCOME-٠O١', 'WELCOME-۰O۱']) {
      await couponField(page).fill(typed);
      await expect(card, typed).toBeVisible();
      await expect(card.getByTestId('next-step-line')).toHaveText('Paste your saved code instead');
      await couponField(page).fill('');
      await expect(card).toHaveCount(0);
    }
    // A code not in the notes: its own card says the digits are not 0-9.
    await couponField(page).fill('SPRING-١٠٠');
    await expect(hint(page, 'code-typing', 'other-digits')).toContainText('Your code has digits other than 0–9');
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
