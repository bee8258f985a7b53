/**
 * Keeps the dock in free space: measures what it must not cover (page-boxes.ts) and its own content,
 * and places it (lib/overlay/dock-placement.ts) when it opens or folds, when its content or the reading
 * changes, and once the window has stopped resizing or scrolling. Between those it stays put: a dock
 * that chased every scroll event would be hard to click.
 */
import { useEffect, useLayoutEffect, useRef, useState, type Inputs } from 'preact/hooks';
import type { RefObject } from 'preact';
import { placeDock, type DockEdge, type DockPlace } from '../../lib/overlay/dock-placement';
import type { Box } from '../../lib/overlay/outline-geometry';
import { viewportOf } from './page-measure';

/** The open dock's width; the pill takes its own width up to this. */
export const OPEN_WIDTH = 340;
/** The open dock below this height is no use: its header and one row. */
const OPEN_MIN_HEIGHT = 132;
/** Quiet time after the last scroll or resize before the dock looks for space again. */
const SETTLE_MS = 120;

export interface DockSurroundings {
  /** The boxes the dock must keep clear of, measured now. */
  keepClear(): Box[];
}

export function useDockPlace(dock: RefObject<HTMLElement | null>, open: boolean, edge: DockEdge, surroundings: DockSurroundings | null, inputs: Inputs): DockPlace | null {
  const [place, setPlace] = useState<DockPlace | null>(null);
  const latest = useRef({ open, edge, surroundings });
  latest.current = { open, edge, surroundings };

  const measure = () => {
    const element = dock.current;
    const view = element?.ownerDocument.defaultView;
    if (!element || !view) return;
    const viewport = viewportOf(element.ownerDocument);
    const { open: isOpen, edge: wantedEdge, surroundings: around } = latest.current;
    // The content's own height: the dock is laid out unconstrained (max-height: none) while measured.
    const previous = element.style.maxHeight;
    element.style.maxHeight = 'none';
    const natural = { width: Math.ceil(element.offsetWidth), height: Math.ceil(element.scrollHeight) };
    element.style.maxHeight = previous;
    const width = isOpen ? OPEN_WIDTH : natural.width;
    const want = { width, height: natural.height, minHeight: isOpen ? OPEN_MIN_HEIGHT : natural.height };
    const next = placeDock(viewport, around?.keepClear() ?? [], want, wantedEdge);
    setPlace((last) => (last && samePlace(last, next) ? last : next));
  };

  useLayoutEffect(measure, [open, edge, ...inputs]);

  useEffect(() => {
    const view = dock.current?.ownerDocument.defaultView;
    if (!view) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const later = () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        measure();
      }, SETTLE_MS);
    };
    view.addEventListener('resize', later, { passive: true });
    view.document.addEventListener('scroll', later, { capture: true, passive: true });
    return () => {
      if (timer !== null) clearTimeout(timer);
      view.removeEventListener('resize', later);
      view.document.removeEventListener('scroll', later, { capture: true });
    };
  }, []);
  return place;
}

function samePlace(a: DockPlace, b: DockPlace): boolean {
  return a.edge === b.edge && a.clear === b.clear && Math.round(a.left) === Math.round(b.left) && Math.round(a.top) === Math.round(b.top) && Math.round(a.width) === Math.round(b.width) && Math.round(a.height) === Math.round(b.height);
}
