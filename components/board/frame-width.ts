/**
 * The timeline's width, remembered per window width, so the board can draw its bars in its first
 * render instead of making the browser lay out the page (with the list's rows) just to ask for it
 * (issue 13, the first paint). The frame's width follows from the window's width and the board's CSS
 * alone, so a width measured once at a window width holds at that width; the timeline still measures
 * after each layout (a ResizeObserver), redraws if it differs and remembers the new one.
 */
const KEY = 'credit-lens/board-timeline-width';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

function localStore(): Store | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can be switched off; the board then measures, as it did the first time.
    return null;
  }
}

/** The width last measured at this window width, or null if none (or what was kept is not one). */
export function rememberedFrameWidth(viewport: number, store: Store | null = localStore()): number | null {
  try {
    const kept = JSON.parse(store?.getItem(KEY) ?? 'null') as unknown;
    if (typeof kept !== 'object' || kept === null) return null;
    const { viewport: at, width } = kept as { viewport?: unknown; width?: unknown };
    return at === viewport && typeof width === 'number' && Number.isFinite(width) && width > 0 ? width : null;
  } catch {
    return null;
  }
}

export function rememberFrameWidth(viewport: number, width: number, store: Store | null = localStore()): void {
  if (!(width > 0) || rememberedFrameWidth(viewport, store) === width) return;
  try {
    store?.setItem(KEY, JSON.stringify({ viewport, width }));
  } catch {
    // Full or switched off: the next opening measures.
  }
}
