/**
 * The deadlines board in every language (issues 10 and 13): its rows whole at each layout's width, its
 * timeline's axis words apart and on the chart, and Arabic's right-to-left board.
 */
import { layoutFor } from '../../components/board/list-layout';
import { UI_LOCALES } from '../../lib/i18n/locales';
import { axisWordsAmiss, expect, test } from './extension';
import { openAgencyBoard, setLanguage } from './languages-support';

test.describe('the board in every language, at its full width, at the narrowest of its columns, as cards and on a phone', () => {
  for (const width of [1280, 960, 959, 600, 599, 320]) {
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
      [320, 180],
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
    // Time runs right to left (timeline.spec puts the bars at their dates); a label anchored as the page's
    // direction would have it ran off the chart.
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
    // The arrow keys move as the eye sees the bars: left to the lane's next bar, which starts no further
    // right (bars begun before the chart all start at its edge), and in a few steps further left.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-key') ?? null);
    const startOf = async () => page.locator(`g.bar[data-key="${await focused()}"] rect.seg`).evaluateAll((rects) => Math.max(...rects.map((rect) => rect.getBoundingClientRect().right)));
    await page.locator('g.bar[tabindex="0"]').focus();
    const first = (await focused())!;
    const starts = [await startOf()];
    for (let i = 0; i < 4; i++) {
      const from = await focused();
      await page.keyboard.press('ArrowLeft');
      await expect.poll(focused).not.toBe(from);
      starts.push(await startOf());
    }
    expect(starts.filter((x, i) => i > 0 && x > starts[i - 1]!)).toEqual([]);
    expect(starts.at(-1)).toBeLessThan(starts[0]!);
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toBe(first);
    // Its card opens from the bar's start towards later days: it ends where the bar starts, on the right.
    const card = (await page.getByTestId('timeline-card').boundingBox())!;
    expect(Math.abs(card.x + card.width - starts[0]!)).toBeLessThanOrEqual(1);
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

test("the pasted list of accounts speaks every language: its words arrive with its dialog, whole on a phone and a desktop, and a line to fix is named", async ({ context, page, extensionId }) => {
  test.setTimeout(180_000);
  const wrong: string[] = [];
  let english = '';
  for (const language of UI_LOCALES) {
    await setLanguage(context, extensionId, language);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`chrome-extension://${extensionId}/board.html`);
      await expect(page.locator(`[data-testid="board"][data-ready="true"][lang="${language}"]`)).toBeVisible();
      await page.getByTestId('add-account').click();
      const dialog = page.getByTestId('edit-dialog');
      await dialog.getByTestId('account-form-switch').click();
      const form = dialog.getByTestId('account-list-form');
      await form.locator('textarea').fill('7100000000000000005 Fable Kids US\nHarbor pets');
      await form.locator('button[type="submit"]').click();
      await expect(form.locator('.field-error')).toBeVisible();
      const text = (await form.innerText()).replace(/\s+/g, ' ');
      if (/\baccountList\.|\{[a-z]+\}/.test(text)) wrong.push(`${language}: a key or a placeholder shows: ${text}`);
      if (language === 'en') english = text;
      else if (text === english) wrong.push(`${language}: the form is in English`);
      const error = await form.locator('.field-error').innerText();
      if (!error.includes('2') || !error.includes('Harbor pets')) wrong.push(`${language}: the line to fix is not named: ${error}`);
      // Nothing cut short or past the window's edge.
      const boxes = await form.locator('h2, label, .field-hint, .field-error, button, [data-testid="list-counts"]').evaluateAll((els) =>
        els
          .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > window.innerWidth || el.getBoundingClientRect().left < 0)
          .map((el) => el.textContent ?? ''),
      );
      wrong.push(...boxes.map((box) => `${language} at ${width}: ${box}`));
    }
  }
  expect(wrong).toEqual([]);
});
