/**
 * The boxes of the page the dock keeps clear of: every element the reader read (balances, the coupon
 * entry, promotion rows, messages) and the page's visible controls. Measured only; nothing on the page
 * is touched. Used when the dock places itself, so it is measured on demand, never on every scroll.
 */
import { inView, type Box } from '../../lib/overlay/outline-geometry';
import type { ReadElements } from '../../lib/reader/read-elements';
import { boxOf, isShown, rectBox, viewportOf } from './page-measure';

/**
 * What a user can press or type into: the page's buttons, links and fields, as parts. Each part is
 * asked for by its one simple selector, then checked in full: an engine answers one tag or one
 * attribute from its fast path, and a list of thirteen by matching every element against each
 * (measured in Chromium on the bench's 14,000-element page: ~1 ms against ~4.5 ms, a cost the dock
 * paid on every re-read).
 */
const INTERACTIVE_PARTS: readonly { find: string; keep?: string }[] = [
  { find: 'a', keep: 'a[href]' },
  { find: 'button' },
  { find: 'input', keep: 'input:not([type="hidden"])' },
  { find: 'select' },
  { find: 'textarea' },
  { find: 'summary' },
  { find: '[role]', keep: '[role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="checkbox"], [role="switch"]' },
  { find: '[contenteditable]', keep: '[contenteditable="true"]' },
];

/** The same controls as one selector, for matching a single element. */
export const INTERACTIVE = INTERACTIVE_PARTS.map((part) => part.keep ?? part.find).join(', ');

/** Controls looked at per root: a page of thousands must not cost thousands of measurements. */
const MAX_CONTROLS = 2_000;
/** Node.DOCUMENT_POSITION_FOLLOWING, by value: the page's realm and ours need not share a `Node`. */
const FOLLOWING = 4;

/** The controls in a root, as `querySelectorAll(INTERACTIVE)` finds them: the first MAX_CONTROLS in document order. */
export function controlsIn(root: ParentNode): Element[] {
  const found = new Set<Element>();
  for (const { find, keep } of INTERACTIVE_PARTS) {
    for (const element of root.querySelectorAll(find)) if (!keep || element.matches(keep)) found.add(element);
  }
  const controls = [...found];
  if (controls.length <= MAX_CONTROLS) return controls;
  // Only a page of thousands of controls pays for the order, which says which ones count.
  controls.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  return controls.slice(0, MAX_CONTROLS);
}

/** Nodes looked at around an overlay's element (a mark's value, the coupon field) for what it must not cover. */
const MAX_NODES = 800;
/** Levels climbed from that element to the neighbourhood whose text and controls are looked at. */
export const NEIGHBOURHOOD = 3;

/**
 * The boxes of text and controls in `root`: each text node's line boxes (a cell's empty part is free,
 * its words are not) and each control's box. Hit tests alone would miss a short line between two probes.
 * At most `max` nodes are looked at; `skip` may leave out subtrees (words-on-screen.ts: those off screen).
 */
export function obstaclesIn(root: Element, max = MAX_NODES, skip?: NodeFilter): Box[] {
  const boxes: Box[] = [];
  const range = root.ownerDocument.createRange();
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 | 0x4, skip);
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < max; node = walker.nextNode(), seen++) {
    if (node.nodeType === 3) {
      if (!(node.nodeValue ?? '').trim()) continue;
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) boxes.push(rectBox(rect));
    } else if ((node as Element).matches(INTERACTIVE)) {
      const box = boxOf(node as Element);
      if (box.width > 0 && box.height > 0) boxes.push(box);
    }
  }
  return boxes;
}

export function readBoxes(read: ReadElements): Element[] {
  return [
    // The value too: a row drawn with `display: contents` (its cells placed in the table's grid) has
    // no box of its own.
    ...read.amounts.flatMap((amount) => [amount.region, amount.value]),
    ...read.messages,
    ...read.promotions.filter((row): row is Element => row !== null),
    ...(read.coupon ? [read.coupon] : []),
  ];
}

/** The boxes (viewport coordinates) of what the dock must not cover, on screen now. */
export function keepClearBoxes(document: Document, read: ReadElements, roots: Iterable<ShadowRoot>, ownHost: Element | null): Box[] {
  if (!document.defaultView) return [];
  const viewport = viewportOf(document);
  const elements = new Set<Element>(readBoxes(read));
  for (const root of [document, ...roots]) {
    for (const control of controlsIn(root)) elements.add(control);
  }
  const boxes: Box[] = [];
  for (const element of elements) {
    // (`contains` holds for the host itself.)
    if (!element.isConnected || ownHost?.contains(element)) continue;
    const box = boxOf(element);
    if (inView(box, viewport) && isShown(element)) boxes.push(box);
  }
  return boxes;
}
