import { msg } from '../../lib/i18n/message';
import type { Translator } from '../../lib/i18n/translate';

/** The popup's words for spend toward a threshold ("$125.00 of $500.00 (25%)"). */
export function progressWords(t: Translator, current: number, target: number, currency: string | null): string {
  const shown = Math.max(0, Math.min(current, target));
  const percent = target > 0 ? Math.floor((shown / target) * 100) : 0;
  const money = (n: number) => ({ money: n.toFixed(2), currency });
  return t.t(msg('popup.progress', { spent: money(current), threshold: money(target), percent }));
}
