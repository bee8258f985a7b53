import { storage } from 'wxt/utils/storage';
import { DOCK_EDGES, type DockEdge } from '../../../lib/overlay/dock-placement';
import type { SessionScope } from '../../../lib/overlay/scope';

/**
 * The edge the user moved the dock to, per site (ads.tiktok.com, business.tiktok.com). Its own item,
 * written only here: it is a look, not notes, so the background's writer has no part in it.
 */
export const DOCK_EDGES_VERSION = 1;
export const dockEdgesItem = storage.defineItem<Record<string, unknown>>('local:dockEdges', { fallback: {}, version: DOCK_EDGES_VERSION });

const isEdge = (value: unknown): value is DockEdge => typeof value === 'string' && (DOCK_EDGES as readonly string[]).includes(value);

/** The stored edge for a site; anything that is not an edge (an older build's value, a hand edit) reads as none. */
export function edgeFor(stored: unknown, site: string): DockEdge | null {
  if (!stored || typeof stored !== 'object') return null;
  const value = (stored as Record<string, unknown>)[site];
  return isEdge(value) ? value : null;
}

export class DockEdgeMemory {
  edge: DockEdge = 'right';

  constructor(
    scope: SessionScope,
    private readonly site: string,
    changed: () => void,
  ) {
    const take = (stored: unknown) => {
      const edge = edgeFor(stored, site) ?? 'right';
      if (edge === this.edge) return;
      this.edge = edge;
      changed();
    };
    dockEdgesItem.getValue().then((stored) => scope.active && take(stored), (cause: unknown) => console.debug('[Credit Lens] could not read the dock edge', cause));
    const unwatch = dockEdgesItem.watch((stored) => scope.active && take(stored));
    scope.onClose(() => {
      try {
        unwatch();
      } catch {
        // The extension was reloaded or removed: its storage listener went with it.
      }
    });
  }

  /** Shown at once; stored for the next visit and for the site's other tabs. */
  async move(edge: DockEdge): Promise<void> {
    this.edge = edge;
    const stored = await dockEdgesItem.getValue();
    const all = stored && typeof stored === 'object' ? stored : {};
    await dockEdgesItem.setValue({ ...all, [this.site]: edge });
  }
}
