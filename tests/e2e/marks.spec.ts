/**
 * Marks beside the page's own values (issue 9, point 2), in Chromium with the built extension: the ad
 * credit balance (a pending spend-match credit from the notes), a promotion's row (assignable credit
 * on the fixed-column Promotions fixture) and the rejection message (hints-billing.html's field). Each
 * follows its element after a scroll, a resize and the page re-rendering the element; none covers the
 * value's text; pressing one opens its card; Tab reaches each with a focus ring; axe finds nothing
 * serious; the options toggle hides them.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { runAxe, withAxe } from './axe';
import { PAYMENT_URL, expect, overlapArea, overlay, routeAdsManager, test, type Rect } from './extension';
// Notes and settings written into the extension's storage as lib/notes keeps them, and the page's offer.
import { seedNotes as seed, spendMatchOffer as offer } from './hints-support';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');
// Promotions as cards (Polish), with assignable credit nothing was used from.
const PROMOTIONS_PAGE = join(FIXTURES, 'pl-promotions.html');
const PROMOTIONS_URL: string = JSON.parse(readFileSync(join(FIXTURES, 'pl-promotions.expected.json'), 'utf8')).url;
const REJECTED = 'Another promotion is currently in progress on this account.';

interface Seen {
  mark: Rect | null;
  /** The value's element (found again each time: the page may have replaced it). */
  anchor: Rect | null;
  /** The line boxes of the value's text, which no mark may cover. */
  text: Rect[];
}

/** The page element a mark points at: the first shown match of `selector` whose text holds `text`. */
interface Anchor {
  selector: string;
  text: string;
}

/** The mark of `kind` and its anchor, measured together in one frame. */
function seen(page: Page, kind: string, anchor: Anchor): Promise<Seen> {
  return page.evaluate(
    ([kind, anchor]) => {
      const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      const shadow = document.querySelector('credit-lens-overlay')!.shadowRoot!;
      const mark = shadow.querySelector(`.mark[data-mark="${kind}"][data-placed="true"]`);
      const element =
        [...document.querySelectorAll(anchor.selector)].find((candidate) => candidate.getBoundingClientRect().height > 0 && (candidate.textContent ?? '').includes(anchor.text)) ?? null;
      const text: Rect[] = [];
      if (element) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.nodeValue?.trim()) continue;
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) text.push(box(rect));
        }
      }
      return { mark: mark ? box(mark.getBoundingClientRect()) : null, anchor: element ? box(element.getBoundingClientRect()) : null, text };
    },
    [kind, anchor] as [string, Anchor],
  );
}

/** Where the mark sits relative to its value, rounded: a mark that follows keeps it. */
const offset = (s: Seen) => (s.mark && s.anchor ? `${Math.round(s.mark.left - s.anchor.left)},${Math.round(s.mark.top - s.anchor.top)}` : 'none');

/** Beside its value (within 60 px of it) and over none of its text. */
function besideNotOver(s: Seen): string[] {
  if (!s.mark || !s.anchor) return [`mark ${JSON.stringify(s.mark)} anchor ${JSON.stringify(s.anchor)}`];
  const problems: string[] = [];
  const gap = Math.max(s.anchor.left - s.mark.right, s.mark.left - s.anchor.right, s.anchor.top - s.mark.bottom, s.mark.top - s.anchor.bottom, 0);
  if (gap > 60) problems.push(`mark ${gap}px from its value`);
  for (const text of s.text) if (overlapArea(s.mark, text) > 0.5) problems.push(`mark covers the value's text ${JSON.stringify(text)}`);
  return problems;
}

/** A mark follows its element through a scroll, a resize, and the page replacing the element's node. */
async function follows(page: Page, kind: string, anchor: Anchor, rerender: () => Promise<void>) {
  await expect.poll(async () => besideNotOver(await seen(page, kind, anchor)), { message: 'placed beside its value' }).toEqual([]);
  const before = offset(await seen(page, kind, anchor));

  await page.evaluate(() => window.scrollBy(0, 60));
  await expect.poll(async () => offset(await seen(page, kind, anchor)), { message: 'after a scroll' }).toBe(before);
  await page.evaluate(() => window.scrollTo(0, 0));

  await page.setViewportSize({ width: 1100, height: 700 });
  await expect.poll(async () => besideNotOver(await seen(page, kind, anchor)), { message: 'after a resize' }).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect.poll(async () => besideNotOver(await seen(page, kind, anchor)), { message: 'after resizing back' }).toEqual([]);

  const old = (await seen(page, kind, anchor)).anchor!.top;
  await rerender();
  // A new node, lower down: the mark goes with it once the page has been read again.
  await expect.poll(async () => {
    const now = await seen(page, kind, anchor);
    return now.anchor && now.anchor.top > old + 10 ? besideNotOver(now) : ['the page did not move the value'];
  }, { message: 'after the page re-rendered the element' }).toEqual([]);
}

test.describe('marks beside the page\'s values', () => {
  test('the ad credit balance: "$500.00 pending · expected …" follows the value through scroll, resize and re-render; it opens its card', async ({ context, page, extensionId }) => {
    await seed(context, extensionId, { offers: [offer()] });
    await routeAdsManager(context, { '/i18n/account/*': 'hints-billing.html' });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(PAYMENT_URL);
    const mark = page.locator('credit-lens-overlay .mark[data-mark="balance"]');
    await expect(mark).toHaveAttribute('data-placed', 'true', { timeout: 10_000 });
    await expect(mark).toContainText(/\$500\.00 pending · expected \w{3} \d+, \d{4}/);
    await expect(mark).toHaveAccessibleName(/^\$500\.00 pending · expected .* Open this hint in Credit Lens$/);

    await follows(page, 'balance', { selector: '[data-testid="ad-credit"]', text: '' }, () =>
      page.evaluate(() => {
        // As a framework re-renders: new nodes for the whole block, and a notice above that pushes it down.
        const block = document.querySelector('.vi-kv-8d')!;
        const notice = document.createElement('p');
        notice.textContent = 'Balances were updated.';
        notice.style.cssText = 'margin: 0; padding: 16px 0';
        block.replaceWith(notice, block.cloneNode(true));
      }),
    );

    await mark.click();
    const card = page.locator('credit-lens-overlay [data-hint="credit-status"][data-state="pending"]');
    await expect(card.locator('.hint-toggle')).toHaveAttribute('aria-expanded', 'true');
    await expect(card.locator('.hint-toggle')).toBeFocused();
  });

  test('the rejection message: "likely: another promotion is active" follows the message through scroll, resize and re-render', async ({ context, page }) => {
    await routeAdsManager(context, { '/i18n/account/*': 'hints-billing.html' });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(PAYMENT_URL);
    await expect(overlay(page).pill).toBeVisible();
    await page.evaluate((text) => (window as unknown as { testApp: { showError(t: string): void } }).testApp.showError(text), REJECTED);
    const mark = page.locator('credit-lens-overlay .mark[data-mark="rejection"]');
    await expect(mark).toHaveAttribute('data-placed', 'true', { timeout: 10_000 });
    await expect(mark).toContainText('likely: another promotion is active');
    await follows(page, 'rejection', { selector: '#promo-explain', text: '' }, () =>
      page.evaluate(() => (window as unknown as { testApp: { rerenderField(): void } }).testApp.rerenderField()),
    );
  });

  test('a promotion\'s row: assignable credit not assigned, beside its row, never over the row\'s text', async ({ context, page, extensionId }) => {
    // English words on the Polish page (the Language setting), so the test reads one language.
    await seed(context, extensionId, { settings: { language: 'en' } });
    await routeAdsManager(context, { [PROMOTIONS_URL]: PROMOTIONS_PAGE });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(PROMOTIONS_URL);
    const mark = page.locator('credit-lens-overlay .mark[data-mark="promotion"]');
    await expect(mark).toHaveAttribute('data-placed', 'true', { timeout: 10_000 });
    await expect(mark).toContainText('PLN 12,500.00 · likely not assigned');
    // All of the card's text counts as the value's here: the mark may sit in the card's free space only.
    await follows(page, 'promotion', { selector: 'li', text: 'Kupon świąteczny 2026' }, async () => {
      await page.evaluate(() => {
        const card = [...document.querySelectorAll('li')].find((li) => li.textContent?.includes('Kupon świąteczny 2026'))!;
        const notice = document.createElement('li');
        notice.textContent = 'Promocje zostały zaktualizowane.';
        notice.style.cssText = 'list-style: none; padding: 16px 0';
        card.replaceWith(notice, card.cloneNode(true));
      });
    });
  });

  test('axe finds nothing serious with marks shown; Tab reaches every mark with a focus ring; the options toggle hides them', async ({ context, page, extensionId }) => {
    await seed(context, extensionId, { offers: [offer()] });
    await withAxe(page);
    await routeAdsManager(context, { '/i18n/account/*': 'hints-billing.html' });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(PAYMENT_URL);
    await page.evaluate((text) => (window as unknown as { testApp: { showError(t: string): void } }).testApp.showError(text), REJECTED);
    const marks = page.locator('credit-lens-overlay .mark[data-placed="true"]');
    await expect(marks).toHaveCount(2, { timeout: 10_000 });
    const serious = (await runAxe(page, 'credit-lens-overlay')).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);

    await overlay(page).pill.focus();
    const reached = new Set<string>();
    for (let step = 0; step < 30 && reached.size < 2; step++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const active = document.querySelector('credit-lens-overlay')?.shadowRoot?.activeElement as HTMLElement | null;
        return active?.classList.contains('mark') ? { kind: active.dataset.mark!, ring: getComputedStyle(active).outlineStyle } : null;
      });
      if (focused) {
        expect(focused.ring, `focus ring on the ${focused.kind} mark`).toBe('solid');
        reached.add(focused.kind);
      }
    }
    expect([...reached].sort()).toEqual(['balance', 'rejection']);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const toggle = options.getByLabel("Show marks next to the page's values");
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await page.bringToFront();
    await expect(page.locator('credit-lens-overlay .mark')).toHaveCount(0);
    await expect(overlay(page).pill).toBeVisible();
  });
});
