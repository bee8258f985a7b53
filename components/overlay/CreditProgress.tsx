import type { Hint } from '../../lib/hints/types';
import { msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';

/** Spend toward a spend-match threshold, as a progress bar a screen reader can read. */
export function CreditProgress({ progress }: { progress: NonNullable<Hint['progress']> }) {
  const t = useT();
  const { current, target, currency } = progress;
  if (!(target > 0) || !Number.isFinite(current)) return null;
  const shown = Math.min(Math.max(current, 0), target);
  const text = t.t(msg('overlay.progressText', { spent: { money: current, currency }, threshold: { money: target, currency } }));
  return (
    <div class="progress">
      <div
        class="progress-track"
        role="progressbar"
        aria-label={t.t(msg('overlay.progressLabel'))}
        aria-valuemin={0}
        aria-valuemax={target}
        aria-valuenow={shown}
        aria-valuetext={text}
      >
        <div class="progress-fill" style={{ width: `${(shown / target) * 100}%` }} />
      </div>
      <span class="progress-text">{text}</span>
    </div>
  );
}
