import type { Hint } from '../../lib/hints/types';
import { formatMoney } from './format';

const money = (value: number, currency: string | null) => formatMoney(String(value), currency) ?? String(value);

/** Spend toward a spend-match threshold, as a progress bar a screen reader can read. */
export function CreditProgress({ progress }: { progress: NonNullable<Hint['progress']> }) {
  const { current, target, currency } = progress;
  if (!(target > 0) || !Number.isFinite(current)) return null;
  const shown = Math.min(Math.max(current, 0), target);
  const text = `${money(current, currency)} of ${money(target, currency)}`;
  return (
    <div class="progress">
      <div
        class="progress-track"
        role="progressbar"
        aria-label="Spend toward the threshold"
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
