import type { PageSummary } from '../../lib/messages';
import { sameOfferName } from '../../lib/notes/offer-names';
import type { Offer } from '../../lib/notes/schema';
import type { Promotion } from '../../lib/reader/reading';
import { formatAmount } from '../money';

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

/** The open page's account is not in the notes yet: one click adds it, filled in from the page. */
export function AddPageAccountPrompt({ summary, onAdd }: { summary: PageSummary; onAdd: () => void }) {
  return (
    <div class="prompt" data-testid="add-page-account">
      <p>
        Your open Ads Manager page shows account <span class="mono">{summary.accountId}</span>, which is not in your notes.
      </p>
      <button type="button" class="primary" onClick={onAdd}>
        Add this account
      </button>
    </div>
  );
}

/** The page lists a promotion the notes lack: offer to track it, prefilled from the page. */
export function TrackOfferPrompt({ promotions, onTrack }: { promotions: readonly Promotion[]; onTrack: (promotion: Promotion) => void }) {
  if (promotions.length === 0) return null;
  return (
    <ul class="prompt-list" aria-label="Promotions on the page you do not track yet">
      {promotions.map((promotion) => (
        <li class="prompt" key={promotion.name} data-testid="track-offer-prompt">
          <p>
            The page shows “{promotion.name}” ({promotion.status === 'earning' ? 'earning' : 'available'}
            {promotion.amount ? `, ${formatAmount(promotion.amount, promotion.currency)}` : ''}).
          </p>
          <button type="button" onClick={() => onTrack(promotion)} aria-label={`Track this offer: ${promotion.name}`}>
            Track this offer
          </button>
        </li>
      ))}
    </ul>
  );
}
