/**
 * The timeline's words in the room they have: the axis's months and days, and the lanes' names. Worked
 * out from the texts' widths as the caller measures them (components/board/text-width.ts, which asks
 * nothing of the page's layout: measuring drawn labels would lay the board out before its first paint,
 * issue 13).
 */
import type { Tick } from './timeline';

/** How wide a text draws, in px. */
export type WidthOf = (text: string) => number;

export interface AxisLabel {
  tick: Tick;
  text: string;
  /** Where the text is anchored, from the plot's left edge. */
  x: number;
  /** Anchored at its end (`text-anchor: end`), at the axis's end. */
  end: boolean;
}

/** Room between a tick's line and its label, and between two labels. */
const GAP = 3;

/**
 * One row of the axis's labels (the months', or the days'), for ticks in date order; `room` is how far
 * right of the plot's left edge the axis runs. A label starts just right of its tick. One that would
 * run past the axis's end is drawn ending there if it names a month, and left out if it numbers a day
 * (its week's line still shows). One that would run into the label before it is left out: 180 days in a
 * 600 px window put the week numbers 14 px apart.
 */
export function placeAxisLabels(ticks: readonly Tick[], label: (tick: Tick) => string, widthOf: WidthOf, room: number): AxisLabel[] {
  const placed: AxisLabel[] = [];
  let taken = -Infinity;
  for (const tick of ticks) {
    const text = label(tick);
    const width = widthOf(text);
    let start = tick.x + GAP;
    const end = start + width > room;
    if (end) {
      if (!tick.major) continue;
      start = room - width;
    }
    if (start < taken + GAP) continue;
    placed.push({ tick, text, x: end ? room : start, end });
    taken = start + width;
  }
  return placed;
}

/** `text` whole where it fits `room`, else as much of its start as fits with "…" after it. */
export function fitText(text: string, room: number, widthOf: WidthOf): string {
  if (widthOf(text) <= room) return text;
  const chars = [...text];
  // The longest start that fits, found by halving: a name has tens of characters, each try one measure.
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (widthOf(`${chars.slice(0, mid).join('').trimEnd()}…`) <= room) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}
