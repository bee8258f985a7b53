/**
 * The deadlines board (issue 13) in system Chromium with the built extension, on an agency's notebook
 * (board-support.ts): its first paint, sorting, filters and search, the view in the URL, the CSV, axe,
 * where it opens from and its language. Its edits and additions are board-edit.spec.ts; its layouts by
 * window width, board-layout.spec.ts; its timeline, timeline.spec.ts.
 */
import { SETTINGS_VERSION } from '../../lib/notes/migrations';
import { DEFAULT_SETTINGS } from '../../lib/notes/schema';
import { agencyAccountId } from '../../scripts/agency-notes';
import { expect, test } from './extension';
import { axeViolations, withAxe } from './axe';
import { DAY, EVIL_NAME, TOTAL, exportCsv, openBoard, rowCells, rowKeys, rows, shownCount } from './board-support';

declare const chrome: {
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
};

test('opens with its first rows and the timeline painted, drawing only the rows in view', async ({ page, extensionId }) => {
  await openBoard(page, extensionId);
  expect(await shownCount(page)).toBe(TOTAL);
  await expect(rows(page).first()).toBeVisible();
  const drawn = await rows(page).count();
  expect(drawn).toBeGreaterThan(5);
  expect(drawn).toBeLessThan(60);
  await expect(page.getByTestId('timeline-bar').first()).toBeVisible();
  await expect(page.getByTestId('today-line')).toBeVisible();

  // Urgency: open items by their next deadline, soonest (or most overdue) first.
  const deadlines = await rows(page).evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-deadline') || Infinity)));
  expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));

  // Scrolling to the end draws the last rows: finished items, last.
  // The list draws the new rows when its scroll event arrives, a frame later: wait for the end's rows,
  // not for the rows drawn before it (the top's overdue items), which are there at once.
  await page.getByTestId('board-list').evaluate((el) => (el.scrollTop = el.scrollHeight));
  const FINISHED = ['used-up', 'expired', 'code-expired', 'dismissed', 'applied'];
  const lastStates = () => rows(page).evaluateAll((trs) => trs.slice(-5).map((tr) => tr.getAttribute('data-state')));
  await expect.poll(async () => (await lastStates()).every((state) => FINISHED.includes(state ?? ''))).toBe(true);
  for (const state of await lastStates()) expect(FINISHED).toContain(state);
  await expect(rows(page).last()).toHaveAttribute('data-key', /.+/);
  expect(await rows(page).count()).toBeLessThan(60);
});

test('sorting, filtering and search give the expected rows', async ({ page, extensionId }) => {
  const { file } = await openBoard(page, extensionId);

  // One account: its ten items plus the two measured ones, and one timeline lane per item.
  await page.getByTestId('filter-account').selectOption(agencyAccountId(0));
  await expect.poll(() => shownCount(page)).toBe(12);
  const ids = await rows(page).locator('td[data-col="account"] .cell-sub').allTextContents();
  expect(new Set(ids)).toEqual(new Set([agencyAccountId(0)]));
  expect(await page.locator('.lane').count()).toBe(await page.getByTestId('timeline-bar').count());

  // Codes waiting to be activated, across accounts.
  await page.getByTestId('filter-account').selectOption('');
  await page.getByTestId('filter-kind').selectOption('code');
  await page.getByTestId('filter-state').selectOption('to-activate');
  const count = await shownCount(page);
  expect(count).toBeGreaterThan(50);
  expect(count).toBeLessThan(500);
  expect(new Set(await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-state'))))).toEqual(new Set(['to-activate']));
  expect(new Set(await rows(page).locator('td[data-col="item"] .cell-sub').allTextContents())).toEqual(new Set(['Promo code']));

  // Due within 7 days: the items the header counts, each with a deadline still to come within the week.
  await page.getByTestId('clear-filters').click();
  const due = Number(await page.getByTestId('due-count').getAttribute('data-count'));
  expect(due).toBeGreaterThan(20);
  await page.getByTestId('due-soon').click();
  await expect.poll(() => shownCount(page)).toBe(due);
  await expect(page.getByTestId('due-count')).toHaveAttribute('data-count', String(due));
  expect(new URL(page.url()).searchParams.get('due')).toBe('7');
  const left = await rows(page).evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-deadline')) - Date.now()));
  expect(left.length).toBeGreaterThan(5);
  for (const ms of left) expect(ms > 0 && ms <= 7 * DAY, `${ms} ms left`).toBe(true);

  // Search by code, whatever the case: exactly the seeded codes that contain it.
  await page.getByTestId('clear-filters').click();
  await page.getByTestId('search').fill('spring-007');
  const expected = file.notes.codes.filter((c) => c.code.includes('SPRING-007')).map((c) => `code:${c.id}`);
  expect(expected.length).toBeGreaterThan(0);
  await expect.poll(() => rowKeys(page)).toEqual(expect.arrayContaining(expected));
  expect((await rowKeys(page)).length).toBe(expected.length);

  // Search by account name.
  await page.getByTestId('search').fill('Tidal Swimwear UK');
  await expect.poll(() => shownCount(page)).toBe(10);

  // Sort by amount, largest first, from the column header.
  await page.getByTestId('search').fill('');
  await page.locator('th button[data-sort="amount"]').click();
  await page.locator('th button[data-sort="amount"]').click();
  await expect(page.locator('th[aria-sort="descending"]')).toHaveText(/Amount/);
  const amounts = await rows(page).evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-amount'))));
  expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  expect(amounts[0]).toBe(Math.max(...[...file.notes.offers.map((o) => Number(o.creditAmount)), ...file.notes.codes.map((c) => Number(c.amount))]));
});

test("a code's row offers to copy the code while it may still be entered, and what it copies pastes whole", async ({ page, extensionId }) => {
  await openBoard(page, extensionId, '?state=applied');
  await expect.poll(() => shownCount(page)).toBeGreaterThan(0);
  await expect(rows(page).locator('[data-action="copy-code"]')).toHaveCount(0);

  await page.getByTestId('filter-state').selectOption('to-activate');
  const row = rows(page).first();
  const code = (await row.locator('td[data-col="item"] .cell-main').textContent())!;
  await row.getByRole('button', { name: `Copy code ${code}` }).click();
  await expect(row.getByTestId('copy-code-status')).toHaveText('Copied');
  // Copying is all it does: the row is not picked, so the timeline stays where it was.
  await expect(row).not.toHaveClass(/selected/);
  await row.locator('td[data-col="state"]').click();
  await expect(row).toHaveClass(/selected/);
  // Pasted into the search, the code finds its own row.
  await page.getByTestId('filter-state').selectOption('');
  await page.getByTestId('search').focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(page.getByTestId('search')).toHaveValue(code);
  await expect.poll(() => shownCount(page)).toBe(1);
});

test('the URL holds the view: a reload or a bookmark opens the same board', async ({ page, extensionId }) => {
  await openBoard(page, extensionId);
  await page.getByTestId('filter-kind').selectOption('offer');
  await page.getByTestId('needs-action').click();
  await page.getByTestId('sort').selectOption('deadline');
  await page.getByTestId('sort-dir').click();
  await page.getByTestId('search').fill('partner');
  await page.getByTestId('horizon').selectOption('90');
  await expect.poll(() => page.url()).toContain('q=partner');
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toEqual({
    sort: 'deadline',
    dir: 'desc',
    kind: 'offer',
    state: 'overdue,window-closed,pending,expiring,to-activate',
    q: 'partner',
    days: '90',
  });
  const before = await rowKeys(page);
  const count = await shownCount(page);

  const again = await page.context().newPage();
  await again.setViewportSize({ width: 1400, height: 1000 });
  await again.goto(url.href);
  await expect(again.getByTestId('board')).toHaveAttribute('data-ready', 'true');
  await expect(again.getByTestId('filter-kind')).toHaveValue('offer');
  await expect(again.getByTestId('sort')).toHaveValue('deadline');
  await expect(again.getByTestId('search')).toHaveValue('partner');
  await expect(again.getByTestId('needs-action')).toHaveAttribute('aria-pressed', 'true');
  await expect(again.getByTestId('horizon')).toHaveValue('90');
  expect(await shownCount(again)).toBe(count);
  expect(await rowKeys(again)).toEqual(before);
  expect(again.url()).toBe(url.href);
});

test('the CSV is the rows on screen, in their order, with named columns and formulas defused', async ({ page, extensionId }) => {
  await openBoard(page, extensionId, '?sort=account&kind=offer');
  const csv = await exportCsv(page);
  expect(csv[0]).toEqual(['Account', 'Account ID', 'Item', 'Kind', 'State', 'Amount', 'Currency', 'Progress', 'Next deadline', 'Deadline date', 'Next step']);
  const body = csv.slice(1);
  expect(body.length).toBe(await shownCount(page));
  // What the screen shows, from a CSV record: a cell defused for spreadsheets reads as its text on screen.
  const shown = (cell: string) => (cell === `'${EVIL_NAME}` ? EVIL_NAME : cell);
  // The screen lets an amount's currency wrap below it: a plain space where Intl's does not break.
  const breakable = (amount: string) => amount.replace(/[\u00A0\u202F]/g, ' ');
  const pick = (r: string[]) => [r[0], r[1], r[2], r[4], breakable(r[5]!), r[8], r[9], r[10]].map((cell) => shown(cell!));
  const screenTop = await rowCells(page);
  expect(body.slice(0, screenTop.length).map(pick)).toEqual(screenTop);

  await page.getByTestId('board-list').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect.poll(async () => (await rowCells(page)).at(-1)).toEqual(pick(body.at(-1)!));
  const screenEnd = await rowCells(page);
  expect(body.slice(-screenEnd.length).map(pick)).toEqual(screenEnd);

  // The account named like a formula stays text in a spreadsheet.
  const evil = body.filter((r) => r[1] === agencyAccountId(42));
  expect(evil.length).toBe(5);
  for (const r of evil) expect(r[0]).toBe(`'${EVIL_NAME}`);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violation on the board, ${scheme}`, async ({ page, extensionId }) => {
    await withAxe(page);
    await openBoard(page, extensionId, '', scheme);
    await expect(page.getByTestId('timeline-bar').first()).toBeVisible();
    // With a card open too: it is part of what a user meets.
    await page.getByTestId('timeline-bar').first().hover();
    await expect(page.getByTestId('timeline-card')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the popup header and the options page open the board', async ({ page, context, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const opened = context.waitForEvent('page');
  await page.getByTestId('open-board').click();
  const board = await opened;
  await board.waitForURL(`chrome-extension://${extensionId}/board.html`);
  await expect(board.getByTestId('board')).toHaveAttribute('data-ready', 'true');
  await expect(board.getByTestId('board-empty')).toBeVisible();

  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('open-board')).toHaveAttribute('href', '/board.html');
});

test('the board speaks the Language setting, and a change shows at once, the CSV included', async ({ page, extensionId }) => {
  await openBoard(page, extensionId, '?kind=code');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('export-csv')).toHaveText('Export CSV');
  // The options page's Language setting, stored as it stores it; the open board follows without a reload.
  await page.evaluate(
    async ([defaults, version]) => {
      const stored = (await chrome.storage.local.get(null)) as { settings?: object };
      await (chrome.storage.local as unknown as { set(items: object): Promise<void> }).set({ settings: { ...defaults, ...stored.settings, language: 'en-XA' }, settings$: { v: version } });
    },
    [DEFAULT_SETTINGS, SETTINGS_VERSION] as const,
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await expect(page.getByTestId('export-csv')).toHaveText(/^\[Éẋþöŕţ ÇŠṼ/);
  await expect(rows(page).first().locator('td[data-col="state"] .state-chip')).toHaveText(/^\[.+\]$/);
  const csv = await exportCsv(page);
  expect(csv[0]!.every((name) => name.startsWith('[') && name.endsWith(']'))).toBe(true);
  expect(csv[1]![4]).toMatch(/^\[.+\]$/);
});
