/**
 * Which rows of a long list of fixed-height rows to put in the DOM: those in the scrolled viewport,
 * plus a few on each side so a fast scroll does not show blank space before the next frame.
 */
export interface RowWindow {
  first: number;
  /** Exclusive. */
  last: number;
  /** Space kept above and below the drawn rows, so the scrollbar stays true. */
  padTop: number;
  padBottom: number;
}

export function rowWindow(count: number, rowHeight: number, scrollTop: number, viewportHeight: number, overscan = 6): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { first: 0, last: 0, padTop: 0, padBottom: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.min(count, Math.max(0, Math.floor(top / rowHeight) - overscan));
  const last = Math.min(count, Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight) + overscan);
  return { first, last: Math.max(first, last), padTop: first * rowHeight, padBottom: (count - Math.max(first, last)) * rowHeight };
}
