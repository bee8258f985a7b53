import { Text } from './i18n/i18n';
import type { Msg } from '../lib/i18n/message';

/**
 * Spend toward a threshold, and the time left to reach it: the popup's offer cards, the overlay's hint
 * cards and its marks draw the same bar. A native <progress>, so assistive tech reads the value without
 * help; the surface gives the words (each surface loads only its own messages).
 */
export function ProgressBar({
  current,
  target,
  label,
  text,
  left = null,
  decorative = false,
}: {
  current: number;
  target: number;
  label: string;
  text: string;
  left?: Msg | null;
  /** Inside a button (a mark): the bar is a picture, the words beside it say it. */
  decorative?: boolean;
}) {
  if (!(target > 0) || !Number.isFinite(current)) return null;
  const shown = Math.max(0, Math.min(current, target));
  return (
    <span class="progress">
      {decorative ? <progress max={target} value={shown} aria-hidden="true" /> : <progress max={target} value={shown} aria-label={label} aria-valuetext={text} />}
      <span class="progress-text">
        {text}
        {left && (
          <>
            {' · '}
            <span class="progress-left">
              <Text msg={left} />
            </span>
          </>
        )}
      </span>
    </span>
  );
}
