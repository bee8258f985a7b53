/**
 * The deadlines board's timeline (issue 13): its bars at their dates against the today line, its axis's
 * words and its lanes' names in their room, and the keyboard alone.
 */
import { DEFAULT_SETTINGS } from '../../lib/notes/defaults';
import { agencyAccountId } from '../../scripts/agency-notes';
import { axisWordsAmiss, dayFromToday, emulateTouch, expect, test } from './extension';
import { HOUR, localMidnight, openBoard } from './board-support';

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

for (const language of ['en', 'ar'] as const) {
  const rtl = language === 'ar';
  test(`the timeline's bars for a seeded offer and code sit at their dates against the today line, within 1 px${rtl ? ', time running right to left in Arabic' : ''}`, async ({ page, extensionId }) => {
    const { crossedAt, receivedOn } = await openBoard(page, extensionId, `?account=${agencyAccountId(0)}`, 'light', (file) => {
      file.settings = { ...DEFAULT_SETTINGS, language };
    });
    await expect(page.getByTestId('board')).toHaveAttribute('dir', rtl ? 'rtl' : 'ltr');
    const svg = page.getByTestId('timeline-svg');
    const box = (await svg.boundingBox())!;
    const start = Number(await svg.getAttribute('data-start'));
    const end = Number(await svg.getAttribute('data-end'));
    const plotX = Number(await svg.getAttribute('data-plot-x'));
    const plotWidth = Number(await svg.getAttribute('data-plot-width'));
    // How far along the chart a time is, from the side where it starts.
    const along = (t: number) => plotX + ((t - start) / (end - start)) * plotWidth;
    const xOf = (t: number) => (rtl ? box.x + box.width - along(t) : box.x + along(t));
    /** Where a bar's parts of one kind begin and end in time: on the right and the left in Arabic. */
    const span = async (key: string, kind: string) => {
      const boxes = await page.locator(`g.bar[data-key="${key}"] rect.seg[data-kind="${kind}"]`).evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect()).map((b) => [b.left, b.right]));
      expect(boxes.length).toBeGreaterThan(0);
      const left = Math.min(...boxes.map((b) => b[0]!));
      const right = Math.max(...boxes.map((b) => b[1]!));
      return rtl ? { from: right, to: left } : { from: left, to: right };
    };
    const before = (a: number, b: number) => (rtl ? a > b : a < b);

    const todayBox = (await page.getByTestId('today-line').boundingBox())!;
    const today = todayBox.x + todayBox.width / 2;
    expect(Math.abs(today - xOf(Date.now()))).toBeLessThanOrEqual(1);

    // The offer crossed its threshold 10 h ago: its pending window runs 48 h from then, across today.
    const pending = await span('offer:px-offer', 'pending');
    expect(Math.abs(pending.from - xOf(crossedAt))).toBeLessThanOrEqual(1);
    expect(Math.abs(pending.to - xOf(crossedAt + 48 * HOUR))).toBeLessThanOrEqual(1);
    expect(before(pending.from, today)).toBe(true);
    expect(before(today, pending.to)).toBe(true);
    await expect(page.locator('g.bar[data-key="offer:px-offer"] rect[data-kind="pending"].past')).toHaveCount(1);

    // The code came 3 days ago: its window runs from that morning to the end of the 14th day after.
    const code = await span('code:px-code', 'activation');
    expect(Math.abs(code.from - xOf(localMidnight(receivedOn)))).toBeLessThanOrEqual(1);
    expect(Math.abs(code.to - xOf(localMidnight(dayFromToday(12))))).toBeLessThanOrEqual(1);

    // The lanes' names stand before the bars, on the side where time starts.
    const names = await page.locator('svg.lanes text.lane-label').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((b) => [b.left, b.right]));
    expect(names.length).toBeGreaterThan(0);
    const plotStart = rtl ? box.x + box.width - plotX : box.x + plotX;
    expect(names.filter(([left, right]) => (rtl ? left! < plotStart : right! > plotStart))).toEqual([]);

  });
}

test("the axis's words never run into each other nor past the chart, whatever day today is and however far ahead it looks", async ({ page, extensionId }) => {
  await openBoard(page, extensionId);
  const wrong: string[] = [];
  // The first days of a month put "Today" beside the month's name; a month's last day, before it. A
  // month beginning in the last days of the horizon puts its name at the chart's end; 180 days in the
  // narrowest window put the weeks 14 px apart.
  const days = ['2026-12-01', '2026-12-03', '2026-12-06', '2027-01-31', '2027-02-15'];
  const cases = [1280, 960, 600, 320].flatMap((width) => [...days.map((day) => [width, day, 60] as const), ...days.slice(1, 3).map((day) => [width, day, 180] as const)]);
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

test('on a touch screen (a phone has no hover), a tap on a bar shows its card and picks its row; a tap elsewhere puts the card away', async ({ page, extensionId }) => {
  await openBoard(page, extensionId);
  await page.setViewportSize({ width: 390, height: 800 });
  const cdp = await emulateTouch(page);
  const tap = async (x: number, y: number) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  const bar = page.locator('g.bar').nth(2);
  const key = (await bar.getAttribute('data-key'))!;
  const box = (await bar.boundingBox())!;
  await tap(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('timeline-card')).toBeVisible();
  await expect(page.locator(`tr[data-key="${key}"]`)).toHaveClass(/selected/);
  await tap(200, 20);
  await expect(page.getByTestId('timeline-card')).toBeHidden();
});
