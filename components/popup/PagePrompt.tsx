import { msg } from '../../lib/i18n/message';
import type { PageSummary } from '../../lib/messages';
import { sameOfferName } from '../../lib/notes/offer-names';
import type { Offer } from '../../lib/notes/schema';
import type { Promotion } from '../../lib/reader/reading';
import { Text, useT } from '../i18n/i18n';

/** Promotions the page lists as earning or available that the notes do not track yet (matched by name). */
export function untrackedPromotions(summary: PageSummary | null, offers: readonly Offer[]): Promotion[] {
  const reading = summary?.reading;
  if (!reading || !summary.accountId) return [];
  const tracked = offers.filter((offer) => offer.accountId === summary.accountId).map((offer) => offer.name);
  return reading.promotions.filter(
    (promotion) =>
      (promotion.status === 'earning' || promotion.status === 'available') &&
      promotion.name.trim() !== '' &&
      !tracked.some((name) => sameOfferName(name, promotion.name)),
  );
}

/** "The page shows “New advertiser offer” (earning, $50.00)." */
function untrackedText(promotion: Promotion) {
  const name = promotion.name;
  const earning = promotion.status === 'earning';
  if (!promotion.amount) return msg(earning ? 'popup.untrackedEarning' : 'popup.untrackedAvailable', { name });
  const amount = { money: promotion.amount, currency: promotion.currency };
  return msg(earning ? 'popup.untrackedEarningAmount' : 'popup.untrackedAvailableAmount', { name, amount });
}

/** No accounts in the notes and no Ads Manager page open: where to go, or add one by its ID right here. */
export function NoAccountsPrompt({ onAdd }: { onAdd: () => void }) {
  const t = useT();
  return (
    <div class="prompt">
      <p data-testid="no-accounts">{t.t(msg('popup.noAccounts'))}</p>
      <button type="button" data-testid="add-account" onClick={onAdd}>
        {t.t(msg('popup.addAccount'))}
      </button>
    </div>
  );
}

/** The open page's account is not in the notes yet: one click adds it, filled in from the page. */
export function AddPageAccountPrompt({ summary, onAdd }: { summary: PageSummary; onAdd: () => void }) {
  const t = useT();
  return (
    <div class="prompt" data-testid="add-page-account">
      <p>
        {t.parts(msg('popup.pageAccountPrompt', { account: summary.accountId ?? '' })).map((part, index) =>
          part.param ? (
            <bdi key={index} class="mono">
              {part.text}
            </bdi>
          ) : (
            part.text
          ),
        )}
      </p>
      <button type="button" class="primary" onClick={onAdd}>
        {t.t(msg('popup.addThisAccount'))}
      </button>
    </div>
  );
}

/** The page lists a promotion the notes lack: offer to track it, prefilled from the page. */
export function TrackOfferPrompt({ promotions, onTrack }: { promotions: readonly Promotion[]; onTrack: (promotion: Promotion) => void }) {
  const t = useT();
  if (promotions.length === 0) return null;
  return (
    <ul class="prompt-list" aria-label={t.t(msg('popup.untrackedList'))}>
      {promotions.map((promotion) => (
        <li class="prompt" key={promotion.name} data-testid="track-offer-prompt">
          <p>
            <Text msg={untrackedText(promotion)} />
          </p>
          <button type="button" onClick={() => onTrack(promotion)} aria-label={t.t(msg('popup.trackOfferLabel', { name: promotion.name }))}>
            {t.t(msg('popup.trackOffer'))}
          </button>
        </li>
      ))}
    </ul>
  );
}
