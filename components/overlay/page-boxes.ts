/**
 * The boxes of the page the dock keeps clear of: every element the reader read (balances, the coupon
 * entry, promotion rows, messages) and the page's visible controls. Measured only; nothing on the page
 * is touched. Used when the dock places itself, so it is measured on demand, never on every scroll.
 */
import type { Box } from '../../lib/overlay/outline-geometry';
import type { ReadElements } from '../../lib/reader/read-elements';

/** What a user can press or type into: the page's buttons, links and fields. */
export const INTERACTIVE =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [role="checkbox"], [role="switch"], [contenteditable="true"]';

/** Controls looked at per root: a page of thousands must not cost thousands of measurements. */
const MAX_CONTROLS = 2_000;

const boxOf = (rect: DOMRect): Box => ({ left: rect.left, top: rect.top, width: rect.width, height: rect.height });

function shown(element: Element): boolean {
  if (typeof element.checkVisibility === 'function' && !element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
  return true;
}

function inView(box: Box, viewport: { width: number; height: number }): boolean {
  return box.width > 0 && box.height > 0 && box.left < viewport.width && box.top < viewport.height && box.left + box.width > 0 && box.top + box.height > 0;
}

export function readBoxes(read: ReadElements): Element[] {
  return [
    ...read.amounts.map((amount) => amount.region),
    ...read.messages,
    ...read.promotions.filter((row): row is Element => row !== null),
    ...(read.coupon ? [read.coupon] : []),
  ];
}

/** The boxes (viewport coordinates) of what the dock must not cover, on screen now. */
export function keepClearBoxes(document: Document, read: ReadElements, roots: Iterable<ShadowRoot>, ownHost: Element | null): Box[] {
  const view = document.defaultView;
  if (!view) return [];
  const viewport = { width: document.documentElement.clientWidth || view.innerWidth, height: view.innerHeight };
  const elements = new Set<Element>(readBoxes(read));
  for (const root of [document, ...roots]) {
    const controls = root.querySelectorAll(INTERACTIVE);
    for (let index = 0; index < controls.length && index < MAX_CONTROLS; index++) elements.add(controls[index]!);
  }
  const boxes: Box[] = [];
  for (const element of elements) {
    if (!element.isConnected || element === ownHost || (ownHost && ownHost.contains(element))) continue;
    const box = boxOf(element.getBoundingClientRect());
    if (inView(box, viewport) && shown(element)) boxes.push(box);
  }
  return boxes;
}
