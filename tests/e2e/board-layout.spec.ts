/**
 * The deadlines board's layouts by window width (issue 13): taller rows below 1280 px, a card per row
 * below 960 px, two columns and the filters folded under one button below 600 px, and a first frame that
 * already has every row the window shows when opened again.
 */
import { expect, sidewaysScroll, test } from './extension';
import { axeViolations, withAxe } from './axe';
import { openBoard, rowCells, rows, shownCount, TOTAL } from './board-support';

test('a window narrowed below 1280 px narrows the board and makes its rows taller, below 960 px cards, below 600 px cards in two columns, and the list still places every row where it counts it', async ({ page, extensionId }) => {
  await openBoard(page, extensionId);
  const list = page.getByTestId('board-list');
  const table = page.locator('.board-table');
  // The sticky head's height; none where the rows are cards and the head is for screen readers only.
  const headHeight = async () => ((await table.evaluate((el) => el.classList.contains('compact'))) ? 0 : (await table.locator('thead').boundingBox())!.height);
  // Scrolled to a row far down the list, that row is the first under the sticky head: the spacer above
  // the drawn rows is as tall as the rows it stands for.
  const placed = async (index: number) => {
    const height = Number(await table.getAttribute('data-row-height'));
    await list.evaluate((el, top) => (el.scrollTop = top), index * height);
    const row = rows(page).and(page.locator(`[aria-rowindex="${index + 2}"]`));
    await expect(row).toBeVisible();
    const [rowBox, listBox] = await Promise.all([row.boundingBox(), list.boundingBox()]);
    return { height, offBy: Math.abs(rowBox!.y - (listBox!.y + 1 + (await headHeight()))), rowHeight: rowBox!.height };
  };
  expect(await placed(500)).toEqual({ height: 52, offBy: expect.closeTo(0, 0), rowHeight: 52 });
  await page.setViewportSize({ width: 960, height: 720 });
  await expect(table).toHaveAttribute('data-row-height', '76');
  // The row that was at the top still is.
  const atTop = async () => {
    const y = (await list.boundingBox())!.y + 1 + (await headHeight()) + 2;
    return rows(page).evaluateAll((trs, y) => trs.find((tr) => tr.getBoundingClientRect().top <= y && tr.getBoundingClientRect().bottom > y)?.getAttribute('aria-rowindex'), y);
  };
  await expect.poll(atTop).toBe(String(500 + 2));
  // Narrowed from 1400 px, the board narrows with the window: the timeline draws itself anew at the new width, rather than holding the page at its old one.
  await expect.poll(() => sidewaysScroll(page)).toBeLessThanOrEqual(0);
  expect(await placed(700)).toEqual({ height: 76, offBy: expect.closeTo(0, 0), rowHeight: 76 });
  // Narrower still, the rows are cards: the same row stays at the top.
  await page.setViewportSize({ width: 683, height: 720 });
  await expect(table).toHaveAttribute('data-row-height', '152');
  await expect.poll(atTop).toBe(String(700 + 2));
  await expect.poll(() => sidewaysScroll(page)).toBeLessThanOrEqual(0);
  expect(await placed(200)).toEqual({ height: 152, offBy: expect.closeTo(0, 0), rowHeight: 152 });
  // On a phone (Firefox for Android runs the extension), the cards take two columns: still no sideways scroll.
  await page.setViewportSize({ width: 320, height: 720 });
  await expect(table).toHaveAttribute('data-row-height', '236');
  await expect.poll(atTop).toBe(String(200 + 2));
  await expect.poll(() => sidewaysScroll(page)).toBeLessThanOrEqual(0);
  // The timeline draws itself within its box: the lane names take less room, the chart none past the edge.
  await expect.poll(() => page.locator('svg.lanes').evaluate((svg) => svg.getBoundingClientRect().right - svg.closest('.timeline')!.getBoundingClientRect().right)).toBeLessThanOrEqual(0);
  expect(await placed(400)).toEqual({ height: 236, offBy: expect.closeTo(0, 0), rowHeight: 236 });
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(table).toHaveAttribute('data-row-height', '52');
  expect(await placed(300)).toEqual({ height: 52, offBy: expect.closeTo(0, 0), rowHeight: 52 });
});

test('below 960 px each row is a card that is still a table row to a screen reader, with no head the keyboard can reach unseen', async ({ page, extensionId }) => {
  await withAxe(page);
  await openBoard(page, extensionId);
  await page.setViewportSize({ width: 683, height: 800 });
  const table = page.locator('.board-table');
  await expect(table).toHaveAttribute('data-row-height', '152');
  const first = rows(page).first();
  // A card: the account, the item and the amount on its first line, the state, deadline and progress on the next.
  const top = async (col: string) => Math.round((await first.locator(`td[data-col="${col}"]`).boundingBox())!.y);
  expect(new Set([await top('account'), await top('item'), await top('amount')]).size).toBe(1);
  expect(new Set([await top('state'), await top('deadline'), await top('progress')]).size).toBe(1);
  expect(await top('state')).toBeGreaterThan(await top('account'));
  expect((await first.boundingBox())!.width).toBeGreaterThan(600);
  // Beside Ads Manager, the timeline's lane names give up room to its chart.
  const svg = page.getByTestId('timeline-svg');
  expect(Number(await svg.getAttribute('data-plot-width')) / (await svg.boundingBox())!.width).toBeGreaterThan(0.7);
  // The browser's own accessibility tree still has a table of rows and cells, under their column headers.
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string } }[] };
  const roles = nodes.map((node) => node.role?.value);
  expect(roles).toContain('table');
  expect(roles.filter((role) => role === 'columnheader').length).toBe(8);
  expect(roles.filter((role) => role === 'cell').length).toBe((await rows(page).count()) * 8);
  // Tab from the sort select goes on to the list's actions, not to the hidden head's buttons.
  await page.getByTestId('sort').focus();
  const reached: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => (document.activeElement?.closest('thead') ? 'head' : (document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? ''))));
  }
  expect(reached).not.toContain('head');
  expect(reached).toContain('edit');
  expect(await axeViolations(page)).toEqual([]);
});

test('opened again, its first frame has every row the window shows and the account filter as wide as settled; the rest comes once painted', async ({ page, extensionId }) => {
  await openBoard(page, extensionId);
  // The first frame with rows, as the browser paints it (read in that frame's animation callback).
  await page.addInitScript(() => {
    const tick = () => {
      const drawn = document.querySelectorAll('[data-testid="board-row"]');
      if (drawn.length === 0) return void requestAnimationFrame(tick);
      const select = document.querySelector<HTMLSelectElement>('[data-testid="filter-account"]')!;
      (window as unknown as { first: object }).first = {
        rows: drawn.length,
        lastRowBottom: drawn[drawn.length - 1]!.getBoundingClientRect().bottom,
        options: select.options.length,
        selectWidth: select.getBoundingClientRect().width,
      };
    };
    requestAnimationFrame(tick);
  });
  await page.reload();
  await expect(page.getByTestId('board')).toHaveAttribute('data-ready', 'true');
  await expect.poll(() => page.evaluate(() => (window as unknown as { first?: object }).first)).toBeDefined();
  const first = await page.evaluate(() => (window as unknown as { first: { rows: number; lastRowBottom: number; options: number; selectWidth: number } }).first);
  const viewport = page.viewportSize()!;
  expect(first.lastRowBottom).toBeGreaterThanOrEqual(viewport.height);
  expect(first.lastRowBottom - 52).toBeLessThan(viewport.height);
  expect(first.options).toBeLessThan(10);

  await expect.poll(() => rows(page).count()).toBeGreaterThan(first.rows);
  await expect(page.getByTestId('filter-account').locator('option')).toHaveCount(100 + 1);
  expect((await page.getByTestId('filter-account').boundingBox())!.width).toBe(first.selectWidth);
});

test('on a phone the choices fold under "Filters" beside the search, so the first screen reaches the timeline; unfolded they work and are counted', async ({ page, extensionId }) => {
  await withAxe(page);
  await openBoard(page, extensionId);
  const toggle = page.getByTestId('filters-toggle');
  // A desktop window shows every choice, and no fold.
  await expect(toggle).toBeHidden();
  await expect(page.getByTestId('filter-account')).toBeVisible();

  await page.setViewportSize({ width: 360, height: 800 });
  await expect(toggle).toBeVisible();
  await expect(page.getByTestId('filter-account')).toBeHidden();
  await expect(page.getByTestId('sort')).toBeHidden();
  // Beside the search, not under it; and the timeline's first lanes are on the first screen.
  const [search, button] = await Promise.all([page.getByTestId('search').boundingBox(), toggle.boundingBox()]);
  expect(Math.abs(search!.y + search!.height - (button!.y + button!.height))).toBeLessThanOrEqual(2);
  expect((await page.getByTestId('timeline-svg').boundingBox())!.y).toBeLessThan(800 - 200);
  // The presets stay out of the fold.
  await expect(page.getByTestId('needs-action')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The keyboard meets the fold where it is seen, and the choices after it.
  await page.getByTestId('search').focus();
  await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('filter-account')).toBeFocused();

  await page.getByTestId('filter-state').selectOption('overdue');
  await expect(toggle).toHaveText(/^Filters\s+1/);
  expect(await axeViolations(page)).toEqual([]);
  await expect(page).toHaveURL(/[?&]state=overdue(&|$)/);
  await expect.poll(() => shownCount(page)).toBeLessThan(TOTAL);
  const states = new Set((await rowCells(page)).map((cells) => cells[3]));
  expect([...states]).toEqual(['Credit late']);
  await expect.poll(() => sidewaysScroll(page)).toBeLessThanOrEqual(0);
  await toggle.click();
  await expect(page.getByTestId('filter-state')).toBeHidden();
  // Folded, the choice still holds: the count says so, and the rows are still filtered.
  await expect(toggle).toHaveText(/^Filters\s+1/);
  await expect(page).toHaveURL(/[?&]state=overdue(&|$)/);
  expect(new Set((await rowCells(page)).map((cells) => cells[3]))).toEqual(states);
});
