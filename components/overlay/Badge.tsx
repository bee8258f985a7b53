import type { Hint } from '../../lib/hints/types';
import { msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';

/** The whole overlay folded into one small button; it says how many hints wait and how urgent. */
export function Badge({ hints, onOpen }: { hints: readonly Hint[]; onOpen(): void }) {
  const t = useT();
  const urgent = hints.filter((hint) => hint.severity === 'critical' || hint.severity === 'warning').length;
  const label = t.t(urgent > 0 ? msg('overlay.badgeLabelUrgent', { count: hints.length, urgent }) : msg('overlay.badgeLabel', { count: hints.length }));
  return (
    <button type="button" class="badge" data-testid="badge" data-urgent={urgent > 0} aria-label={label} title={label} onClick={onOpen}>
      <span class="logo" aria-hidden="true">◎</span>
      {hints.length > 0 && <span class="badge-count" aria-hidden="true">{hints.length}</span>}
    </button>
  );
}
