import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Hint } from '../../lib/hints/types';
import { msg, type Msg } from '../../lib/i18n/message';
import { DOCK_EDGES, type DockEdge } from '../../lib/overlay/dock-placement';
import { Text, useT } from '../i18n/i18n';
import { useDockPlace, type DockSurroundings } from './dock-place';
import { preloadParts } from './parts/load';

const MOVE_LABEL: Record<DockEdge, Msg> = {
  right: msg('dock.moveToRight'),
  left: msg('dock.moveToLeft'),
  top: msg('dock.moveToTop'),
  bottom: msg('dock.moveToBottom'),
};

// Preact 11 writes numbers as they are; CSS lengths need their unit.
const px = (value: number) => Math.round(value) + 'px';

/** The edge after this one, round the window: one button moves the dock, its name says where to. */
export const nextEdge = (edge: DockEdge): DockEdge => DOCK_EDGES[(DOCK_EDGES.indexOf(edge) + 1) % DOCK_EDGES.length]!;

export interface DockProps {
  hints: readonly Hint[];
  open: boolean;
  edge: DockEdge;
  surroundings: DockSurroundings | null;
  onOpen(open: boolean): void;
  onMove(edge: DockEdge): void;
  /** Changes that can change the dock's height or what it must avoid (hints, reads). */
  layoutKey: unknown;
  children: ComponentChildren;
}

/**
 * The overlay at the edge of the window: folded, a pill with the most urgent hint's title and the count
 * of the others; open, a header and rows that scroll inside a box never taller than the window. Placed
 * in free space, never over what Credit Lens read nor over the page's controls (dock-place.ts).
 */
export function Dock({ hints, open, edge, surroundings, onOpen, onMove, layoutKey, children }: DockProps) {
  const t = useT();
  const dock = useRef<HTMLElement>(null);
  const place = useDockPlace(dock, open, edge, surroundings, [layoutKey, hints.length]);
  const userToggled = useRef(false);
  // Focus follows the user's own open / fold, never a change that came from elsewhere.
  useEffect(() => {
    if (!userToggled.current) return;
    userToggled.current = false;
    dock.current?.querySelector<HTMLElement>(open ? '[data-action="minimise"]' : '[data-testid="badge"]')?.focus();
  }, [open]);
  const toggle = (value: boolean) => {
    userToggled.current = true;
    onOpen(value);
  };
  const first = hints[0];
  const label = first
    ? hints.length > 1
      ? msg('dock.openMore', { title: { msg: first.title }, count: hints.length - 1 })
      : msg('dock.openOne', { title: { msg: first.title } })
    : msg('dock.openEmpty');
  const style = place
    ? { left: px(place.left), top: px(place.top), maxHeight: px(Math.floor(place.height)), ...(open ? { width: px(place.width) } : {}) }
    : { visibility: 'hidden' };
  return (
    <section
      ref={dock}
      class="dock"
      data-testid="dock"
      data-open={open}
      data-edge={place?.edge ?? edge}
      data-clear={place?.clear ?? true}
      data-minimised={!open}
      aria-label={t.t(msg('overlay.region'))}
      style={style}
    >
      {!open && (
        <button
          type="button"
          class="pill"
          data-testid="badge"
          data-severity={first?.severity ?? 'none'}
          aria-expanded={false}
          title={t.t(label)}
          onPointerEnter={preloadParts}
          onFocus={preloadParts}
          onClick={() => toggle(true)}
        >
          {first ? <span class="severity" aria-hidden="true" /> : <span class="logo" aria-hidden="true">◎</span>}
          {/* Its name is what it shows (the title and the count), so speech and sight agree; the tooltip says more. */}
          <span class="pill-title">
            {first ? <Text msg={first.title} /> : t.t(msg('common.brand'))}
          </span>
          {hints.length > 1 && (
            <span class="pill-more">
              {t.t(msg('dock.more', { count: hints.length - 1 }))}
            </span>
          )}
        </button>
      )}
      {open && (
        <header class="dock-head">
          <span class="logo" aria-hidden="true">◎</span>
          <h2 class="title">{t.t(msg('common.brand'))}</h2>
          <button type="button" class="toggle" data-action="move-dock" data-to={nextEdge(edge)} aria-label={t.t(MOVE_LABEL[nextEdge(edge)])} title={t.t(MOVE_LABEL[nextEdge(edge)])} onClick={() => onMove(nextEdge(edge))}>
            <span aria-hidden="true">⇄</span>
          </button>
          <button type="button" class="toggle" data-action="minimise" aria-expanded={true} aria-label={t.t(msg('dock.fold'))} title={t.t(msg('dock.foldTip'))} onClick={() => toggle(false)}>
            <span aria-hidden="true">▁</span>
          </button>
        </header>
      )}
      <div class="dock-body" data-testid="dock-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
