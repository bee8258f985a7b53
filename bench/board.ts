/**
 * The deadlines board's first paint with an agency's notebook (issue 13, `npm run bench`): 100 ad
 * accounts of 10 items each, as a ratio to an empty extension page, alternated in one run.
 *
 * Measured as bench/popup.ts measures the popup (bench/first-paint.ts): the first animation frame in
 * which the board shows its first rows and its timeline's bars (after loading its bundle, reading and
 * validating storage, working out 1,000 rows' states and deadlines, sorting them and laying out the
 * timeline). Target: at most 2.
 *
 * `measureBoardFirstPaint()` returns rows for bench/run.ts; `tsx bench/board.ts` prints them. bench/run.ts
 * also measures a board of one account with two items, as information: what any board costs before its
 * notebook's size counts (its bundle, the notes' round trip to the background, the page's first
 * render), the floor under the 2x target on the machine measuring.
 */
import { agencyNotebook } from '../scripts/agency-notes';
import { invokedDirectly } from '../scripts/invoked-directly';
import { firstPaintRow, measureFirstPaint, median, printRows } from './first-paint';
import type { BenchRow } from './host-overhead';

const TARGET = 2;

export async function measureBoardFirstPaint(options: { accounts?: number; items?: number; repeats?: number; dir?: string } = {}): Promise<BenchRow[]> {
  const accounts = options.accounts ?? 100;
  const items = options.items ?? 10;
  const repeats = options.repeats ?? 11;
  const runs = await measureFirstPaint({
    page: 'board.html',
    notes: agencyNotebook({ accounts, items, now: new Date() }),
    content: ['[data-testid="board-row"]', '[data-testid="timeline-bar"]'],
    repeats,
    dir: options.dir,
  });
  const shown = median(runs.page.map((f) => f.content));
  const empty = median(runs.blank.map((f) => f.content));
  return [
    firstPaintRow(
      `board first paint with ${accounts} account${accounts === 1 ? '' : 's'} x ${items} items vs an empty extension page`,
      shown,
      empty,
      TARGET,
      `first rows and timeline bars at ${shown.toFixed(1)} ms, empty page ${empty.toFixed(1)} ms (first frame from navigation start, medians of ${repeats}, alternated)`,
    ),
  ];
}

if (invokedDirectly(import.meta.url)) printRows(await measureBoardFirstPaint());
