/** The board list's layouts, in a module of their own: the e2e tests read them without Preact. */

/**
 * The list's layouts by window width. Every row of a layout is as tall as it says (board.css keeps it
 * so: each cell's text is clamped to the lines that fit), which is what lets the list draw only the
 * rows in view.
 * - wide, from 1280 px: the columns side by side, 52 px rows;
 * - tall, narrower, to half a 1920 px screen: the same columns, 76 px rows, so the countdown, progress
 *   and next step take a line more in their narrower columns rather than end in "…";
 * - compact, narrower still (half a 1366 px laptop's screen): each row is a card of three columns over
 *   three lines, with no room for a head row of eight columns. The head stays for screen readers; the
 *   filters' "Sort by" sorts.
 * - narrow, below 600 px (a phone: Firefox for Android runs the extension): the same card in two
 *   columns over five lines, so nothing needs a sideways scroll down to 320 px.
 */
export interface ListLayout {
  name: 'wide' | 'tall' | 'compact' | 'narrow';
  rowHeight: number;
  /** The sticky head's height (board.css), which the rows in view sit below. */
  headHeight: number;
}
const WIDE: ListLayout = { name: 'wide', rowHeight: 52, headHeight: 36 };
const TALL: ListLayout = { name: 'tall', rowHeight: 76, headHeight: 36 };
const COMPACT: ListLayout = { name: 'compact', rowHeight: 152, headHeight: 0 };
const NARROW: ListLayout = { name: 'narrow', rowHeight: 236, headHeight: 0 };
export const layoutFor = (windowWidth: number): ListLayout => (windowWidth < 600 ? NARROW : windowWidth < 960 ? COMPACT : windowWidth < 1280 ? TALL : WIDE);
