/**
 * The page's words and controls on screen, which the dock keeps clear of where it has room
 * (lib/overlay/dock-placement.ts): the folded pill too, from the first paint, as it sits over the page
 * on every Billing visit (it came with the dock's body once, and covered a bill's amount until opened).
 */
import { CLEARANCE, edgeBand, placeClearOfWords, type DockEdge, type DockPlace, type DockWant } from '../../lib/overlay/dock-placement';
import { overlaps, type Box } from '../../lib/overlay/outline-geometry';
import { obstaclesIn } from './page-boxes';
import { viewportOf } from './page-measure';

/** Nodes of the page looked at: past this, the rest of a huge page may be covered. */
const MAX_PAGE_NODES = 6_000;

/**
 * A subtree whose box lies wholly outside `band` (or more than `pad` from it: off screen, away from the
 * dock's edge) is skipped, so a long page costs what shows of it there. A box of no size is walked all
 * the same: its children may overflow it.
 */
function wordsIn(document: Document, band: Box, pad = 0): Box[] {
  if (!document.body) return [];
  const away = (node: Node) => {
    if (node.nodeType !== 1) return false;
    const box = (node as Element).getBoundingClientRect();
    return box.width > 0 && box.height > 0 && !overlaps(box, band, pad);
  };
  return obstaclesIn(document.body, MAX_PAGE_NODES, { acceptNode: (node) => (away(node) ? 2 : 1) });
}

/**
 * The dock's place on the user's edge clear of the page's words too, or null: DockPlacer tries it first,
 * on every read of a changing page. `kept` is where the dock is, when it may stay there
 * (dock-placement.ts, `stillFree`): it stays while no word is under it either. Most often the place
 * found without the words has none under it, and is then the place it would find with them
 * (lib/overlay/dock-placement.test.ts), so the words there are looked for first and the rest of the edge
 * only when some are.
 */
export function clearOfWordsIn(document: Document, boxes: Box[], want: DockWant, edge: DockEdge, kept: DockPlace | null): DockPlace | null {
  const viewport = viewportOf(document);
  // Within the clearance a word would touch the dock.
  const clear = (place: DockPlace | null): place is DockPlace => !!place && !wordsIn(document, place, CLEARANCE).some((word) => overlaps(word, place, CLEARANCE));
  for (const place of [kept, placeClearOfWords(viewport, boxes, [], want, edge)]) if (clear(place)) return place;
  return placeClearOfWords(viewport, boxes, wordsIn(document, edgeBand(viewport, want, edge)), want, edge);
}
