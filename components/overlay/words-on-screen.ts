/**
 * The page's words and controls on screen, which the dock keeps clear of where it has room
 * (lib/overlay/dock-placement.ts). Loaded with the dock's body (./parts/entry.tsx), for the weight of
 * the Billing module: until the dock first opens, the pill keeps clear of what the reader read and of
 * the page's controls only.
 */
import { placeClearOfWords, type DockEdge, type DockPlace, type DockWant } from '../../lib/overlay/dock-placement';
import { inView, type Box, type Size } from '../../lib/overlay/outline-geometry';
import { obstaclesIn } from './page-boxes';
import { viewportOf } from './page-measure';

/** Nodes of the page looked at: past this, the rest of a huge page may be covered. */
const MAX_PAGE_NODES = 6_000;

/**
 * A subtree whose box lies wholly off screen is skipped, so a long page costs what shows of it. A box of
 * no size is walked all the same: its children may overflow it.
 */
function wordsOnScreen(document: Document, viewport: Size): Box[] {
  if (!document.body) return [];
  const offScreen = (node: Node) => {
    if (node.nodeType !== 1) return false;
    const box = (node as Element).getBoundingClientRect();
    return box.width > 0 && box.height > 0 && !inView(box, viewport);
  };
  return obstaclesIn(document.body, MAX_PAGE_NODES, { acceptNode: (node) => (offScreen(node) ? 2 : 1) });
}

/** The dock's place on the user's edge clear of the page's words too, or null: DockPlacer tries it first. */
export function clearOfWordsIn(document: Document, boxes: Box[], want: DockWant, edge: DockEdge): DockPlace | null {
  const viewport = viewportOf(document);
  return placeClearOfWords(viewport, boxes, wordsOnScreen(document, viewport), want, edge);
}
