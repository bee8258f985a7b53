/**
 * How wide a text draws in the board's font, measured on a canvas: as exact as the drawn text, and it
 * asks nothing of the page's layout, so the timeline fits its words before its first paint (issue 13).
 */
import type { WidthOf } from '../../lib/board/timeline-words';

/** popup.css's `body` font family, which the timeline's texts inherit. */
const FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

let context: OffscreenCanvasRenderingContext2D | null | undefined;

/** Widths in the board's font at `size` px and `weight` (board.css's rule for the texts measured). */
export function widthIn(size: number, weight = 400): WidthOf {
  const font = `${weight} ${size}px ${FAMILY}`;
  return (text) => {
    context ??= typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
    // No canvas (a test's DOM): a font's size a character, wider than any text draws but CJK's.
    if (!context) return [...text].length * size;
    if (context.font !== font) context.font = font;
    return context.measureText(text).width;
  };
}
