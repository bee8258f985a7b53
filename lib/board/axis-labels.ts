/**
 * Where the timeline axis's labels go, worked out from their texts without asking the page's layout:
 * measuring them would lay the board out before its first paint (issue 13). A label starts just right
 * of its tick. One that would run past the axis's end is drawn ending there if it names a month, and
 * left out if it numbers a day (its week's line still shows). One that would run into the label before
 * it is left out: 180 days in a 600 px window put the week numbers 14 px apart.
 */
import type { Tick } from './timeline';

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
 * About how wide a text draws at `fontSize` px, a little over rather than under: a CJK or Hangul
 * character takes the font's size, an Arabic letter up to 0.9 of it and any other up to 0.85 (the
 * widest measured, in the months' bold, in DejaVu Sans: a wide font, and Linux's usual default).
 */
export const textWidth = (text: string, fontSize: number): number =>
  [...text].reduce((width, char) => width + (/[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(char) ? 1 : /[\u0600-\u06ff]/.test(char) ? 0.9 : 0.85) * fontSize, 0);

/** One row of labels (the months', or the days'), for ticks in date order; `room` is how far right of the plot's left edge the axis runs. */
export function placeAxisLabels(ticks: readonly Tick[], label: (tick: Tick) => string, fontSize: number, room: number): AxisLabel[] {
  const placed: AxisLabel[] = [];
  let taken = -Infinity;
  for (const tick of ticks) {
    const text = label(tick);
    const width = textWidth(text, fontSize);
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
