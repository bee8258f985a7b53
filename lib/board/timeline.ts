/**
 * The timeline's geometry, without a DOM: the time scale, one lane per account (or per item when the
 * board shows one account), bars packed into tracks so overlapping items never hide each other, the
 * parts of each bar before today (drawn muted), the ticks, and where the arrow keys go from a bar.
 */
import { addDays, localDateOf, startOfDay } from '../credit/calendar';
import { spanOf, type BoardRow, type Segment, type SegmentKind } from './rows';
import { compareText } from '../compare-text';

export interface TimelineOptions {
  now: Date;
  timeZone: string;
  /** Drawing width of the time axis, in px. */
  width: number;
  /** Days shown before today and after it. */
  daysBefore?: number;
  daysAfter?: number;
  /** One lane per item instead of per account (the board is filtered to one account). */
  perItem?: boolean;
}

export const BAR_HEIGHT = 10;
export const TRACK_GAP = 4;
export const LANE_PADDING = 6;

export interface BarPart {
  kind: SegmentKind;
  x: number;
  width: number;
  /** Entirely before today. */
  past: boolean;
  /** Runs past the right edge with no known end. */
  open: boolean;
}

export interface Bar {
  /** Its row's key. */
  readonly rowKey: string;
  /** The row the bar draws: its card and its label read it. */
  readonly row: BoardRow;
  laneIndex: number;
  /** Top of the bar, from the top of the lanes. */
  y: number;
  /** Left end of the first part; the arrow keys order bars by it. */
  x: number;
  /** Worked out when first read: the board draws the bars of the lanes in view, a few dozen of a thousand. */
  readonly parts: BarPart[];
  /** The next deadline, when it falls inside the window. */
  deadlineX: number | null;
}

export interface Lane {
  key: string;
  /** An account id (per-account lanes) or a row key (per-item lanes). */
  label: { accountId: string; accountName: string | null; item: string | null };
  y: number;
  height: number;
  bars: Bar[];
}

export interface Tick {
  x: number;
  date: string;
  /** The first of a month: labelled. */
  major: boolean;
}

export interface TimelineGeometry {
  start: number;
  end: number;
  width: number;
  todayX: number;
  lanes: Lane[];
  /** Every bar, by its row's key: what a hovered, focused or picked bar is looked up in. */
  bars: ReadonlyMap<string, Bar>;
  height: number;
  ticks: Tick[];
  /** Rows with no bar in the window (undated, or wholly outside it). */
  outside: number;
}

type Span = NonNullable<ReturnType<typeof spanOf>>;
/** What a bar's parts are laid out by: the window, now, and the scale clamped to the window. */
interface PartFrame {
  start: number;
  end: number;
  now: number;
  clampX: (t: number) => number;
}

export function timeScale(start: number, end: number, width: number): (t: number) => number {
  const span = end - start;
  return (t) => ((t - start) / span) * width;
}

export function timelineGeometry(rows: readonly BoardRow[], opts: TimelineOptions): TimelineGeometry {
  const today = localDateOf(opts.now, opts.timeZone);
  const firstDay = addDays(today, -(opts.daysBefore ?? 14));
  const endDay = addDays(today, (opts.daysAfter ?? 60) + 1);
  const start = startOfDay(firstDay, opts.timeZone).getTime();
  const end = startOfDay(endDay, opts.timeZone).getTime();
  const x = timeScale(start, end, opts.width);
  const now = opts.now.getTime();
  const clampX = (t: number) => Math.min(opts.width, Math.max(0, x(t)));
  const frame: PartFrame = { start, end, now, clampX };

  // Each row's span worked out once: grouping and packing both need it, for a thousand rows.
  const groups = new Map<string, { label: Lane['label']; rows: { row: BoardRow; span: Span }[] }>();
  let outside = 0;
  for (const row of rows) {
    const span = spanOf(row);
    if (!span || span.start >= end || (span.end !== null && span.end <= start)) {
      outside++;
      continue;
    }
    const key = opts.perItem ? row.key : row.accountId;
    let group = groups.get(key);
    if (!group) {
      group = { label: { accountId: row.accountId, accountName: row.accountName, item: opts.perItem ? row.name : null }, rows: [] };
      groups.set(key, group);
    }
    group.rows.push({ row, span });
  }

  const lanes: Lane[] = [];
  const byRow = new Map<string, Bar>();
  let y = 0;
  for (const [key, group] of groups) {
    const laneIndex = lanes.length;
    const tracks: number[] = []; // right edge (px) of the last bar in each track
    const bars: Bar[] = [];
    const placed = group.rows.sort((a, b) => a.span.start - b.span.start || compareText(a.row.key, b.row.key));
    for (const { row, span } of placed) {
      const left = clampX(span.start);
      const right = span.end === null ? opts.width : clampX(span.end);
      let track = tracks.findIndex((edge) => edge + 2 <= left);
      if (track === -1) track = tracks.push(right) - 1;
      else tracks[track] = right;
      const due = row.deadline?.at.getTime() ?? null;
      const deadlineX = due !== null && due >= start && due <= end ? x(due) : null;
      const bar = new LaidOutBar(row, laneIndex, y + LANE_PADDING + track * (BAR_HEIGHT + TRACK_GAP), left, deadlineX, frame);
      bars.push(bar);
      byRow.set(row.key, bar);
    }
    const height = 2 * LANE_PADDING + tracks.length * BAR_HEIGHT + (tracks.length - 1) * TRACK_GAP;
    lanes.push({ key, label: group.label, y, height, bars });
    y += height;
  }

  return { start, end, width: opts.width, todayX: x(now), lanes, bars: byRow, height: y, ticks: ticksOf(firstDay, endDay, opts.timeZone, x), outside };
}

/** A bar whose parts are worked out on first read (`Bar.parts`); the rest is known as it is placed. */
class LaidOutBar implements Bar {
  private laidOut: BarPart[] | null = null;
  constructor(
    readonly row: BoardRow,
    readonly laneIndex: number,
    readonly y: number,
    readonly x: number,
    readonly deadlineX: number | null,
    private readonly frame: PartFrame,
  ) {}
  get rowKey(): string {
    return this.row.key;
  }
  get parts(): BarPart[] {
    return (this.laidOut ??= partsOf(this.row.segments, this.frame));
  }
}

/** A bar's segments within the window, each cut in two where it straddles today (the muted past and the rest). */
function partsOf(segments: readonly Segment[], { start, end, now, clampX }: PartFrame): BarPart[] {
  const parts: BarPart[] = [];
  for (const segment of segments) {
    const segEnd = segment.end ?? end;
    if (segEnd <= start || segment.start >= end) continue;
    const cuts = segment.start < now && segEnd > now ? [segment.start, now, segEnd] : [segment.start, segEnd];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = clampX(cuts[i]!);
      const b = clampX(cuts[i + 1]!);
      parts.push({ kind: segment.kind, x: a, width: Math.max(b - a, 1), past: cuts[i + 1]! <= now, open: segment.end === null && i + 2 === cuts.length });
    }
  }
  return parts;
}

/**
 * A tick every seventh day from the window's first day, and one on the first of each month (labelled),
 * up to the day the window ends on. Only a tick's day asks where its midnight falls: that takes Intl,
 * and the window has some 75 days but a dozen ticks.
 */
function ticksOf(firstDay: string, endDay: string, timeZone: string, x: (t: number) => number): Tick[] {
  const ticks: Tick[] = [];
  for (let day = firstDay, i = 0; day < endDay; day = addDays(day, 1), i++) {
    const major = day.endsWith('-01');
    if (major || i % 7 === 0) ticks.push({ x: x(startOfDay(day, timeZone).getTime()), date: day, major });
  }
  return ticks;
}

/** The lanes that intersect the visible band, for drawing only what is seen. */
export function visibleLanes(lanes: readonly Lane[], top: number, bottom: number): Lane[] {
  let lo = 0;
  let hi = lanes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lanes[mid]!.y + lanes[mid]!.height <= top) lo = mid + 1;
    else hi = mid;
  }
  const out: Lane[] = [];
  for (let i = lo; i < lanes.length && lanes[i]!.y < bottom; i++) out.push(lanes[i]!);
  return out;
}

export type BarMove = 'left' | 'right' | 'up' | 'down' | 'first' | 'last';

/**
 * Where an arrow key goes from a bar: left and right to the previous and next bar in its lane (by
 * where they start), up and down to the nearest bar of the lane above or below; Home and End to the
 * first and last bar. Stays put at an edge.
 */
export function moveFrom(lanes: readonly Lane[], rowKey: string | null, move: BarMove): string | null {
  const all = lanes.flatMap((lane) => orderedBars(lane));
  if (all.length === 0) return null;
  if (move === 'first') return all[0]!.rowKey;
  if (move === 'last') return all[all.length - 1]!.rowKey;
  const here = all.find((bar) => bar.rowKey === rowKey);
  if (!here) return all[0]!.rowKey;
  const lane = orderedBars(lanes[here.laneIndex]!);
  const i = lane.indexOf(here);
  if (move === 'left') return (lane[i - 1] ?? here).rowKey;
  if (move === 'right') return (lane[i + 1] ?? here).rowKey;
  const next = lanes[here.laneIndex + (move === 'up' ? -1 : 1)];
  if (!next || next.bars.length === 0) return here.rowKey;
  return next.bars.reduce((best, bar) => (Math.abs(bar.x - here.x) < Math.abs(best.x - here.x) ? bar : best)).rowKey;
}

const orderedBars = (lane: Lane) => [...lane.bars].sort((a, b) => a.x - b.x || a.y - b.y);
