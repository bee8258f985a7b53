/**
 * How the overlay measures the page for the outline, the marks and the dock: boxes in the window's
 * coordinates, what shows, what holds words. Only reads; nothing on the page is changed.
 */
import { overlaps, type Box, type Size } from '../../lib/overlay/outline-geometry';

export const rectBox = (rect: DOMRectReadOnly): Box => ({ left: rect.left, top: rect.top, width: rect.width, height: rect.height });

export const boxOf = (element: Element): Box => rectBox(element.getBoundingClientRect());

/** The window's size less its scroll bars. */
export function viewportOf(document: Document): Size {
  const view = document.defaultView;
  return { width: document.documentElement.clientWidth || (view?.innerWidth ?? 0), height: view?.innerHeight ?? 0 };
}

/** Rendered, and neither hidden by CSS nor transparent (where the engine can tell). */
export function isShown(element: Element): boolean {
  return typeof element.checkVisibility !== 'function' || element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
}

/**
 * Whether a line of an element's own text (not its children's) lies within `box`: words an overlay
 * there would hide. Its line boxes, not its own box: a full-width heading or cell is free beside its words.
 */
export function ownTextIn(element: Element, box: Box): boolean {
  const range = element.ownerDocument.createRange();
  for (const node of element.childNodes) {
    if (node.nodeType !== 3 || !(node.nodeValue ?? '').trim()) continue;
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (overlaps(rect, box)) return true;
  }
  return false;
}

/** Up to `levels` ancestors above an element, never the page's body or root: its own component, not the page. */
export function regionAround(element: Element, levels: number): Element {
  let region = element;
  for (let level = 0; level < levels; level++) {
    const parent = region.parentElement;
    if (!parent || parent.localName === 'body' || parent.localName === 'html') break;
    region = parent;
  }
  return region;
}

/** The topmost element at a point that is not our own overlay's host (which sits above the page). */
export const topmostAt = (document: Document, x: number, y: number, own: Element | null): Element | undefined =>
  document.elementsFromPoint(x, y).find((element) => element !== own);
