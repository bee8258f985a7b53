import { Text } from './i18n/i18n';
import type { Msg } from '../lib/i18n/message';
import { barValue } from './progress-value';

/**
 * Spend toward a threshold, and the time left to reach it: the popup's offer cards and the overlay's hint
 * cards draw the same bar (the marks draw it in plain DOM: components/overlay/plain/progress.ts). A
 * native <progress>, so assistive tech reads the value without help; the surface gives the words (each
 * surface loads only its own messages).
 */
export function ProgressBar({
  current,
  target,
  label,
  text,
  left = null,
}: {
  current: number;
  target: number;
  label: string;
  text: string;
  left?: Msg | null;
}) {
  const shown = barValue(current, target);
  if (shown === null) return null;
  return (
    <span class="progress">
      <progress max={target} value={shown} aria-label={label} aria-valuetext={text} />
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
