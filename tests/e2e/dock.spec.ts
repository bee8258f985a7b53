/**
 * The dock never hides the page (issue 9): every fixture page (tests/fixtures/pages and the e2e pages)
 * at five common window sizes (./dock-pages.ts), folded and open. No box of ours may share any area
 * with what the reader read (balances, the coupon entry, promotion rows, messages) or with the page's
 * visible buttons, links and inputs; the coupon outline frames its element and may only never cover
 * it, and a mark (issue 9, point 2) may lie in its element's box but never over any read value's text.
 * Open, every card can be scrolled into view inside the dock, and the dock stays inside the window;
 * where its edge has room, it covers none of the page's words either, open and folded (two tests below).
 * One page load per page: the window is resized between checks (./dock-support.ts measures).
 */
import { join } from 'node:path';
import { runAxe, withAxe } from './axe';
import type { BrowserContext, Page } from '@playwright/test';
import { E2E_PAGES, LIVE_SETTLED_MS, NO_FREE_EDGE_AT_1024, SIZES, e2ePages, fixturePages, type DockPage } from './dock-pages';
import {
  assertNothingHidden,
  calloutOffItsField,
  dockOverCallout,
  everyCardReachable,
  marksOnCallout,
  measure,
  numbersBrokenAcrossLines,
  settled,
  textUnder,
} from './dock-support';
import { ROOMY_HEIGHT } from '../../lib/overlay/dock-placement';
import { PAYMENT_URL, expect, overlay, routeAdsManager, test } from './extension';

/** Each named fixture page at its size, loaded (a live one past its changes), then `check`ed; `at` names both. */
async function onEachPage(
  context: BrowserContext,
  page: Page,
  cases: readonly { name: string; size: { width: number; height: number } }[],
  check: (target: DockPage, at: string) => Promise<void>,
): Promise<void> {
  const targets = cases.map(({ name }) => fixturePages.find((candidate) => candidate.name === name)!);
  await routeAdsManager(context, Object.fromEntries(targets.map((target) => [target.url, target.html])));
  for (const [index, { size }] of cases.entries()) {
    const target = targets[index]!;
    await page.setViewportSize(size);
    await page.goto(target.url);
    if (target.live) await page.waitForFunction((t) => performance.now() >= t, LIVE_SETTLED_MS, { polling: 100 });
    await check(target, `${target.name} at ${size.width}×${size.height}`);
  }
}

test.describe('the dock never hides the page', () => {
  test('has pages to check', () => {
    expect(fixturePages.length + e2ePages.length).toBeGreaterThanOrEqual(40);
  });

  for (const target of [...e2ePages, ...fixturePages]) {
    test(`${target.name}: folded and open at ${SIZES.map((size) => `${size.width}×${size.height}`).join(', ')}`, async ({ context, page }) => {
      test.setTimeout(90_000);
      await routeAdsManager(context, { [target.url]: target.html });
      await page.setViewportSize(SIZES[0]);
      await page.goto(target.url);
      const pill = page.locator('credit-lens-overlay [data-testid="badge"]');
      await expect(pill).toBeVisible();
      await expect.poll(() => overlay(page).reads()).toBeGreaterThanOrEqual(1);
      if (target.live) await page.waitForFunction((t) => performance.now() >= t, LIVE_SETTLED_MS, { polling: 100 });
      for (const size of SIZES) {
        await page.setViewportSize(size);
        await settled(page);
        assertNothingHidden(await measure(page, target), `folded at ${size.width}×${size.height}`);
        expect(await calloutOffItsField(page), `callout at ${size.width}×${size.height}`).toEqual([]);
        expect(await textUnder(page, '.coupon-callout'), `text under the callout at ${size.width}×${size.height}`).toEqual([]);
        expect(await marksOnCallout(page), `marks on the callout at ${size.width}×${size.height}`).toEqual([]);
        if (size.width === 1024 && NO_FREE_EDGE_AT_1024.includes(target.name)) continue;
        await pill.click();
        const body = page.locator('credit-lens-overlay [data-testid="dock-body"]');
        await expect(body).toBeVisible();
        await settled(page);
        assertNothingHidden(await measure(page, target), `open at ${size.width}×${size.height}`);
        expect(await dockOverCallout(page), `the dock over the callout at ${size.width}×${size.height}`).toBeLessThanOrEqual(0.5);
        expect(await everyCardReachable(page), `cards reachable at ${size.width}×${size.height}`).toEqual([]);
        expect(await numbersBrokenAcrossLines(page), `numbers whole at ${size.width}×${size.height}`).toEqual([]);
        await page.locator('credit-lens-overlay [data-action="minimise"]').click();
        await expect(pill).toBeFocused();
      }
    });
  }

  test('at 1024×768, the open dock keeps clear of balances in rows drawn with display: contents', async ({ context, page }) => {
    // The rows of this balance grid have no box of their own; the dock took the space beside them for free and covered two balances.
    const target = fixturePages.find((candidate) => candidate.name === 'de-payment-div-grid')!;
    await routeAdsManager(context, { [target.url]: target.html });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(target.url);
    await page.locator('credit-lens-overlay [data-testid="badge"]').click();
    await expect(page.locator('credit-lens-overlay [data-testid="dock-body"]')).toBeVisible();
    await settled(page);
    await expect(page.locator('credit-lens-overlay .dock')).toHaveAttribute('data-clear', 'true');
    assertNothingHidden(await measure(page, target), 'open at 1024×768');
  });

  test("where its edge has room, the open dock keeps clear of the page's words too: bills' amounts and states, a table's header", async ({ context, page }) => {
    // Each time it sat in the bottom-right corner over the page's words, where a dock of 240 px or more fits clear of them on the right.
    const cases = [
      { name: 'id-automatic-payment-live', size: { width: 1920, height: 1080 } },
      { name: 'bc-billing', size: { width: 1440, height: 900 } },
      { name: 'ja-bc-payment', size: { width: 1920, height: 1080 } },
      { name: 'ko-payment', size: { width: 1440, height: 900 } },
    ];
    await onEachPage(context, page, cases, async (target, at) => {
      await page.locator('credit-lens-overlay [data-testid="badge"]').click();
      await expect(page.locator('credit-lens-overlay [data-testid="dock-body"]')).toBeVisible();
      await settled(page);
      const dock = page.locator('credit-lens-overlay .dock');
      await expect(dock, at).toHaveAttribute('data-edge', 'right');
      expect(await textUnder(page, '.dock'), at).toEqual([]);
      expect((await dock.boundingBox())!.height, at).toBeGreaterThanOrEqual(ROOMY_HEIGHT);
      assertNothingHidden(await measure(page, target), `open, ${at}`);
    });
  });

  test("folded, from the first paint, the pill covers none of the page's words where its edge has room: a bill's amount and state, a sentence", async ({ context, page }) => {
    // Before, it kept clear of the page's words only once the dock had first opened (the check came with its body).
    const cases = [
      { name: 'id-automatic-payment-live', size: { width: 1280, height: 720 } },
      { name: 'id-automatic-payment-live', size: { width: 1024, height: 768 } },
      { name: 'en-transactions', size: { width: 1440, height: 900 } },
      { name: 'ru-automatic-payment', size: { width: 1024, height: 768 } },
    ];
    await onEachPage(context, page, cases, async (target, at) => {
      await expect(page.locator('credit-lens-overlay [data-testid="badge"]')).toBeVisible();
      await settled(page);
      expect(await textUnder(page, '.dock'), at).toEqual([]);
      assertNothingHidden(await measure(page, target), `folded, ${at}`);
    });
  });

  test('the folded pill stays where it is while the page scrolls beneath it, as long as nothing comes under it', async ({ context, page }) => {
    // It sat above a bill's row in the corner; once that row scrolled up, it slid down into the corner,
    // and back up when the row came back: two moves under the user's eyes for one scroll down and up.
    await onEachPage(context, page, [{ name: 'id-automatic-payment-live', size: { width: 1280, height: 720 } }], async (target, at) => {
      await expect(page.locator('credit-lens-overlay [data-testid="badge"]')).toBeVisible();
      await settled(page);
      const dock = page.locator('credit-lens-overlay .dock');
      const start = await dock.boundingBox();
      await page.mouse.move(400, 360);
      for (const [step, dy] of [300, -300].entries()) {
        await page.mouse.wheel(0, dy);
        await settled(page);
        expect(await page.evaluate(() => scrollY) > 0, `${at}: scrolled down`).toBe(step === 0);
        expect(await dock.boundingBox(), `${at}, after scroll ${step + 1}`).toEqual(start);
        expect(await textUnder(page, '.dock'), at).toEqual([]);
        assertNothingHidden(await measure(page, target), `folded, after scroll ${step + 1}, ${at}`);
      }
    });
  });

  test('at 1024×768, where a page leaves no edge free, the open dock says so and takes only the height one row needs', async ({ context, page }) => {
    // At its full height the dock covered up to nine of their boxes.
    const targets = fixturePages.filter((target) => NO_FREE_EDGE_AT_1024.includes(target.name));
    expect(targets).toHaveLength(NO_FREE_EDGE_AT_1024.length);
    await routeAdsManager(context, Object.fromEntries(targets.map((target) => [target.url, target.html])));
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const target of targets) {
      await page.goto(target.url);
      await page.locator('credit-lens-overlay [data-testid="badge"]').click();
      await expect(page.locator('credit-lens-overlay [data-testid="dock-body"]')).toBeVisible();
      await settled(page);
      const dock = page.locator('credit-lens-overlay .dock');
      await expect(dock, target.name).toHaveAttribute('data-clear', 'false');
      expect((await dock.boundingBox())!.height, target.name).toBeLessThanOrEqual(140);
    }
  });

  test('the callout shows beside an entry whose neighbour is a full-width line of text with room beside its words', async ({ context, page }) => {
    // Each had the outline and no callout while whole elements holding text counted as text (before ownTextIn).
    const gained = ['de-promotions-earning', 'ru-automatic-payment', 'tr-payment-uppercase', 'zh-Hans-coupon-field'];
    const targets = fixturePages.filter((target) => gained.includes(target.name));
    expect(targets).toHaveLength(gained.length);
    await routeAdsManager(context, Object.fromEntries(targets.map((target) => [target.url, target.html])));
    await page.setViewportSize(SIZES[0]);
    for (const target of targets) {
      await page.goto(target.url);
      await expect(page.locator('credit-lens-overlay .coupon-outline'), target.name).toBeVisible();
      await expect(page.locator('credit-lens-overlay .coupon-callout'), target.name).toBeVisible();
      expect(await textUnder(page, '.coupon-callout'), target.name).toEqual([]);
    }
  });

  test('a coupon dialog opened while the dock is open: the dock moves off its callout', async ({ context, page }) => {
    const dialogPage = fixturePages.find((target) => target.name === 'en-coupon-dialog-open')!;
    await routeAdsManager(context, { [dialogPage.url]: dialogPage.html });
    await page.setViewportSize(SIZES[0]);
    await page.goto(dialogPage.url);
    await expect.poll(() => overlay(page).reads()).toBeGreaterThanOrEqual(1);
    // The page as it is before the user clicks "Redeem coupon": the dialog is not in it yet.
    await page.evaluate(() => {
      const parts = [...document.querySelectorAll('.vi-modal-mask_n2, .vi-modal-wrap_n2')];
      (window as unknown as { dialogParts: Element[] }).dialogParts = parts;
      for (const part of parts) part.remove();
    });
    const callout = page.locator('credit-lens-overlay .coupon-callout');
    await expect(callout).toHaveCount(0);
    await page.locator('credit-lens-overlay [data-testid="badge"]').click();
    await expect(page.locator('credit-lens-overlay [data-testid="dock-body"]')).toBeVisible();
    await settled(page);
    await page.evaluate(() => {
      for (const part of (window as unknown as { dialogParts: Element[] }).dialogParts) document.body.append(part);
    });
    await expect(callout).toBeVisible();
    await settled(page);
    expect(await dockOverCallout(page)).toBeLessThanOrEqual(0.5);
  });
});

test.describe('the dock for keyboard and screen reader users', () => {
  test('axe finds nothing serious, folded or open; the pill and every row take focus with a visible ring', async ({ context, page }) => {
    await withAxe(page);
    await routeAdsManager(context, { [PAYMENT_URL]: join(E2E_PAGES, 'hints-billing.html') });
    await page.setViewportSize(SIZES[0]);
    await page.goto(PAYMENT_URL);
    const pill = page.locator('credit-lens-overlay [data-testid="badge"]');
    await expect(pill).toBeVisible();
    const serious = async () => (await runAxe(page, 'credit-lens-overlay')).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(await serious(), 'folded').toEqual([]);

    await pill.focus();
    await expect(pill).toBeFocused();
    const ring = (selector: string) => page.locator(`credit-lens-overlay ${selector}`).first().evaluate((element) => getComputedStyle(element).outlineStyle);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await ring('[data-testid="badge"]')).toBe('solid');
    await page.keyboard.press('Enter');
    const fold = page.locator('credit-lens-overlay [data-action="minimise"]');
    await expect(fold).toBeFocused();
    expect(await serious(), 'open').toEqual([]);

    // Tab from the header walks every row's title button in order, each with the focus ring.
    const rows = page.locator('credit-lens-overlay .hint-toggle');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    const reached: string[] = [];
    for (let step = 0; step < 40 && reached.length < count; step++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const active = document.querySelector('credit-lens-overlay')?.shadowRoot?.activeElement as HTMLElement | null;
        return active?.classList.contains('hint-toggle') ? { hint: active.closest('[data-hint]')?.getAttribute('data-hint') ?? '', ring: getComputedStyle(active).outlineStyle } : null;
      });
      if (focused) {
        expect(focused.ring, `focus ring on ${focused.hint}`).toBe('solid');
        reached.push(focused.hint);
      }
    }
    expect(reached).toHaveLength(count);
  });

  test('the dock moves to the edge the user picks, and keeps it for the site after a reload', async ({ context, page }) => {
    await routeAdsManager(context, { [PAYMENT_URL]: join(E2E_PAGES, 'hints-billing.html') });
    await page.setViewportSize(SIZES[0]);
    await page.goto(PAYMENT_URL);
    const dock = page.locator('credit-lens-overlay .dock');
    await page.locator('credit-lens-overlay [data-testid="badge"]').click();
    await expect(dock).toHaveAttribute('data-edge', 'right');
    const move = page.locator('credit-lens-overlay [data-action="move-dock"]');
    await expect(move).toHaveAccessibleName('Move to the left edge');
    await move.click();
    await expect(dock).toHaveAttribute('data-edge', 'left');
    const left = await dock.evaluate((element) => element.getBoundingClientRect().left);
    expect(left).toBeLessThan(SIZES[0].width / 2);
    await page.reload();
    await expect(page.locator('credit-lens-overlay [data-testid="badge"]')).toBeVisible();
    await expect(page.locator('credit-lens-overlay .dock')).toHaveAttribute('data-edge', 'left');
  });
});
