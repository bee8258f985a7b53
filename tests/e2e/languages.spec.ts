/**
 * The extension speaks the advertiser's language (issue 10). The pseudo-locale (accented, ~40% longer,
 * bracketed) finds words that skipped the lookup (no brackets) and layouts that clip longer text; the
 * language tests run on Japanese, Arabic and Indonesian pages once those locale files exist.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { UI_LOCALES } from '../../lib/i18n/locales';
import { readCatalog } from '../../lib/i18n/node-catalog';
import { NOTES_VERSION } from '../../lib/notes/migrations';
import { aCode, aNote, anAccount, anOffer } from '../../lib/notes/test-fixtures';
import { PAYMENT_URL, expect, overlay, routeAdsManager, test } from './extension';
import { openAgencyBoard, setLanguage } from './languages-support';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/pages');
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** An account with an offer, a code to activate, a rejected code and a note, as the popup would have saved them. */
async function seedNotes(context: BrowserContext, extensionId: string): Promise<void> {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const notes = {
    accounts: [anAccount()],
    offers: [anOffer({ qualifyBy: day(30) })],
    codes: [aCode({ receivedOn: day(-1) }), aCode({ id: 'code-2', code: 'OLD-CODE', receivedOn: day(-3), status: 'rejected', rejectedCause: 'already-used' })],
    notes: [aNote()],
  };
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate(`globalThis.chrome.storage.local.set(${JSON.stringify({ notes, notes$: { v: NOTES_VERSION } })})`);
  await page.close();
}

interface LayoutReport {
  /** Text with letters outside any bracketed message: it did not go through the lookup. */
  unbracketed: string[];
  /** Elements whose content is wider or taller than their box while they hide the overflow. */
  clipped: string[];
  pageOverflows: boolean;
}

/** Looks at every text node under `rootSelector` (through the overlay's open shadow root when `shadow`). */
function layoutOf(page: Page, rootSelector: string, shadow: boolean): Promise<LayoutReport> {
  return page.evaluate(
    ([selector, inShadow]) => {
      const host = document.querySelector(selector as string)!;
      const root: ParentNode = inShadow ? host.shadowRoot! : host;
      const unbracketed: string[] = [];
      const clipped: string[] = [];
      const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const element = node.parentElement;
        if (!element || !/\p{L}/u.test(text) || element.closest('bdi, option, textarea, script, style, [hidden], .visually-hidden, .sr-only')) continue;
        if (element.getClientRects().length === 0) continue;
        const block = element.closest('p, h1, h2, h3, h4, label, button, legend, li, dt, dd, summary, a, span, div') ?? element;
        const whole = block.textContent ?? '';
        if (!whole.includes('[') || !whole.includes(']')) unbracketed.push(whole.trim().slice(0, 80));
      }
      for (const element of (root as ParentNode).querySelectorAll<HTMLElement>('*')) {
        const style = getComputedStyle(element);
        // Screen-reader-only text is clipped on purpose.
        if (element.closest('.visually-hidden, .sr-only') || element.getClientRects().length === 0 || !/hidden|clip/.test(style.overflowX + style.overflowY)) continue;
        if (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1) clipped.push(element.outerHTML.slice(0, 80));
      }
      return { unbracketed, clipped, pageOverflows: document.documentElement.scrollWidth > window.innerWidth };
    },
    [rootSelector, shadow] as const,
  );
}

test.describe('the pseudo-locale at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the options page: every word bracketed, nothing clipped or overflowing', async ({ context, page, extensionId }) => {
    await setLanguage(context, extensionId, 'en-XA');
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.locator('[data-testid="options"][data-ready="true"]')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
    const report = await layoutOf(page, 'body', false);
    expect(report.unbracketed).toEqual([]);
    expect(report.clipped).toEqual([]);
    expect(report.pageOverflows).toBe(false);
  });

  test('the check can fail: in English, the same page has words outside brackets', async ({ page, extensionId }) => {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.locator('[data-testid="options"][data-ready="true"]')).toBeVisible();
    expect((await layoutOf(page, 'body', false)).unbracketed.length).toBeGreaterThan(5);
  });

  test('the overlay: every word bracketed, nothing clipped', async ({ context, page, extensionId }) => {
    await routeAdsManager(context, { '/i18n/account/*': 'ads-manager.html' });
    await setLanguage(context, extensionId, 'en-XA');
    await page.goto(PAYMENT_URL);
    await overlay(page).open();
    await expect(page.locator('credit-lens-overlay .theme')).toHaveAttribute('lang', 'en-XA');
    const report = await layoutOf(page, 'credit-lens-overlay', true);
    expect(report.unbracketed).toEqual([]);
    expect(report.clipped).toEqual([]);
  });

  test("the board: each item's state, progress and actions show whole, in every state the notebook has", async ({ context, page, extensionId }) => {
    await expect(await openAgencyBoard(context, page, extensionId, 'en-XA')).toHaveAttribute('lang', 'en-XA');
    const states = await page.getByTestId('filter-state').locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    const shown: string[] = [];
    const clipped: string[] = [];
    for (const state of states) {
      await page.getByTestId('filter-state').selectOption(state);
      const rows = page.getByTestId('board-row');
      if ((await rows.count()) === 0) continue;
      shown.push(state);
      // Text cut short (an ellipsis, more lines than shown, or past the cell's edge) is wider or taller than its box.
      const parts = rows.locator('.state-chip, td[data-col="progress"] .cell-sub, td[data-col="actions"], .row-action');
      clipped.push(...(await parts.evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1).map((el) => el.textContent ?? ''))));
    }
    expect(shown.length).toBeGreaterThanOrEqual(8);
    expect([...new Set(clipped)]).toEqual([]);
  });

  test('the popup: every word bracketed, nothing clipped, in its lists and in a form with problems', async ({ context, page, extensionId }) => {
    await setLanguage(context, extensionId, 'en-XA');
    await seedNotes(context, extensionId);
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(page.locator('[data-testid="popup"][data-ready="true"]')).toBeVisible();
    await expect(page.getByTestId('offer')).toHaveCount(1);
    await expect(page.getByTestId('code')).toHaveCount(2);
    await expect(page.getByTestId('countdown').first()).toBeVisible();
    const lists = await layoutOf(page, 'body', false);
    expect(lists.unbracketed).toEqual([]);
    expect(lists.clipped).toEqual([]);

    await page.getByTestId('add-offer').click();
    await page.getByTestId('offer-form').locator('[name="threshold"]').fill('12abc');
    await page.getByTestId('offer-form').locator('button[type="submit"]').click();
    await expect(page.locator('[data-error-for="threshold"]')).toBeVisible();
    const form = await layoutOf(page, 'body', false);
    expect(form.unbracketed).toEqual([]);
    expect(form.clipped).toEqual([]);
  });
});

test("the options page's Language list is wide enough for each of its entries, in every language", async ({ context, page, extensionId }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const cut: string[] = [];
  for (const language of UI_LOCALES) {
    await setLanguage(context, extensionId, language);
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    // Each entry in a list of its own, styled as the real one but sized to its text: the width it needs.
    const short = await page.getByTestId('language').evaluate((select: HTMLSelectElement) => {
      const width = select.getBoundingClientRect().width;
      return [...select.options]
        .map((option) => {
          const probe = select.cloneNode(false) as HTMLSelectElement;
          probe.removeAttribute('id');
          probe.append(option.cloneNode(true));
          probe.style.cssText = 'position: absolute; visibility: hidden; width: auto; min-width: 0; max-width: none';
          select.parentElement!.append(probe);
          const needed = probe.getBoundingClientRect().width;
          probe.remove();
          return needed > width + 0.5 ? `"${option.text}" needs ${Math.round(needed)} px of ${Math.round(width)}` : null;
        })
        .filter((problem) => problem !== null);
    });
    cut.push(...short.map((problem) => `${language}: ${problem}`));
  }
  expect(cut).toEqual([]);
});

test.describe("the popup's heads in German and Russian, at the popup's own width", () => {
  for (const language of ['de', 'ru']) {
    test(`${language}: a list's button keeps one line, its count stays with its title, a card's state takes at most half its head, a form's inputs side by side stay level`, async ({ context, page, extensionId }) => {
      await openAgencyBoard(context, page, extensionId, language);
      await page.setViewportSize({ width: 400, height: 900 });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(page.locator('[data-testid="popup"][data-ready="true"]')).toBeVisible();
      await expect(page.getByTestId('offer').first()).toBeVisible();
      const heads = await page.locator('.section-head').evaluateAll((all) =>
        all.map((head) => {
          const button = head.querySelector('button')!.getBoundingClientRect();
          const count = head.querySelector('.count')!.getBoundingClientRect();
          const title = head.querySelector('h2')!;
          // The count's line holds more than the count: some word of the title ends on it too.
          const range = document.createRange();
          range.selectNodeContents(title);
          const alone = [...range.getClientRects()].filter((rect) => Math.abs(rect.top - count.top) < 2).every((rect) => rect.left >= count.left - 12);
          return { head: head.textContent, buttonHeight: Math.round(button.height), countAlone: alone };
        }),
      );
      expect(heads.length).toBeGreaterThanOrEqual(3);
      for (const head of heads) expect(head, JSON.stringify(head)).toMatchObject({ buttonHeight: 28, countAlone: false });
      const states = await page.locator('.card-head').evaluateAll((all) =>
        all.flatMap((head) => {
          const state = head.querySelector('.state');
          return state ? [{ state: state.textContent, share: state.getBoundingClientRect().width / head.getBoundingClientRect().width }] : [];
        }),
      );
      expect(states.length).toBeGreaterThanOrEqual(5);
      expect(states.filter(({ share }) => share > 0.5)).toEqual([]);

      // The offer form's fields side by side keep their inputs level, whatever their labels' lengths.
      await page.getByTestId('add-offer').click();
      await page.getByTestId('offer-form').locator('button[type="submit"]').click();
      await expect(page.locator('[data-error-for="threshold"]')).toBeVisible();
      const rows = await page.locator('.row').evaluateAll((all) => all.map((row) => [...row.querySelectorAll(':scope > .field > :is(input, select)')].map((input) => Math.round(input.getBoundingClientRect().top))));
      expect(rows.length).toBeGreaterThanOrEqual(2);
      expect(rows.filter((tops) => new Set(tops).size !== 1)).toEqual([]);
    });
  }
});


const PAGES = [
  { locale: 'ja', file: 'ja', fixture: 'ja-bc-payment' },
  { locale: 'ar', file: 'ar', fixture: 'ar-prepaid-payment-rtl' },
  { locale: 'id', file: 'id', fixture: 'id-automatic-payment-live' },
] as const;

async function seriousAxeViolations(page: Page, include?: string): Promise<string[]> {
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(c: unknown): Promise<{ violations: { id: string; impact?: string | null }[] }> } }).axe;
    const { violations } = await axe.run(selector ? { include: [[selector]] } : document);
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  }, include);
}

for (const { locale, file, fixture } of PAGES) {
  test.describe(`a ${locale} Ads Manager page`, () => {
    const { url } = JSON.parse(readFileSync(join(FIXTURES, `${fixture}.expected.json`), 'utf8')) as { url: string };
    const region = () => readCatalog(file, 'page')['overlay.region'] as string;

    test('the overlay speaks the page’s language, the popup the browser’s, and the setting switches both at once', async ({ context, page, extensionId }) => {
      await routeAdsManager(context, { [url]: readFileSync(join(FIXTURES, `${fixture}.html`), 'utf8') });
      await page.addInitScript({ path: AXE_PATH });
      await page.goto(url);
      const theme = page.locator('credit-lens-overlay .theme');
      await expect(theme).toHaveAttribute('lang', locale);
      await expect(page.locator('credit-lens-overlay section.dock')).toHaveAttribute('aria-label', region());
      await expect(theme).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
      expect(await seriousAxeViolations(page, 'credit-lens-overlay')).toEqual([]);

      const popup = await context.newPage();
      await popup.addInitScript({ path: AXE_PATH });
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      const browserLanguage = await popup.evaluate(() => navigator.language);
      await expect(popup.locator('html')).toHaveAttribute('lang', browserLanguage.startsWith(locale) ? locale : 'en');
      expect(await seriousAxeViolations(popup)).toEqual([]);

      // One change in the options page; the open popup and the page's overlay follow without a reload.
      const other = locale === 'ar' ? 'ja' : 'ar';
      await setLanguage(context, extensionId, other);
      await expect(popup.locator('html')).toHaveAttribute('lang', other);
      await expect(theme).toHaveAttribute('lang', other);
      await expect(theme).toHaveAttribute('dir', other === 'ar' ? 'rtl' : 'ltr');
    });
  });
}
