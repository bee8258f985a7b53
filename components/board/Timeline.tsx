import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { BoardRow } from '../../lib/board/rows';
import { moveFrom, timelineGeometry, visibleLanes, type BarMove, type Lane } from '../../lib/board/timeline';
import { HORIZONS, type Horizon } from '../../lib/board/view';
import { msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';
import { dateAt } from './cells';
import { rememberedFrameWidth, rememberFrameWidth } from './remembered-layout';
import { TimelineCard } from './TimelineCard';
import { AxisTicks, BarGroup, flipFor, GridLines, LaneName, Legend, Patterns } from './TimelineParts';
import { usePainted } from './use-painted';

/**
 * Room for the lane labels, before the time axis, by the frame's width: less beside the list's cards
 * (half a laptop's screen, where the board sits beside Ads Manager) and less again on a phone, where
 * names end in "…" sooner and the chart keeps its room. A phone's frame is 577 px in a 599 px window
 * (the page's padding narrows there, board.css) and 558 px at 600.
 */
const labelWidthFor = (frame: number) => (frame < 580 ? 110 : frame < 900 ? 150 : 190);
/** The chart's least width: a 320 px window leaves it 172 px beside the short names. */
const MIN_PLOT_WIDTH = 160;
const RIGHT_GAP = 16;
/** "Today" has a row of its own above the months and days: in the months' row it ran into the month
 * it falls early in ("Dec" under "Today" on the 6th). */
const TODAY_ROW = 12;
const AXIS_HEIGHT = TODAY_ROW + 30;
const MAX_HEIGHT = 340;
/** board.css's `.timeline-card` width. */
const CARD_WIDTH = 300;
/** Lanes drawn above and below the visible band, so a scroll does not show them blank for a frame. */
const LANE_MARGIN = 60;
const KEYS: Record<string, BarMove> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down', Home: 'first', End: 'last' };
/** In a right-to-left chart, the arrow keys move by what the eye sees: left is later. */
const RTL_KEYS: Record<string, BarMove> = { ...KEYS, ArrowLeft: 'right', ArrowRight: 'left' };

/** The key of the bar an event happened in, if any: one set of listeners on the lanes serves every bar. */
const barKeyOf = (target: EventTarget | null) => (target instanceof Element ? (target.closest<SVGGElement>('g.bar')?.dataset.key ?? null) : null);

export function Timeline({
  waiting = false,
  rows,
  now,
  timeZone,
  perItem,
  horizon,
  onHorizon,
  selected,
  onPick,
}: {
  /** The notes are still loading: laid out but unseen, so the frame's width is known before the rows come. */
  waiting?: boolean;
  rows: readonly BoardRow[];
  now: Date;
  timeZone: string;
  perItem: boolean;
  horizon: Horizon;
  onHorizon: (days: Horizon) => void;
  selected: string | null;
  onPick: (key: string) => void;
}) {
  const t = useT();
  const frame = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // Known before any layout when this window width was seen before: the first render draws the bars.
  const [width, setWidth] = useState(() => rememberedFrameWidth(innerWidth) ?? 0);
  const [scroll, setScroll] = useState({ top: 0, height: MAX_HEIGHT });
  const [active, setActive] = useState<string | null>(null);
  const [card, setCard] = useState<string | null>(null);
  const focusAfterRender = useRef(false);

  useLayoutEffect(() => {
    const el = frame.current!;
    // With no width remembered, measured now, whether the rows are here or still loading: a
    // ResizeObserver reports only when the browser next lays the page out, and when the notes land
    // before that frame, the bars would wait a frame for the width. Asking lays the page out (with the
    // list's rows, if they are in), so it is asked only when no width is remembered for this window.
    if (width === 0) setWidth(el.clientWidth);
    // Reports after each layout, before that frame is painted: a remembered width that no longer holds
    // is redrawn before anyone sees it.
    const resize = new ResizeObserver(() => {
      const measured = el.clientWidth;
      rememberFrameWidth(innerWidth, measured);
      setWidth(measured);
    });
    resize.observe(el);
    return () => resize.disconnect();
  }, []);

  const labelWidth = labelWidthFor(width);
  const plotWidth = Math.max(MIN_PLOT_WIDTH, width - labelWidth - RIGHT_GAP);
  const flip = flipFor(t.dir === 'rtl', width);
  // Laid out once the frame has a width: measured while the notes load (see `waiting`), before any rows.
  const geometry = useMemo(
    () => timelineGeometry(width > 0 ? rows : [], { now, timeZone, width: plotWidth, perItem, daysAfter: horizon }),
    [rows, now, timeZone, plotWidth, perItem, horizon, width > 0],
  );
  const bars = geometry.bars;
  // The bar Tab lands on: the one last moved to, else the first.
  const current = active && bars.has(active) ? active : (geometry.lanes[0]?.bars[0]?.rowKey ?? null);

  // The first paint with bars draws only the lanes in view; the margin a scroll would bring follows
  // once it is painted, as the list's rows do.
  const painted = usePainted(geometry.lanes.length > 0);
  const margin = painted ? LANE_MARGIN : 0;
  const band = visibleLanes(geometry.lanes, scroll.top - margin, scroll.top + scroll.height + margin);
  const activeLane = current ? geometry.lanes[bars.get(current)!.laneIndex] : undefined;
  // The focused bar stays in the DOM even when scrolled away, so focus is never lost.
  const drawn: Lane[] = activeLane && !band.includes(activeLane) ? [...band, activeLane] : band;

  // Before paint, so the bar that was moved to has focus by the time anyone looks.
  useLayoutEffect(() => {
    if (!focusAfterRender.current || !current) return;
    focusAfterRender.current = false;
    frame.current?.querySelector<SVGGElement>(`g.bar[data-key="${CSS.escape(current)}"]`)?.focus();
  });

  // A row picked in the list is marked on the timeline, and its lane scrolled into view.
  useLayoutEffect(() => {
    const bar = selected ? bars.get(selected) : undefined;
    const el = scroller.current;
    if (!bar || !el) return;
    if (bar.y < el.scrollTop || bar.y + 24 > el.scrollTop + el.clientHeight) {
      el.scrollTop = Math.max(0, bar.y - 40);
      setScroll({ top: el.scrollTop, height: el.clientHeight });
    }
  }, [selected]);

  const go = (move: BarMove) => {
    const next = moveFrom(geometry.lanes, current, move);
    if (!next) return;
    const bar = bars.get(next)!;
    const el = scroller.current!;
    if (bar.y < el.scrollTop) el.scrollTop = bar.y - 8;
    else if (bar.y + 24 > el.scrollTop + el.clientHeight) el.scrollTop = bar.y + 24 - el.clientHeight;
    setScroll({ top: el.scrollTop, height: el.clientHeight });
    focusAfterRender.current = true;
    setActive(next);
    setCard(next);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const move = (flip.rtl ? RTL_KEYS : KEYS)[event.key];
    if (move) {
      event.preventDefault();
      go(move);
    } else if ((event.key === 'Enter' || event.key === ' ') && current) {
      event.preventDefault();
      onPick(current);
    } else if (event.key === 'Escape') setCard(null);
  };

  const x = (px: number) => flip.x(labelWidth + px);
  const cardBar = card ? bars.get(card) : undefined;
  const shownCard = cardBar?.row;
  // The card opens from the bar's start, towards later days.
  const cardStart = cardBar ? x(cardBar.x) - (flip.rtl ? CARD_WIDTH : 0) : 0;

  return (
    <section class="timeline" aria-labelledby="timeline-title" data-testid="timeline" style={waiting ? { visibility: 'hidden' } : undefined}>
      <div class="timeline-head">
        <h2 id="timeline-title" class="section-title">
          {t.t(msg('board.timeline'))}
        </h2>
        <label class="horizon">
          {t.t(msg('board.horizon'))}{' '}
          <select data-testid="horizon" value={horizon} onChange={(e) => onHorizon(Number(e.currentTarget.value) as Horizon)}>
            {HORIZONS.map((days) => (
              <option key={days} value={days}>
                {t.t(msg('common.days', { count: days }))}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="timeline-frame" ref={frame}>
        {width > 0 && (
          <>
            <svg class="axis" width={width} height={AXIS_HEIGHT} aria-hidden="true">
              <AxisTicks ticks={geometry.ticks} plotX={labelWidth} room={width - labelWidth} top={TODAY_ROW} height={AXIS_HEIGHT} label={(tick) => t.value(tick.major ? { month: tick.date } : Number(tick.date.slice(8)))} flip={flip} />
              <text class="today-label" x={x(geometry.todayX)} y={10} text-anchor="middle">
                {t.t(msg('board.today'))}
              </text>
            </svg>
            <div
              class="lanes-scroll"
              ref={scroller}
              style={{ maxHeight: `${MAX_HEIGHT}px` }}
              onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
            >
              <svg
                class="lanes"
                role="group"
                aria-label={t.t(msg('board.timelineLabel'))}
                width={width}
                height={Math.max(geometry.height, 24)}
                data-testid="timeline-svg"
                data-start={geometry.start}
                data-end={geometry.end}
                data-plot-x={labelWidth}
                data-plot-width={plotWidth}
                onKeyDown={onKeyDown}
                // Entering and leaving a bar (mouseenter and mouseleave on each bar, said once here).
                onMouseOver={(e) => {
                  const key = barKeyOf(e.target);
                  if (key && key !== barKeyOf(e.relatedTarget)) setCard(key);
                }}
                onMouseOut={(e) => {
                  const key = barKeyOf(e.target);
                  if (key && key !== barKeyOf(e.relatedTarget)) setCard(null);
                }}
                onFocusIn={(e) => {
                  const key = barKeyOf(e.target);
                  if (!key) return;
                  setActive(key);
                  setCard(key);
                }}
                onFocusOut={(e) => barKeyOf(e.target) && setCard(null)}
                onClick={(e) => {
                  const key = barKeyOf(e.target);
                  if (key) onPick(key);
                }}
              >
                <Patterns />
                <GridLines ticks={geometry.ticks} plotX={labelWidth} height={geometry.height} flip={flip} />
                {drawn.map((lane) => (
                  <g key={lane.key} class={`lane${lane.bars[0]!.laneIndex % 2 ? ' odd' : ''}`}>
                    <rect class="lane-bg" x={0} y={lane.y} width={width} height={lane.height} />
                    <LaneName name={lane.label.item ?? lane.label.accountName ?? lane.label.accountId} y={lane.y} plotX={labelWidth} flip={flip} />
                    {lane.bars.map((bar) => (
                      <BarGroup
                        key={bar.rowKey}
                        bar={bar}
                        row={bar.row}
                        plotX={labelWidth}
                        flip={flip}
                        tabbable={bar.rowKey === current}
                        marked={bar.rowKey === selected}
                        described={card === bar.rowKey}
                        spoken={painted}
                        now={now}
                        timeZone={timeZone}
                      />
                    ))}
                  </g>
                ))}
                <rect class="today-line" data-testid="today-line" x={labelWidth + geometry.todayX - 1} transform={flip.transform} width={2} y={0} height={geometry.height} />
              </svg>
            </div>
            {shownCard && cardBar && (
              <TimelineCard
                row={shownCard}
                now={now}
                timeZone={timeZone}
                left={Math.min(width - CARD_WIDTH, Math.max(0, cardStart))}
                top={AXIS_HEIGHT + cardBar.y - scroll.top + 18}
              />
            )}
          </>
        )}
      </div>
      <Legend />
      {geometry.outside > 0 && (
        <p class="muted small">
          {t.t(msg('board.outside', { count: geometry.outside, from: dateAt(geometry.start), to: dateAt(geometry.end - 1) }))}
        </p>
      )}
    </section>
  );
}
