import { describe, expect, it } from 'vitest';
import { addDays, startOfDay } from '../credit/calendar';
import { aCode, anAccount, anOffer } from '../notes/test-fixtures';
import { boardRows } from './rows';
import { BAR_HEIGHT, LANE_PADDING, moveFrom, timelineGeometry, timeScale, TRACK_GAP, visibleLanes } from './timeline';

const NOW = new Date('2026-11-24T12:00:00Z');
const DAY = 86_400_000;
const A = '7000000000000000001';
const B = '7000000000000000002';
// 14 days before today and 60 after, plus today itself: 75 days over 750 px, 10 px a day.
const OPTS = { now: NOW, timeZone: 'UTC', width: 750 };
const START = Date.parse('2026-11-10T00:00:00Z');

const rows = boardRows(
  {
    accounts: [anAccount({ id: A }), anAccount({ id: B })],
    offers: [
      anOffer({ id: 'p', accountId: A, activatedOn: '2026-11-14T00:00:00.000Z', crossedOn: '2026-11-24T00:00:00.000Z' }),
      anOffer({ id: 'gone', accountId: A, arrivedOn: '2026-01-01T00:00:00.000Z', expiresOn: '2026-03-01', status: 'arrived' }),
    ],
    codes: [
      aCode({ id: 'c1', accountId: A, receivedOn: '2026-11-20' }),
      aCode({ id: 'c2', accountId: B, receivedOn: '2026-11-30' }),
      aCode({ id: 'c3', accountId: B, receivedOn: '2026-11-01' }),
    ],
    notes: [], fixes: [],
  },
  {},
  NOW,
  'UTC',
);

describe('timeline geometry', () => {
  const g = timelineGeometry(rows, OPTS);

  it('maps time to x linearly from the window start, with today where now is', () => {
    expect(g.start).toBe(START);
    expect(g.end).toBe(START + 75 * DAY);
    expect(timeScale(g.start, g.end, 750)(START + 10 * DAY)).toBe(100);
    expect(g.todayX).toBeCloseTo(145, 6);
  });

  it('puts bars at their dates: a code from the day it came to the end of its 14-day window', () => {
    const bar = g.lanes.flatMap((l) => l.bars).find((b) => b.rowKey === 'code:c1')!;
    expect(bar.parts.map((p) => [p.kind, p.x, p.x + p.width, p.past])).toEqual([
      ['activation', 100, 145, true],
      ['activation', 145, 250, false],
    ]);
  });

  it('draws the pending window as its own part after the earning part, split at today', () => {
    const bar = g.lanes.flatMap((l) => l.bars).find((b) => b.rowKey === 'offer:p')!;
    expect(bar.parts.map((p) => [p.kind, p.x, Math.round(p.x + p.width), p.past])).toEqual([
      ['earning', 40, 140, true],
      ['pending', 140, 145, true],
      ['pending', 145, 160, false],
    ]);
    expect(bar.deadlineX).toBe(160);
  });

  it('one lane per account in the order rows come; overlapping items stack in tracks; items outside the window are counted', () => {
    expect(g.lanes.map((l) => [l.key, l.bars.map((b) => b.rowKey)])).toEqual([
      [A, ['offer:p', 'code:c1']],
      [B, ['code:c3', 'code:c2']],
    ]);
    expect(g.outside).toBe(1);
    const [p, c1] = g.lanes[0]!.bars;
    expect(p!.y).toBe(LANE_PADDING);
    expect(c1!.y).toBe(LANE_PADDING + BAR_HEIGHT + TRACK_GAP);
    // c3 (Nov 1-15) and c2 (Nov 30-Dec 14) do not overlap: one track.
    expect(g.lanes[1]!.bars.map((b) => b.y)).toEqual([g.lanes[1]!.y + LANE_PADDING, g.lanes[1]!.y + LANE_PADDING]);
    expect(g.height).toBe(g.lanes[1]!.y + g.lanes[1]!.height);
  });

  it('finds every bar drawn by its row, and no bar for a row outside the window', () => {
    const drawn = g.lanes.flatMap((l) => l.bars);
    expect([...g.bars.keys()].sort()).toEqual(drawn.map((b) => b.rowKey).sort());
    for (const bar of drawn) expect(g.bars.get(bar.rowKey)).toBe(bar);
    for (const row of rows) expect(g.bars.get(row.key)?.row ?? row).toBe(row);
    expect(g.bars.has('offer:gone')).toBe(false);
  });

  it('one lane per item when the board shows one account', () => {
    const one = timelineGeometry(rows.filter((r) => r.accountId === A), { ...OPTS, perItem: true });
    expect(one.lanes.map((l) => [l.key, l.label.item])).toEqual([
      ['offer:p', 'Spend $500, get $500'],
      ['code:c1', 'TTADS-2026-XYZ'],
    ]);
  });

  it('an open-ended part runs to the right edge', () => {
    const open = boardRows({ accounts: [], offers: [anOffer({ activatedOn: '2026-11-20T00:00:00.000Z' })], codes: [], notes: [], fixes: [] }, {}, NOW, 'UTC');
    const parts = timelineGeometry(open, OPTS).lanes[0]!.bars[0]!.parts;
    expect(parts.at(-1)).toMatchObject({ open: true, past: false });
    expect(parts.at(-1)!.x + parts.at(-1)!.width).toBe(750);
  });

  it('ticks weekly from the first day and on the first of each month', () => {
    expect(g.ticks.filter((t) => t.major).map((t) => [t.date, Math.round(t.x * 1e6) / 1e6])).toEqual([
      ['2026-12-01', 210],
      ['2027-01-01', 520],
    ]);
    expect(g.ticks[0]).toEqual({ x: 0, date: '2026-11-10', major: false });
  });

  it("ticks at each tick day's midnight up to the window's end, across a change of clocks", () => {
    const zone = 'America/New_York';
    const at = timelineGeometry([], { now: new Date('2026-10-20T15:00:00Z'), timeZone: zone, width: 900, daysAfter: 30 });
    const x = timeScale(at.start, at.end, 900);
    // Every day of the window, midnight by midnight, as a calendar would count it.
    const expected: { x: number; date: string; major: boolean }[] = [];
    for (let day = '2026-10-06', i = 0; startOfDay(day, zone).getTime() < at.end; day = addDays(day, 1), i++) {
      if (day.endsWith('-01') || i % 7 === 0) expected.push({ x: x(startOfDay(day, zone).getTime()), date: day, major: day.endsWith('-01') });
    }
    expect(at.ticks).toEqual(expected);
    expect(at.ticks.map((t) => t.date)).toContain('2026-11-01');
  });

  it('finds the lanes in a scrolled band', () => {
    const [first, second] = g.lanes;
    expect(visibleLanes(g.lanes, 0, 1).map((l) => l.key)).toEqual([A]);
    expect(visibleLanes(g.lanes, first!.height, first!.height + 1).map((l) => l.key)).toEqual([B]);
    expect(visibleLanes(g.lanes, 0, g.height).length).toBe(2);
    expect(visibleLanes(g.lanes, second!.y + second!.height, 9e9)).toEqual([]);
  });

  it('arrow keys move along a lane, to the nearest bar of the next lane, and stop at the edges', () => {
    expect(moveFrom(g.lanes, 'offer:p', 'right')).toBe('code:c1');
    expect(moveFrom(g.lanes, 'code:c1', 'right')).toBe('code:c1');
    expect(moveFrom(g.lanes, 'code:c1', 'left')).toBe('offer:p');
    expect(moveFrom(g.lanes, 'code:c1', 'down')).toBe('code:c3');
    expect(moveFrom(g.lanes, 'code:c2', 'up')).toBe('code:c1');
    expect(moveFrom(g.lanes, 'offer:p', 'up')).toBe('offer:p');
    expect(moveFrom(g.lanes, null, 'right')).toBe('offer:p');
    expect(moveFrom(g.lanes, 'offer:p', 'last')).toBe('code:c2');
    expect(moveFrom([], null, 'first')).toBeNull();
  });
});
