import type { Hint } from '../../lib/hints/types';

/** The whole overlay folded into one small button; it says how many hints wait and how urgent. */
export function Badge({ hints, onOpen }: { hints: readonly Hint[]; onOpen(): void }) {
  const urgent = hints.filter((hint) => hint.severity === 'critical' || hint.severity === 'warning').length;
  const label = `Open Credit Lens: ${hints.length === 1 ? '1 hint' : `${hints.length} hints`}${urgent > 0 ? `, ${urgent} to check` : ''}`;
  return (
    <button type="button" class="badge" data-testid="badge" data-urgent={urgent > 0} aria-label={label} title={label} onClick={onOpen}>
      <span class="logo" aria-hidden="true">◎</span>
      {hints.length > 0 && <span class="badge-count" aria-hidden="true">{hints.length}</span>}
    </button>
  );
}
