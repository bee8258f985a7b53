/**
 * How wide a text draws in the board's font, measured on a canvas: as exact as the drawn text, and it
 * asks nothing of the page's layout, so the timeline fits its words before its first paint (issue 13).
 */
import type { WidthOf } from '../../lib/board/timeline-words';

let context: OffscreenCanvasRenderingContext2D | null | undefined;
/** The family the timeline's texts inherit from the page's body (components/base.css), read once. */
let family: string | undefined;
/** The font last set: the canvas gives its own a normal form, so it is not compared with ours. */
let current = '';
/** Widths kept per font: month names, day numbers and lane names, a few hundred at most. */
const MAX_KNOWN = 1_000;

/** Widths in the board's font at `size` px and `weight` (board.css's rule for the texts measured). */
export function widthIn(size: number, weight = 400): WidthOf {
  // Each text measured once: the timeline places its labels and fits its names again on every render
  // (each scroll of its lanes, each hover or key), and a text's width in one font does not change.
  const known = new Map<string, number>();
  return (text) => {
    let width = known.get(text);
    if (width === undefined) {
      if (known.size >= MAX_KNOWN) known.clear();
      width = measure(text, size, weight);
      known.set(text, width);
    }
    return width;
  };
}

function measure(text: string, size: number, weight: number): number {
  context ??= typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
  // No canvas (a test's DOM): a font's size a character, wider than any text draws but CJK's.
  if (!context) return [...text].length * size;
  // A style, not a layout: the body's is known from the stylesheet before anything is drawn.
  family ??= getComputedStyle(document.body).fontFamily;
  const font = [weight, size + 'px', family].join(' ');
  if (current !== font) context.font = current = font;
  return context.measureText(text).width;
}
