/**
 * How wide a text draws in the board's font, measured on a canvas: as exact as the drawn text, and it
 * asks nothing of the page's layout, so the timeline fits its words before its first paint (issue 13).
 */
import type { WidthOf } from '../../lib/board/timeline-words';

let context: OffscreenCanvasRenderingContext2D | null | undefined;
/** The family the timeline's texts inherit from the page's body (popup.css), read once. */
let family: string | undefined;
/** The font last set: the canvas gives its own a normal form, so it is not compared with ours. */
let current = '';

/** Widths in the board's font at `size` px and `weight` (board.css's rule for the texts measured). */
export function widthIn(size: number, weight = 400): WidthOf {
  return (text) => {
    context ??= typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
    // No canvas (a test's DOM): a font's size a character, wider than any text draws but CJK's.
    if (!context) return [...text].length * size;
    // A style, not a layout: the body's is known from the stylesheet before anything is drawn.
    family ??= getComputedStyle(document.body).fontFamily;
    const font = [weight, size + 'px', family].join(' ');
    if (current !== font) context.font = current = font;
    return context.measureText(text).width;
  };
}
