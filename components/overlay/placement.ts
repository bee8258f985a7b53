export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];
const INTERACTIVE = 'a[href], button, input, select, textarea, summary, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

/** The box the card would take at a corner, matching the offsets in overlay.css. */
export function cornerBox(corner: Corner, viewport: { width: number; height: number }, card: { width: number; height: number }) {
  const left = corner.endsWith('right') ? viewport.width - 16 - card.width : 16;
  const top = corner.startsWith('bottom') ? viewport.height - 16 - card.height : 72;
  return { left, top, right: left + card.width, bottom: top + card.height };
}

/**
 * The first corner where the card covers none of the page's own controls, probed with hit tests on a
 * grid over the card's box (our own host is skipped). Falls back to bottom-right, where Ads Manager
 * keeps the least.
 */
export function chooseCorner(document: Document, card: { width: number; height: number }, ownHost: Element | null): Corner {
  const view = document.defaultView;
  if (!view || typeof document.elementsFromPoint !== 'function') return 'bottom-right';
  const viewport = { width: document.documentElement.clientWidth || view.innerWidth, height: view.innerHeight };
  for (const corner of CORNERS) {
    const box = cornerBox(corner, viewport, card);
    let covered = false;
    for (let x = 0; x <= 4 && !covered; x++) {
      for (let y = 0; y <= 4 && !covered; y++) {
        const px = box.left + ((box.right - box.left) * x) / 4;
        const py = box.top + ((box.bottom - box.top) * y) / 4;
        covered = document.elementsFromPoint(px, py).some((element) => element !== ownHost && element.closest(INTERACTIVE) !== null);
      }
    }
    if (!covered) return corner;
  }
  return 'bottom-right';
}
