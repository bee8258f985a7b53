/**
 * The deadlines board (issue 13): every account's offers and codes, with a timeline, in system Chromium
 * with the built extension. The notebook is an agency's: 100 accounts of 10 items each (scripts/
 * agency-notes.ts), put in through the background's own import op, plus one offer and one code with
 * dates this file chooses, to check where their bars sit.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { NOTES_OP_MESSAGE } from '../../lib/notes/ops';
import { SETTINGS_VERSION } from '../../lib/notes/migrations';
import { DEFAULT_SETTINGS, type ExportFile } from '../../lib/notes/schema';
import { aCode, anOffer } from '../../lib/notes/test-fixtures';
import { agencyAccountId, agencyNotebook } from '../../scripts/agency-notes';
import { axisWordsAmiss, expect, test } from './extension';
import { axeViolations, withAxe } from './axe';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const EVIL_NAME = '=HYPERLINK("https://example.invalid","click")';
const pad = (n: number) => String(n).padStart(2, '0');
/** A calendar day relative to today in this machine's (and the browser's) time zone. */
function dayFromToday(days: number, now = new Date()): string {
  const date = new Date(now);
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
const localMidnight = (day: string) => new Date(`${day}T00:00:00`).getTime();

interface Seeded {
  file: ExportFile;
  crossedAt: number;
  receivedOn: string;
}

/** 100 accounts x 10 items, an account whose name is a spreadsheet formula, and the two items the timeline test measures. */
function seededNotebook(now: Date): Seeded {
  const file = agencyNotebook({ accounts: 100, items: 10, now });
  file.notes.accounts[42]!.name = EVIL_NAME;
  const crossedAt = now.getTime() - 10 * HOUR;
  const receivedOn = dayFromToday(-3, now);
  const stamp = now.toISOString();
  file.notes.offers.push(
    anOffer({
      id: 'px-offer',
      accountId: agencyAccountId(0),
      name: 'Measured offer',
      threshold: '100.00',
      creditAmount: '50.00',
      activatedOn: new Date(now.getTime() - 6 * DAY).toISOString(),
      crossedOn: new Date(crossedAt).toISOString(),
      createdAt: stamp,
      updatedAt: stamp,
    }),
  );
  file.notes.codes.push(
    aCode({ id: 'px-code', accountId: agencyAccountId(0), code: 'MEASURED-CODE', source: null, receivedOn, amount: '75.00', createdAt: stamp, updatedAt: stamp }),
  );
  return { file, crossedAt, receivedOn };
}

const TOTAL = 100 * 10 + 2;

/** The board on the seeded notebook, which `adjust` may change before it is imported. */
async function openBoard(page: Page, extensionId: string, query = '', scheme: 'light' | 'dark' = 'light', adjust?: (file: ExportFile) => void): Promise<Seeded> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const seeded = seededNotebook(new Date());
  adjust?.(seeded.file);
  const reply = await page.evaluate(([type, file]) => chrome.runtime.sendMessage({ type, op: { type: 'import/apply', file } }), [NOTES_OP_MESSAGE, seeded.file] as const);
  expect(reply).toEqual({ ok: true });
  await page.goto(`chrome-extension://${extensionId}/board.html${query}`);
  await expect(page.getByTestId('board')).toHaveAttribute('data-ready', 'true');
  return seeded;
}

const rows = (page: Page) => page.getByTestId('board-row');
const shownCount = async (page: Page) => Number(await page.getByTestId('shown-count').getAttribute('data-count'));
const rowKeys = (page: Page) => rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')!));
/** The texts of the rows in the DOM, as the CSV names them. */
const rowCells = (page: Page) =>
  rows(page).evaluateAll((trs) =>
    trs.map((tr) => {
      const text = (col: string, part = '.cell-main') => tr.querySelector(`td[data-col="${col}"] ${part}`)?.textContent?.trim() ?? tr.querySelector(`td[data-col="${col}"]`)!.textContent!.trim();
      return [text('account'), text('account', '.cell-sub'), text('item'), text('state', '.state-chip'), text('amount', ''), text('deadline'), text('deadline', '.cell-sub'), text('step', '')];
    }),
  );

/** RFC 4180, enough for what the board writes. */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      out.push(row);
      (row = []), (cell = ''), i++;
    } else cell += ch;
  }
  return out;
}

async function exportCsv(page: Page): Promise<string[][]> {
  const download = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^credit-lens-board-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await file.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parseCsv(text.slice(1));
}

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

test('a window narrowed below 1280 px narrows the board and makes its rows taller, below 960 px cards, and the list still places every row where it counts it', async ({ page, extensionId }) => {
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
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  expect(await placed(700)).toEqual({ height: 76, offBy: expect.closeTo(0, 0), rowHeight: 76 });
  // Narrower still, the rows are cards: the same row stays at the top.
  await page.setViewportSize({ width: 683, height: 720 });
  await expect(table).toHaveAttribute('data-row-height', '152');
  await expect.poll(atTop).toBe(String(700 + 2));
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  expect(await placed(200)).toEqual({ height: 152, offBy: expect.closeTo(0, 0), rowHeight: 152 });
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

test("a lane's name too long for its room ends in an ellipsis short of the bars, whatever its letters", async ({ page, extensionId }) => {
  // Wide capitals and lower case with spaces: 26 characters of either ran into the bars. The two
  // accounts alone: a lane each.
  await openBoard(page, extensionId, `?account=${agencyAccountId(0)},${agencyAccountId(1)}`, 'light', (file) => {
    file.notes.accounts[0]!.name = 'W'.repeat(40);
    file.notes.accounts[1]!.name = 'Mmmmmm Wwwwww Mmmmmm Wwwwww Mmmmmm';
  });
  const svg = page.getByTestId('timeline-svg');
  const plotLeft = (await svg.boundingBox())!.x + Number(await svg.getAttribute('data-plot-x'));
  const names = await page.locator('svg.lanes text.lane-label').evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? '', right: el.getBoundingClientRect().right })));
  expect(names.length).toBe(2);
  expect(names.filter((name) => name.right > plotLeft - 4).map((name) => `${name.text} ends at ${name.right}, the bars at ${plotLeft}`)).toEqual([]);
  for (const start of ['WWWWW', 'Mmmmmm Wwwwww']) expect(names.find((name) => name.text.startsWith(start))?.text).toMatch(/…$/);
});

test("the timeline's bars for a seeded offer and code sit at their dates against the today line, within 1 px", async ({ page, extensionId }) => {
  const { crossedAt, receivedOn } = await openBoard(page, extensionId, `?account=${agencyAccountId(0)}`);
  const svg = page.getByTestId('timeline-svg');
  const box = (await svg.boundingBox())!;
  const start = Number(await svg.getAttribute('data-start'));
  const end = Number(await svg.getAttribute('data-end'));
  const plotX = Number(await svg.getAttribute('data-plot-x'));
  const plotWidth = Number(await svg.getAttribute('data-plot-width'));
  const xOf = (t: number) => box.x + plotX + ((t - start) / (end - start)) * plotWidth;
  const edges = async (key: string, kind: string) => {
    const boxes = await page.locator(`g.bar[data-key="${key}"] rect.seg[data-kind="${kind}"]`).evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect()).map((b) => [b.left, b.right]));
    expect(boxes.length).toBeGreaterThan(0);
    return { left: Math.min(...boxes.map((b) => b[0]!)), right: Math.max(...boxes.map((b) => b[1]!)) };
  };

  const today = (await page.getByTestId('today-line').boundingBox())!;
  expect(Math.abs(today.x + today.width / 2 - xOf(Date.now()))).toBeLessThanOrEqual(1);

  // The offer crossed its threshold 10 h ago: its pending window runs 48 h from then, across today.
  const pending = await edges('offer:px-offer', 'pending');
  expect(Math.abs(pending.left - xOf(crossedAt))).toBeLessThanOrEqual(1);
  expect(Math.abs(pending.right - xOf(crossedAt + 48 * HOUR))).toBeLessThanOrEqual(1);
  expect(pending.left).toBeLessThan(today.x);
  expect(pending.right).toBeGreaterThan(today.x);
  await expect(page.locator('g.bar[data-key="offer:px-offer"] rect[data-kind="pending"].past')).toHaveCount(1);

  // The code came 3 days ago: its window runs from that morning to the end of the 14th day after.
  const code = await edges('code:px-code', 'activation');
  expect(Math.abs(code.left - xOf(localMidnight(receivedOn)))).toBeLessThanOrEqual(1);
  expect(Math.abs(code.right - xOf(localMidnight(dayFromToday(12))))).toBeLessThanOrEqual(1);
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

test("the axis's words never run into each other nor past the chart, whatever day today is and however far ahead it looks", async ({ page, extensionId }) => {
  await openBoard(page, extensionId);
  const wrong: string[] = [];
  // The first days of a month put "Today" beside the month's name; a month's last day, before it. A
  // month beginning in the last days of the horizon puts its name at the chart's end; 180 days in the
  // narrowest window put the weeks 14 px apart.
  const days = ['2026-12-01', '2026-12-03', '2026-12-06', '2027-01-31', '2027-02-15'];
  const cases = [1280, 960, 600].flatMap((width) => [...days.map((day) => [width, day, 60] as const), ...days.slice(1, 3).map((day) => [width, day, 180] as const)]);
  for (const [width, day, horizon] of cases) {
    await page.setViewportSize({ width, height: 900 });
    await page.clock.setFixedTime(new Date(`${day}T12:00:00`));
    await page.goto(`chrome-extension://${extensionId}/board.html?days=${horizon}`);
    await expect(page.getByTestId('board')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('svg.axis .today-label')).toHaveText('Today');
    const where = `${day} at ${width} px, ${horizon} days`;
    wrong.push(...(await axisWordsAmiss(page)).map((problem) => `${where}: ${problem}`));
  }
  expect(wrong).toEqual([]);
});

test('the timeline works with the keyboard alone', async ({ page, extensionId }) => {
  await openBoard(page, extensionId);
  const focusedKey = () => page.evaluate(() => document.activeElement?.getAttribute('data-key') ?? null);
  // Tab reaches the timeline: one stop for all its bars.
  for (let i = 0; i < 30 && !(await focusedKey()); i++) await page.keyboard.press('Tab');
  const first = await focusedKey();
  expect(first).toBeTruthy();
  const ring = await page.evaluate(() => {
    const el = document.activeElement!;
    const style = getComputedStyle(el);
    return el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  });
  expect(ring).toBe(true);
  await expect(page.getByTestId('timeline-card')).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect.poll(focusedKey).not.toBe(first);
  await expect(page.getByTestId('timeline-card')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(focusedKey).toBe(first);

  // Down through lanes, far past what is drawn at first: focus follows and the lanes scroll.
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(focusedKey).toMatch(/^(offer|code):/);
  const deep = await focusedKey();
  expect(deep).not.toBe(first);
  expect(await page.locator('.lanes-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expect(page.locator(`g.bar[data-key="${deep}"]`)).toBeInViewport();

  // Enter shows the item in the list.
  await page.keyboard.press('Enter');
  await expect(page.locator(`tr[data-key="${deep}"]`)).toHaveClass(/selected/);
  await expect(page.locator(`tr[data-key="${deep}"]`)).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('timeline-card')).toBeHidden();

  // Tab leaves the timeline in one step.
  await page.keyboard.press('Tab');
  expect(await focusedKey()).toBeNull();
});

test('edits an item from its row through the background, and opening the board writes nothing', async ({ page, extensionId }) => {
  await openBoard(page, extensionId, '?q=MEASURED-CODE');
  const stored = await page.evaluate(() => chrome.storage.local.get(null));
  // Reading and filtering changed nothing in storage (the badge and reminders read the same notes).
  await page.getByTestId('sort').selectOption('amount');
  expect(await page.evaluate(() => chrome.storage.local.get(null))).toEqual(stored);

  const row = rows(page).first();
  await expect(row).toHaveAttribute('data-key', 'code:px-code');
  // A row picked in the list is marked on the timeline.
  await row.locator('td[data-col="state"]').click();
  await expect(page.locator('g.bar.marked')).toHaveAttribute('data-key', 'code:px-code');
  await expect(row.getByRole('link', { name: /Payment page/ })).toHaveAttribute('href', `https://ads.tiktok.com/i18n/account/payment?aadvid=${agencyAccountId(0)}`);
  await row.getByRole('button', { name: 'Edit promo code MEASURED-CODE' }).click();
  const dialog = page.getByTestId('edit-dialog');
  await expect(dialog.getByTestId('code-form')).toBeVisible();
  await dialog.getByLabel(/^Credit amount/).fill('80');
  await dialog.getByRole('button', { name: /^Save/ }).click();
  await expect(dialog).toBeHidden();
  await expect(row.locator('td[data-col="amount"]')).toHaveText('$80.00');
  await expect(page.getByTestId('announcement')).toHaveText('MEASURED-CODE saved');
  await expect(row.getByRole('button', { name: 'Edit promo code MEASURED-CODE' })).toBeFocused();
});

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
