/**
 * What a mark points at on the page, and what around it a mark must not cover: the anchor's elements
 * found in the latest reading's elements, the line boxes of the text and the controls near it, and
 * hit tests for what lies above it. Only measures; nothing on the page is changed.
 */
import type { MarkAnchor } from '../../lib/overlay/marks';
import type { Box, Size } from '../../lib/overlay/outline-geometry';
import { deepestWithText, type ReadElements } from '../../lib/reader/read-elements';
import { INTERACTIVE, NEIGHBOURHOOD, obstaclesIn } from './page-boxes';
import { isShown, ownTextIn, regionAround, topmostAt } from './page-measure';

export interface Anchor {
  /** The value's own element: a mark never covers its text. */
  value: Element;
  /** Its row, card or label-and-value box: a mark may lie in it, beside the value. */
  region: Element;
}

const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The anchor's elements in the latest reading's elements, or null when the page no longer shows them. */
export function resolveAnchor(read: ReadElements, anchor: MarkAnchor): Anchor | null {
  switch (anchor.type) {
    case 'amount': {
      const amount = read.amounts.find((candidate) => candidate.role === anchor.role && candidate.value.isConnected);
      return amount ? { value: amount.value, region: amount.region } : null;
    }
    case 'promotion': {
      const row = read.promotions[anchor.index];
      if (!row?.isConnected) return null;
      // Beside the promotion's name in its row; the row's other cells are checked like any text.
      const name = anchor.name.trim() && fold(row.textContent).includes(fold(anchor.name)) ? deepestWithText(row, anchor.name) : deepestNamed(row);
      return name ? { value: name, region: ownPart(name, row, anchor.otherNames) } : null;
    }
    case 'message': {
      const wanted = fold(anchor.text).slice(0, 80);
      const message = read.messages.find((element) => element.isConnected && fold(element.textContent).includes(wanted));
      return message ? { value: deepestWithText(message, wanted), region: message } : null;
    }
  }
}

/** The value is not under a modal's mask or another layer: a hit test at its centre finds it. */
export function onTop(document: Document, anchor: Anchor, value: Box, viewport: Size, own: Element | null): boolean {
  if (typeof document.elementsFromPoint !== 'function') return true;
  const x = value.left + value.width / 2;
  const y = value.top + value.height / 2;
  if (x < 0 || y < 0 || x >= viewport.width || y >= viewport.height) return false;
  const hit = topmostAt(document, x, y, own);
  return !!hit && (anchor.region.contains(hit) || hit.contains(anchor.value));
}

/** The line boxes of the text and the boxes of the controls near the anchor: a mark covers none of them. */
export const obstaclesAround = (anchor: Anchor): Box[] => obstaclesIn(regionAround(anchor.region, NEIGHBOURHOOD));

/**
 * Hit tests over the place, for what lies outside the neighbourhood (another card, a toolbar, a
 * modal's mask): only the page's background, or the anchor's own region, may be under a mark.
 */
export function nothingAbove(document: Document, box: Box, anchor: Anchor, own: Element | null): boolean {
  if (typeof document.elementsFromPoint !== 'function') return true;
  for (const fx of [0.05, 0.35, 0.65, 0.95]) {
    for (const fy of [0.2, 0.8]) {
      const hit = topmostAt(document, box.left + box.width * fx, box.top + box.height * fy, own);
      if (!hit) continue;
      if (anchor.region.contains(hit) || hit.contains(anchor.region)) continue;
      if (hit.closest(INTERACTIVE) || ownTextIn(hit, box)) return false;
    }
  }
  return true;
}

/**
 * The largest part of `row` around `value` that holds no other promotion's name: the element found
 * for a card may be the list of cards, and a mark belongs at its own card's end.
 */
function ownPart(value: Element, row: Element, otherNames: readonly string[]): Element {
  const others = otherNames.map(fold).filter((name) => name.length > 0);
  let part = value;
  while (part !== row && part.parentElement) {
    const parent = part.parentElement;
    const text = fold(parent.textContent);
    if (others.some((name) => text.includes(name))) break;
    part = parent;
    if (!row.contains(part)) break;
  }
  return part;
}

/**
 * The first element of a row that shows text of its own (the promotion's name, or the first cell a
 * fixed-column table leaves visible in this copy of the row).
 */
function deepestNamed(row: Element): Element | null {
  const walker = row.ownerDocument.createTreeWalker(row, 0x4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!(node.nodeValue ?? '').trim() || !parent) continue;
    if (isShown(parent)) return parent;
  }
  return null;
}
