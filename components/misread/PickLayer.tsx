import { useEffect, useRef } from 'preact/hooks';
import type { PickMode } from './pick-mode';
import { MISREAD_STRINGS as S } from './strings';

export interface PickLayerProps {
  /** What the user is showing ("Ad credit"). */
  label: string;
  mode: PickMode;
  problem: string | null;
}

/**
 * Pick mode's drawing, inside the overlay's shadow root: a transparent layer over the whole page (the
 * page gets no pointer events), the highlight around the element pointed at, and a bar with what to
 * do. The events themselves are handled by PickMode at the window, before the page sees them.
 */
export function PickLayer({ label, mode, problem }: PickLayerProps) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    bar.current?.focus();
  }, []);
  const { box, text, target } = mode.view;
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
      <div class="pick-bar" data-pick-bar ref={bar} tabIndex={-1} role="dialog" aria-modal="true" aria-label={S.pickRegion}>
        <p class="pick-instruction">{S.pickInstruction(label)}</p>
        <p class={problem ? 'pick-status problem' : 'pick-status'} role="status" aria-live="polite" data-testid="pick-status">
          {problem ?? (target ? S.pickPointing(text) : S.pickNothing)}
        </p>
        <button type="button" class="action" data-action="cancel-pick">
          {S.cancel}
        </button>
      </div>
    </div>
  );
}
