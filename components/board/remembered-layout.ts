/**
 * Where the board's parts fall, remembered per window width, so its first render can draw what the
 * window will show without making the browser lay out the page just to ask (issue 13, the first
 * paint): the timeline's width, so the first render draws the bars, and the list's top, so it draws
 * only the rows above the fold. Both follow from the window's width and the board's CSS (the list's
 * top also from what sits above it, which changes rarely), so a measure taken once at a window width
 * holds there; each part still measures after each layout (a ResizeObserver), redraws if the
 * measure differs, before that frame is painted, and remembers the new one.
 */
import { pageStore, type PageStore as Store } from '../../lib/page-store';

const FRAME_WIDTH_KEY = 'credit-lens/board-timeline-width';
const LIST_TOP_KEY = 'credit-lens/board-list-top';

/** The measure last taken at this window width, or null if none (or what was kept is not one). */
function remembered(key: string, viewport: number, store: Store | null): number | null {
  try {
    const kept = JSON.parse(store?.getItem(key) ?? 'null') as unknown;
    if (typeof kept !== 'object' || kept === null) return null;
    const { viewport: at, measure } = kept as { viewport?: unknown; measure?: unknown };
    return at === viewport && typeof measure === 'number' && Number.isFinite(measure) && measure > 0 ? measure : null;
  } catch {
    return null;
  }
}

function remember(key: string, viewport: number, measure: number, store: Store | null): void {
  if (!(measure > 0) || remembered(key, viewport, store) === measure) return;
  try {
    store?.setItem(key, JSON.stringify({ viewport, measure }));
  } catch {
    // Full or switched off: the next opening measures.
  }
}

export const rememberedFrameWidth = (viewport: number, store: Store | null = pageStore()) => remembered(FRAME_WIDTH_KEY, viewport, store);
export const rememberFrameWidth = (viewport: number, width: number, store: Store | null = pageStore()) => remember(FRAME_WIDTH_KEY, viewport, width, store);
/** How far down the page the list starts (its top edge, in CSS px from the page's top). */
export const rememberedListTop = (viewport: number, store: Store | null = pageStore()) => remembered(LIST_TOP_KEY, viewport, store);
export const rememberListTop = (viewport: number, top: number, store: Store | null = pageStore()) => remember(LIST_TOP_KEY, viewport, top, store);
