import { browser } from 'wxt/browser';
import { DOCK_EDGES, type DockEdge } from '../../../lib/overlay/dock-placement';
import type { SessionScope } from '../../../lib/overlay/scope';

/**
 * The edge the user moved the dock to, per site (ads.tiktok.com, business.tiktok.com). Its own item,
 * written only here: it is a look, not notes, so the background's writer has no part in it.
 *
 * Plain `storage.local`, not a WXT storage item: the item's code was 2.4 KB of the Billing module for
 * one key that needs no migration (issue 11). The key is the one the item used (`local:dockEdges`), so
 * an edge stored by an earlier version still reads; anything else in it reads as no choice (`edgeFor`).
 */
export const DOCK_EDGES_KEY = 'dockEdges';

async function readEdges(): Promise<unknown> {
  return (await browser.storage.local.get(DOCK_EDGES_KEY))[DOCK_EDGES_KEY];
}

const isEdge = (value: unknown): value is DockEdge => typeof value === 'string' && (DOCK_EDGES as readonly string[]).includes(value);

/** The stored edge for a site; anything that is not an edge (an older build's value, a hand edit) reads as none. */
export function edgeFor(stored: unknown, site: string): DockEdge | null {
  if (!stored || typeof stored !== 'object') return null;
  const value = (stored as Record<string, unknown>)[site];
  return isEdge(value) ? value : null;
}

export class DockEdgeMemory {
  edge: DockEdge = 'right';

  readonly #site: string;

  constructor(
    scope: SessionScope,
    site: string,
    changed: () => void,
  ) {
    this.#site = site;
    const take = (stored: unknown) => {
      const edge = edgeFor(stored, site) ?? 'right';
      if (edge === this.edge) return;
      this.edge = edge;
      changed();
    };
    readEdges().then((stored) => scope.active && take(stored), (cause: unknown) => console.debug('[Credit Lens] could not read the dock edge', cause));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && DOCK_EDGES_KEY in changes && scope.active) take(changes[DOCK_EDGES_KEY]!.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    scope.onClose(() => {
      try {
        browser.storage.onChanged.removeListener(onChanged);
      } catch {
        // The extension was reloaded or removed: its storage listener went with it.
      }
    });
  }

  /** Shown at once; stored for the next visit and for the site's other tabs. */
  async move(edge: DockEdge): Promise<void> {
    this.edge = edge;
    const stored = await readEdges();
    const all = stored && typeof stored === 'object' ? stored : {};
    await browser.storage.local.set({ [DOCK_EDGES_KEY]: { ...all, [this.#site]: edge } });
  }
}
