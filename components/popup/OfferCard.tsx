import type { CreditStatus } from '../../lib/credit/credit-state';
import type { CreditState } from '../../lib/hints/types';
import { msg, type Msg } from '../../lib/i18n/message';
import type { Offer } from '../../lib/notes/schema';
import { Text, useT } from '../i18n/i18n';
import { ConfirmDelete } from './ConfirmDelete';
import type { Deadline } from './deadlines';
import { ProgressBar } from '../ProgressBar';
import { progressWords } from './progress-words';

const STATE_LABELS: Record<CreditState, Msg> = {
  'not-started': msg('offerTag.notStarted'),
  earning: msg('offerTag.earning'),
  pending: msg('offerTag.pending'),
  overdue: msg('offerTag.overdue'),
  arrived: msg('offerTag.arrived'),
  expiring: msg('offerTag.expiring'),
  expired: msg('offerTag.expired'),
  'used-up': msg('offerTag.usedUp'),
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
  const t = useT();
  const money = (value: string) => ({ money: value, currency: offer.currency });
  const name = offer.name;
  const showProgress = (status.state === 'earning' || status.state === 'not-started') && status.threshold !== null && status.spent !== null;
  return (
    <li class="card" data-testid="offer" data-offer-id={offer.id} data-state={status.state}>
      <div class="card-head">
        <h3 class="card-title">
          <bdi>{name}</bdi>
        </h3>
        <span class={`state state-${status.state}`}>{t.t(offer.status === 'dismissed' ? msg('popup.notPursuing') : STATE_LABELS[status.state])}</span>
      </div>
      <p class="card-sub">
        <Text
          msg={
            offer.creditAmount
              ? msg('popup.offerTermsCredit', { threshold: money(offer.threshold), credit: money(offer.creditAmount) })
              : msg('popup.offerTerms', { threshold: money(offer.threshold) })
          }
        />
      </p>
      {deadline && (
        <p class={`countdown tone-${deadline.tone}`} data-testid="countdown">
          <Text msg={deadline.text} />
        </p>
      )}
      {showProgress && (
        <ProgressBar current={status.spent!} target={status.threshold!} label={t.t(msg('popup.spendToward', { name }))} text={progressWords(t, status.spent!, status.threshold!, offer.currency)} />
      )}
      <div class="card-actions">
        <button type="button" class="quiet" onClick={onEdit} aria-label={t.t(msg('popup.editOffer', { name }))}>
          {t.t(msg('common.edit'))}
        </button>
        <ConfirmDelete
          words={{ label: msg('popup.deleteOffer', { name }), confirm: msg('popup.deleteOfferConfirm', { name }), question: msg('popup.deleteOfferQuestion', { name }) }}
          onDelete={onDelete}
        />
      </div>
    </li>
  );
}
