import type { Bar, Tick } from '../../lib/board/timeline';
import { BAR_HEIGHT } from '../../lib/board/timeline';
import { fitText, placeAxisLabels } from '../../lib/board/timeline-words';
import { widthIn } from './text-width';
import type { BoardRow, SegmentKind } from '../../lib/board/rows';
import { msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';
import { SEGMENT_LABELS } from './labels';
import { barLabel } from './TimelineCard';

/**
 * Colour is never the only cue: each kind of segment has its own fill pattern (solid, stripes, dots,
 * cross-hatch), drawn in the Okabe-Ito palette, which stays distinct for the common colour-vision
 * deficiencies; dark mode swaps in lighter tones of the same hues (board.css).
 */
export const SEGMENT_KINDS: readonly SegmentKind[] = ['earning', 'pending', 'credit', 'activation', 'code-credit'];

export function Patterns() {
  return (
    <defs>
      <pattern id="pat-pending" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect class="pat-bg pat-pending-bg" width="6" height="6" />
        <rect class="pat-fg pat-pending-fg" width="3" height="6" />
      </pattern>
      <pattern id="pat-credit" width="5" height="5" patternUnits="userSpaceOnUse">
        <rect class="pat-bg pat-credit-bg" width="5" height="5" />
        <circle class="pat-fg pat-credit-fg" cx="2.5" cy="2.5" r="1.3" />
      </pattern>
      <pattern id="pat-activation" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect class="pat-bg pat-activation-bg" width="6" height="6" />
        <path class="pat-line pat-activation-fg" d="M0 3H6M3 0V6" />
      </pattern>
      <pattern id="pat-code-credit" width="5" height="5" patternUnits="userSpaceOnUse">
        <rect class="pat-bg pat-credit-bg" width="5" height="5" />
        <rect class="pat-fg pat-credit-fg" x="1.5" y="1.5" width="2" height="2" />
      </pattern>
    </defs>
  );
}

/**
 * Time runs in the reading direction: a right-to-left chart is the left-to-right one mirrored. Its
 * shapes take a mirroring transform; its words are placed at the mirrored x instead, so that their
 * letters are not mirrored too, and end there where they would start (text-anchor, the svg being
 * `direction: ltr`, board.css).
 */
export interface Flip {
  rtl: boolean;
  transform: string | undefined;
  x: (px: number) => number;
  /** The anchor of a word that starts at its x in a left-to-right chart, or ends there (`end`). */
  anchor: (end?: boolean) => 'end' | undefined;
}
export const flipFor = (rtl: boolean, width: number): Flip => ({
  rtl,
  transform: rtl ? `matrix(-1 0 0 1 ${width} 0)` : undefined,
  x: (px) => (rtl ? width - px : px),
  anchor: (end = false) => (end !== rtl ? 'end' : undefined),
});

/**
 * The ticks of one kind (major or not) as a single path, from `top` to `bottom`: the same strokes as
 * a line per tick, in two elements instead of one per tick (issue 13, the first paint).
 */
const tickPath = (ticks: readonly Tick[], major: boolean, plotX: number, top: number, bottom: number) =>
  ticks
    .filter((tick) => tick.major === major)
    .map((tick) => `M${plotX + tick.x} ${top}V${bottom}`)
    .join('');

/**
 * The axis's ticks and their labels, in two rows from `top` down (months, then days). Painted in this
 * order (minor lines, minor labels, major lines, major labels) so that where a minor label runs into
 * the next major tick, the tick's line stays on top, as when each tick was its own line and label in
 * date order; nothing else on the axis overlaps.
 */
export function AxisTicks({ ticks, plotX, room, top, height, label, flip }: { ticks: readonly Tick[]; plotX: number; room: number; top: number; height: number; label: (tick: Tick) => string; flip: Flip }) {
  return (
    <>
      {[false, true].map((major) => [
        <path key={major ? 'major' : 'minor'} class={major ? 'tick major' : 'tick'} transform={flip.transform} d={tickPath(ticks, major, plotX, top + (major ? 4 : 18), height)} />,
        ...placeAxisLabels(
          ticks.filter((tick) => tick.major === major),
          label,
          major ? monthWidth : dayWidth,
          room,
        ).map(({ tick, text, x, end }) => (
          <text key={tick.date} class={major ? 'tick-label major' : 'tick-label'} x={flip.x(plotX + x)} y={top + (major ? 13 : 26)} text-anchor={flip.anchor(end)}>
            {text}
          </text>
        )),
      ])}
    </>
  );
}
/** The labels' widths in board.css's `.tick-label.major` and `.tick-label` fonts, by which they are placed. */
const monthWidth = widthIn(11, 600);
const dayWidth = widthIn(10);

/** Where a lane's name starts; it ends in "…" 8 px short of the bars rather than run into them. */
const LANE_NAME_X = 8;
/** Lane names' widths in board.css's `.lane-label` font. */
const laneNameWidth = widthIn(12);

/** A lane's name, before the bars (which start at `plotX`), fitted to that room by its drawn width. */
export function LaneName({ name, y, plotX, flip }: { name: string; y: number; plotX: number; flip: Flip }) {
  return (
    <text class="lane-label" x={flip.x(LANE_NAME_X)} y={y + 17} text-anchor={flip.anchor()}>
      {fitText(name, plotX - LANE_NAME_X - 8, laneNameWidth)}
    </text>
  );
}

/** The grid's lines down the lanes, one path per kind of tick. */
export function GridLines({ ticks, plotX, height, flip }: { ticks: readonly Tick[]; plotX: number; height: number; flip: Flip }) {
  return (
    <g transform={flip.transform}>
      <path class="grid" d={tickPath(ticks, false, plotX, 0, height)} />
      <path class="grid major" d={tickPath(ticks, true, plotX, 0, height)} />
    </g>
  );
}

const half = BAR_HEIGHT / 2;

/** A diamond on the next deadline; a cross when it has passed. */
export function DeadlineMark({ x, y, overdue }: { x: number; y: number; overdue: boolean }) {
  const cy = y + half;
  return overdue ? (
    <path class="due due-overdue" d={`M${x - 5} ${cy - 5}L${x + 5} ${cy + 5}M${x + 5} ${cy - 5}L${x - 5} ${cy + 5}`} />
  ) : (
    <path class="due" d={`M${x} ${cy - 7}L${x + 6} ${cy}L${x} ${cy + 7}L${x - 6} ${cy}Z`} />
  );
}

export function BarShapes({ bar, plotX, overdue }: { bar: Bar; plotX: number; overdue: boolean }) {
  const left = plotX + Math.min(...bar.parts.map((p) => p.x));
  const right = plotX + Math.max(...bar.parts.map((p) => p.x + p.width));
  return (
    <>
      <rect class="focus-ring" x={left - 3} y={bar.y - 3} width={right - left + 6} height={BAR_HEIGHT + 6} rx={4} />
      {bar.parts.map((part, i) => (
        <rect
          key={i}
          class={`seg seg-${part.kind}${part.past ? ' past' : ''}`}
          data-kind={part.kind}
          x={plotX + part.x}
          y={bar.y}
          width={part.width}
          height={BAR_HEIGHT}
        />
      ))}
      {bar.parts.some((p) => p.open) && <path class="open-end" d={`M${right - 1} ${bar.y - 1}l5 ${half + 1}l-5 ${half + 1}`} />}
      {bar.deadlineX !== null && <DeadlineMark x={plotX + bar.deadlineX} y={bar.y} overdue={overdue} />}
    </>
  );
}

/** A bar: one tab stop for all of them (the current one), named for a screen reader, its card described on hover or focus. */
export function BarGroup({
  bar,
  row,
  plotX,
  flip,
  tabbable,
  marked,
  described,
  spoken,
  now,
  timeZone,
}: {
  bar: Bar;
  row: BoardRow;
  plotX: number;
  flip: Flip;
  tabbable: boolean;
  marked: boolean;
  described: boolean;
  /**
   * Whether the bar says all a screen reader hears of it (barLabel: a row's state, amount and
   * countdown worded, some hundred bars' worth): from the task after the first paint with bars. Until
   * then, one frame, it is named by its item alone, so no bar is ever without a name.
   */
  spoken: boolean;
  now: Date;
  timeZone: string;
}) {
  const t = useT();
  return (
    <g
      class={`bar${row.ended ? ' ended' : ''}${marked ? ' marked' : ''}`}
      data-key={row.key}
      transform={flip.transform}
      data-testid="timeline-bar"
      role="button"
      tabindex={tabbable ? 0 : -1}
      aria-label={spoken ? barLabel(row, now, timeZone, t) : row.name}
      aria-describedby={described ? 'timeline-card' : undefined}
    >
      <BarShapes bar={bar} plotX={plotX} overdue={row.deadline?.overdue ?? false} />
    </g>
  );
}

export function Legend() {
  const t = useT();
  return (
    <ul class="legend" aria-label={t.t(msg('board.legend'))}>
      {SEGMENT_KINDS.map((kind) => (
        <li key={kind}>
          <svg width="28" height="12" aria-hidden="true">
            <rect class={`seg seg-${kind}`} x="0" y="1" width="28" height="10" />
          </svg>
          {t.t(msg(SEGMENT_LABELS[kind]))}
        </li>
      ))}
      <li>
        <svg width="28" height="12" aria-hidden="true">
          <rect class="seg seg-earning past" x="0" y="1" width="28" height="10" />
        </svg>
        {t.t(msg('board.pastMuted'))}
      </li>
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <path class="due" d="M8 1L14 8L8 15L2 8Z" />
        </svg>
        {t.t(msg('board.deadlineMarker'))}
      </li>
    </ul>
  );
}
