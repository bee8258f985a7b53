/**
 * The extension speaks the advertiser's language (issue 10). The pseudo-locale (accented, ~40% longer,
 * bracketed) finds words that skipped the lookup (no brackets) and layouts that clip longer text; the
 * language tests run on Japanese, Arabic and Indonesian pages once those locale files exist.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { layoutFor } from '../../components/board/list-layout';
import { UI_LOCALES } from '../../lib/i18n/locales';
import { readCatalog } from '../../lib/i18n/node-catalog';
import { DEFAULT_SETTINGS } from '../../lib/notes/schema';
import { NOTES_OP_MESSAGE } from '../../lib/notes/ops';
import { NOTES_VERSION, SETTINGS_VERSION } from '../../lib/notes/migrations';
import { aCode, aNote, anAccount, anOffer } from '../../lib/notes/test-fixtures';
import { agencyNotebook } from '../../scripts/agency-notes';
import { PAYMENT_URL, axisWordsAmiss, expect, overlay, routeAdsManager, test } from './extension';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/pages');
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Stores the Language setting as the options page does: through the background's one notes writer.
 * Writing storage directly would leave the writer's copy stale, and its next settings write (the dock
 * opening) would put the old language back.
 */
async function setLanguage(context: BrowserContext, extensionId: string, language: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const op = { type: NOTES_OP_MESSAGE, op: { type: 'settings/update', patch: { language } } };
  const reply = (await page.evaluate(`globalThis.chrome.runtime.sendMessage(${JSON.stringify(op)})`)) as { ok?: boolean } | undefined;
  expect(reply?.ok, JSON.stringify(reply)).not.toBe(false);
  await page.close();
}

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

/**
 * The board in `language` with an agency's notebook (8 accounts whose items run through the states), put
 * in through the background's import; resolves with the board once its notes are shown.
 */
async function openAgencyBoard(context: BrowserContext, page: Page, extensionId: string, language: string): Promise<Locator> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const op = { type: NOTES_OP_MESSAGE, op: { type: 'import/apply', file: agencyNotebook({ accounts: 8, items: 10, now: new Date() }) } };
  expect(await page.evaluate(`globalThis.chrome.runtime.sendMessage(${JSON.stringify(op)})`)).toEqual({ ok: true });
  await setLanguage(context, extensionId, language);
  await page.goto(`chrome-extension://${extensionId}/board.html`);
  const board = page.locator('[data-testid="board"][data-ready="true"]');
  await expect(board).toBeVisible();
  return board;
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

test.describe('the board in every language, at its full width, at the narrowest of its columns and as cards', () => {
  for (const width of [1280, 960, 959, 600]) {
    test(`at ${width} px, each item's amount, state, progress, deadline, next step and actions show whole, in every state the notebook has, and every row is as tall as the list counts on`, async ({ context, page, extensionId }) => {
      test.setTimeout(120_000);
      // Tall enough that the windowed list draws every row of the agency's 80 items at once.
      await page.setViewportSize({ width, height: layoutFor(width).rowHeight * 80 + 1200 });
      await openAgencyBoard(context, page, extensionId, 'en');
      const clipped: string[] = [];
      const offHeight: string[] = [];
      for (const language of UI_LOCALES) {
        await setLanguage(context, extensionId, language);
        await page.goto(`chrome-extension://${extensionId}/board.html`);
        await expect(page.locator(`[data-testid="board"][data-ready="true"][lang="${language}"]`)).toBeVisible();
        const rows = page.getByTestId('board-row');
        await expect(rows).toHaveCount(80);
        expect(new Set(await rows.locator('.state-chip').evaluateAll((chips) => chips.map((chip) => chip.className))).size, language).toBeGreaterThanOrEqual(8);
        // Text cut short (an ellipsis, more lines than shown, or past the cell's edge) is wider or taller than its box.
        const parts = rows.locator('td[data-col="amount"], .state-chip, td[data-col="progress"] .cell-sub, td[data-col="deadline"] .cell-main, .cell-step, td[data-col="actions"], .row-action');
        clipped.push(...(await parts.evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1).map((el) => el.textContent ?? ''))).map((text) => `${language}: ${text}`));
        // A state chip may break a word that is wider than the whole chip: none of these is. (Thai, Japanese
        // and Chinese do not set words apart with spaces: their runs are not words.)
        const brokenWords = await rows.locator('.state-chip').evaluateAll((chips) =>
          chips.flatMap((chip) => {
            const node = chip.firstChild!;
            return [...(node.textContent ?? '').matchAll(/\S+/g)]
              .filter((word) => !/[\u0E00-\u0E7F\u3040-\u30FF\u4E00-\u9FFF]/.test(word[0]))
              .filter((word) => {
                const range = document.createRange();
                range.setStart(node, word.index);
                range.setEnd(node, word.index + word[0].length);
                return new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size > 1;
              })
              .map((word) => word[0]);
          }),
        );
        clipped.push(...[...new Set(brokenWords)].map((word) => `${language}: ${word} (broken)`));
        // The list places the rows it draws by the height it counts on: a row a cell made taller shifts every row below it.
        const counted = Number(await page.locator('.board-table').getAttribute('data-row-height'));
        const heights = await rows.evaluateAll((trs) => [...new Set(trs.map((tr) => tr.getBoundingClientRect().height))]);
        if (heights.length !== 1 || heights[0] !== counted) offHeight.push(`${language}: ${heights.join(', ')} px, counted ${counted}`);
      }
      expect([...new Set(clipped)]).toEqual([]);
      expect(offHeight).toEqual([]);
    });
  }
});

test("the timeline axis's months and days, in every language, never run into each other nor past the chart", async ({ context, page, extensionId }) => {
  test.setTimeout(180_000);
  await openAgencyBoard(context, page, extensionId, 'en');
  const wrong: string[] = [];
  for (const language of UI_LOCALES) {
    await setLanguage(context, extensionId, language);
    // A month beginning two days before the horizon's end (3 December, 60 days ahead: 1 February), at
    // the narrowest columns; the longest horizon in the narrowest window.
    for (const [width, horizon] of [
      [960, 60],
      [600, 180],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      for (const day of ['2026-12-03', '2027-01-31']) {
        await page.clock.setFixedTime(new Date(`${day}T12:00:00`));
        await page.goto(`chrome-extension://${extensionId}/board.html?days=${horizon}`);
        await expect(page.locator(`[data-testid="board"][data-ready="true"][lang="${language}"]`)).toBeVisible();
        wrong.push(...(await axisWordsAmiss(page)).map((problem) => `${language}, ${day} at ${width} px, ${horizon} days: ${problem}`));
      }
    }
  }
  expect(wrong).toEqual([]);
});

test.describe('the board in Arabic at 1280×720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test("the timeline's words sit on the chart, and the user's names keep their own direction", async ({ context, page, extensionId }) => {
    await expect(await openAgencyBoard(context, page, extensionId, 'ar')).toHaveAttribute('dir', 'rtl');
    // Time runs left to right; a label that ended at its x (the right-to-left default) ran off the chart's left edge.
    const words = page.locator('svg.lanes text.lane-label, svg.axis text');
    expect(await words.count()).toBeGreaterThan(8);
    const offChart = await words.evaluateAll((els) =>
      els
        .filter((el) => {
          const box = el.getBoundingClientRect();
          const chart = (el as SVGTextElement).ownerSVGElement!.getBoundingClientRect();
          return box.left < chart.left - 1 || box.right > chart.right + 1;
        })
        .map((el) => el.textContent),
    );
    expect(offChart).toEqual([]);
    // The agency's names are Latin: each takes left to right, so a long one is cut at its end, in a right-to-left table.
    const names = page.locator('[data-testid="board-row"] td[data-col="account"] .cell-main');
    expect(await names.evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).direction))])).toEqual(['ltr']);
    expect(await page.locator('.board-table').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // "US$" reads as itself: its "$" stands right of its "S", not left of its "U" ("$US 200.00").
    const amounts = page.locator('[data-testid="board-row"] td[data-col="amount"]');
    const symbols = await amounts.evaluateAll((cells) =>
      cells.flatMap((cell) => {
        // The text node with the currency: the cell may break before it (a <wbr> between its parts).
        const node = [...cell.childNodes].find((child) => child.textContent?.includes('US$'));
        const text = node?.textContent ?? '';
        const at = (index: number) => {
          const range = document.createRange();
          range.setStart(node!, index);
          range.setEnd(node!, index + 1);
          return range.getBoundingClientRect().left;
        };
        const u = text.indexOf('US$');
        return u < 0 ? [] : [{ text, inOrder: at(u) < at(u + 1) && at(u + 1) < at(u + 2) }];
      }),
    );
    expect(symbols.length).toBeGreaterThan(0);
    expect(symbols.filter((symbol) => !symbol.inOrder)).toEqual([]);
  });
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
