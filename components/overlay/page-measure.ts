/**
 * How the overlay measures the page for the outline, the marks and the dock: boxes in the window's
 * coordinates, what shows, what holds words. Only reads; nothing on the page is changed.
 */
import type { Box, Size } from '../../lib/overlay/outline-geometry';

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

/** An element that shows text of its own (not only through its children): words an overlay would hide. */
export function hasOwnText(element: Element): boolean {
  for (const node of element.childNodes) if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') return true;
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
