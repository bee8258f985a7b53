import type { CreditStatus } from '../../lib/credit/credit-state';
import type { CreditState } from '../../lib/hints/types';
import type { Offer } from '../../lib/notes/schema';
import { formatAmount } from '../money';
import { ConfirmDelete } from './ConfirmDelete';
import { Text } from '../i18n/i18n';
import type { Deadline } from './deadlines';
import { ProgressBar } from './ProgressBar';

const STATE_LABELS: Record<CreditState, string> = {
  'not-started': 'No qualifying spend seen yet',
  earning: 'Earning',
  pending: 'Threshold reached: credit pending',
  overdue: 'Credit late',
  arrived: 'Credit arrived',
  expiring: 'Credit expiring soon',
  expired: 'Expired',
  'used-up': 'Used up',
};

export function OfferCard({
  offer,
  status,
  deadline,
  onEdit,
  onDelete,
}: {
  offer: Offer;
  status: CreditStatus;
  deadline: Deadline | null;
  onEdit: () => void;
  onDelete: () => Promise<void>;
}) {
  const money = (value: string) => formatAmount(value, offer.currency);
  const showProgress = (status.state === 'earning' || status.state === 'not-started') && status.threshold !== null && status.spent !== null;
  return (
    <li class="card" data-testid="offer" data-offer-id={offer.id} data-state={status.state}>
      <div class="card-head">
        <h3 class="card-title">{offer.name}</h3>
        <span class={`state state-${status.state}`}>{offer.status === 'dismissed' ? 'Not pursuing' : STATE_LABELS[status.state]}</span>
      </div>
      <p class="card-sub">
        Spend {money(offer.threshold)}
        {offer.creditAmount ? `, get ${money(offer.creditAmount)}` : ''}
      </p>
      {deadline && (
        <p class={`countdown tone-${deadline.tone}`} data-testid="countdown">
          <Text msg={deadline.text} />
        </p>
      )}
      {showProgress && <ProgressBar current={status.spent!} target={status.threshold!} currency={offer.currency} label={`Spend toward ${offer.name}`} />}
      <div class="card-actions">
        <button type="button" class="quiet" onClick={onEdit} aria-label={`Edit offer ${offer.name}`}>
          Edit
        </button>
        <ConfirmDelete what={`offer “${offer.name}”`} onDelete={onDelete} />
      </div>
    </li>
  );
}
