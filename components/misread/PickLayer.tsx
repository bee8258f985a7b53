import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PickMode } from './pick-mode';
import { msg, type Msg } from '../../lib/i18n/message';
import { overlaps } from '../../lib/overlay/outline-geometry';
import type { FixField } from '../../lib/notes/schema';
import { Text, useT } from '../i18n/i18n';
import { fieldName } from './finding-text';

export interface PickLayerProps {
  /** What the user is showing. */
  field: FixField;
  mode: PickMode;
  problem: Msg | null;
}

/**
 * Pick mode's drawing, inside the overlay's shadow root: a transparent layer over the whole page (the
 * page gets no pointer events), the highlight around the element pointed at, and a bar with what to
 * do. The events themselves are handled by PickMode at the window, before the page sees them.
 */
export function PickLayer({ field, mode, problem }: PickLayerProps) {
  const t = useT();
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    bar.current?.focus();
  }, []);
  const { box, text, target } = mode.view;
  // The bar moves to the window's other edge when it would hide what is pointed at (a balance in the
  // page's header, a candidate the arrow keys reached), and stays there until that happens again.
  const [low, setLow] = useState(false);
  useLayoutEffect(() => {
    // Nothing pointed at, nothing to hide: no layout read on those renders.
    if (!box) return;
    const at = bar.current?.getBoundingClientRect();
    if (!at || !overlaps(box, at)) return;
    const room = at.height + 24;
    // Only where the other edge is clear of it: an element as tall as the window keeps the bar where it is.
    if (low ? box.top > room : box.top + box.height < innerHeight - room) setLow(!low);
  });
  return (
    <div class="pick-layer" data-testid="pick-layer">
      {box && (
        <div
          class="pick-box"
          data-testid="pick-box"
          aria-hidden="true"
          style={{ top: `${box.top}px`, left: `${box.left}px`, width: `${box.width}px`, height: `${box.height}px` }}
        />
      )}
      <div class={low ? 'pick-bar low' : 'pick-bar'} data-pick-bar ref={bar} tabIndex={-1} role="dialog" aria-modal="true" aria-label={t.t(msg('misread.pickRegion'))}>
        <p class="pick-instruction"><Text msg={msg('misread.pickInstruction', { field: fieldName(field) })} /></p>
        <p class={problem ? 'pick-status problem' : 'pick-status'} role="status" aria-live="polite" data-testid="pick-status">
          <Text msg={problem ?? (target ? msg('misread.pickPointing', { text }) : msg('misread.pickNothing'))} />
        </p>
        <button type="button" class="action" data-action="cancel-pick">
          {t.t(msg('common.cancel'))}
        </button>
      </div>
    </div>
  );
}
