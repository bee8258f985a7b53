import { useEffect, useState } from 'preact/hooks';
import { msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';
import type { OutlineLayout } from '../../lib/overlay/outline-geometry';
import type { CouponTargetTracker } from './outline-tracker';

/** A CSS length in whole pixels. */
const px = (value: number) => String(Math.round(value)) + 'px';

/**
 * The in-place outline over the page's coupon field (or its opener) and its callout. Drawn in our own
 * shadow root with `position: fixed` and `pointer-events: none`: the page's element is only measured.
 * Only this component re-renders while the page scrolls.
 */
export function CouponOutline({ tracker }: { tracker: CouponTargetTracker }) {
  const t = useT();
  const [layout, setLayout] = useState<OutlineLayout | null>(tracker.current());
  useEffect(() => tracker.subscribe(setLayout), [tracker]);
  if (!layout) return null;
  const { outline, callout } = layout;
  return (
    <>
      <div
        class="coupon-outline"
        data-hint-target="coupon-entry"
        aria-hidden="true"
        style={{ left: px(outline.left), top: px(outline.top), width: px(outline.width), height: px(outline.height) }}
      />
      {callout && (
        <div class="coupon-callout" data-placement={callout.placement} aria-hidden="true" style={{ left: px(callout.left), top: px(callout.top) }}>
          {t.t(msg(tracker.kind === 'opener' ? 'overlay.calloutOpener' : 'overlay.calloutField'))}
        </div>
      )}
    </>
  );
}
