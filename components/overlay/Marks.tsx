import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { msg } from '../../lib/i18n/message';
import type { Mark } from '../../lib/overlay/marks';
import { Text, useT } from '../i18n/i18n';
import { CreditProgress } from './CreditProgress';
import type { MarkPlaces, MarkTracker } from './mark-tracker';
import { preloadParts } from './parts/load';

const px = (value: number) => String(Math.round(value)) + 'px';

/**
 * The marks beside the page's own values: buttons in our shadow root, `position: fixed` at the places
 * the tracker found (never over the value's text; no place, no mark). Pressing one opens its card in
 * the dock. Only this component re-renders while the page scrolls.
 */
export function Marks({ marks, tracker, onOpen }: { marks: readonly Mark[]; tracker: MarkTracker; onOpen(hintId: string): void }) {
  const t = useT();
  const [places, setPlaces] = useState<MarkPlaces>(tracker.current());
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => tracker.subscribe(setPlaces), [tracker]);
  useEffect(() => tracker.setMarks(marks), [tracker, marks]);
  // The marks' own sizes (their words depend on the language), for choosing a place they fit in.
  useLayoutEffect(() => {
    const sizes = new Map<string, { width: number; height: number }>();
    for (const button of group.current?.querySelectorAll<HTMLElement>('[data-mark-id]') ?? []) {
      sizes.set(button.dataset.markId!, { width: button.offsetWidth, height: button.offsetHeight });
    }
    tracker.setSizes(sizes);
  });
  if (marks.length === 0) return null;
  return (
    <div ref={group} class="marks" role="group" aria-label={t.t(msg('overlay.mark.group'))}>
      {marks.map((mark) => {
        const place = places.get(mark.id);
        return (
          <button
            type="button"
            key={mark.id}
            class="mark"
            data-testid="mark"
            data-mark={mark.kind}
            data-mark-id={mark.id}
            data-severity={mark.severity}
            data-placed={place ? 'true' : 'false'}
            data-placement={place?.placement}
            // Not placed yet (or no room): laid out for measuring only, out of sight and out of the Tab order.
            tabIndex={place ? 0 : -1}
            aria-hidden={place ? undefined : 'true'}
            style={place ? { left: px(place.left), top: px(place.top) } : undefined}
            // Pressing it shows its card, which comes with the parts: they start loading on the way there.
            onPointerEnter={preloadParts}
            onFocus={preloadParts}
            onClick={() => onOpen(mark.hintId)}
          >
            <span class="mark-text">
              <span class="severity" aria-hidden="true" />
              <Text msg={mark.text} />
            </span>
            {mark.progress && <CreditProgress progress={mark.progress} decorative />}
            {/* Its name is what it shows (speech and sight agree), then what pressing it does. */}
            <span class="visually-hidden"> {t.t(msg('overlay.mark.openHint'))}</span>
          </button>
        );
      })}
    </div>
  );
}
