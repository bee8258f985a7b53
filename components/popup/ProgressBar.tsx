import { msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';

/** Spend toward a threshold. A native <progress> so assistive tech reads the value without help. */
export function ProgressBar({ current, target, currency, label }: { current: number; target: number; currency: string | null; label: string }) {
  const t = useT();
  const shown = Math.max(0, Math.min(current, target));
  const percent = target > 0 ? Math.floor((shown / target) * 100) : 0;
  const money = (n: number) => ({ money: n.toFixed(2), currency });
  const text = t.t(msg('popup.progress', { spent: money(current), threshold: money(target), percent }));
  return (
    <div class="progress">
      <progress max={target} value={shown} aria-label={label} aria-valuetext={text} />
      <span class="progress-text">{text}</span>
    </div>
  );
}
