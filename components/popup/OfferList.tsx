import { useState } from 'preact/hooks';
import { creditStatusOf } from '../../lib/credit/credit-state';
import { msg } from '../../lib/i18n/message';
import type { Observation, Offer } from '../../lib/notes/schema';
import type { BillingReading } from '../../lib/reader/reading';
import { useT } from '../i18n/i18n';
import { CountedTitle } from './CountedTitle';
import { OfferCard } from './OfferCard';
import type { Ranked } from './ranking';
import { FIRST_ITEMS, ShowMore } from './ShowMore';

export function OfferList({
  offers,
  observations,
  reading,
  now,
  onAdd,
  onEdit,
  onDelete,
}: {
  offers: readonly Ranked<Offer>[];
  observations: readonly Observation[];
  reading: BillingReading | null;
  now: Date;
  onAdd: () => void;
  onEdit: (offer: Offer) => void;
  onDelete: (offer: Offer) => Promise<void>;
}) {
  const t = useT();
  const [all, setAll] = useState(false);
  const shown = all ? offers : offers.slice(0, FIRST_ITEMS);
  // The zone the popup's words are in, asked of Intl once for the popup: asking per card ("Show all"
  // on 200 offers) spent 34 of its 97 ms of script.
  const timeZone = t.timeZone;
  return (
    <section class="section" aria-labelledby="offers-title">
      <div class="section-head">
        <h2 id="offers-title" class="section-title">
          <CountedTitle message={msg('popup.offersTitle', { count: offers.length })} />
        </h2>
        <button type="button" data-testid="add-offer" onClick={onAdd}>
          {t.t(msg('popup.addOffer'))}
        </button>
      </div>
      {offers.length === 0 ? (
        <p class="empty">{t.t(msg('popup.noOffers'))}</p>
      ) : (
        <ul class="cards" data-testid="offer-list">
          {shown.map(({ item: offer, deadline }) => (
            <OfferCard
              key={offer.id}
              offer={offer}
              // Only for the cards on screen: it walks the account's observations for each offer.
              status={creditStatusOf(offer, observations, reading, now, timeZone)}
              deadline={deadline}
              onEdit={() => onEdit(offer)}
              onDelete={() => onDelete(offer)}
            />
          ))}
        </ul>
      )}
      <ShowMore shown={shown.length} total={offers.length} list="offers" onShowAll={() => setAll(true)} />
    </section>
  );
}
