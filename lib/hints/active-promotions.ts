/**
 * "One active promotion at a time" (DOMAIN.md): what the page and the notes show that may already
 * hold the account's promotion slot. Used to warn before a code is entered and to rank rejections.
 */
import { sameOfferName } from '../notes/offer-names';
import { usableTimeZone } from '../credit/calendar';
import { creditStatusOf } from '../credit/credit-state';
import { cleanText } from './format';
import { inScope } from './scope';
import type { CreditState, HintInput } from './types';

export interface ActivePromotion {
  source: 'page' | 'notes';
  name: string;
  /**
   * `active`: a spend-match offer counting spend or waiting for its credit (the page's Earning tab,
   * or an activated offer in the notes). `holding-credit`: credit from a promotion not yet used up,
   * which may or may not block another; weaker evidence.
   */
  strength: 'active' | 'holding-credit';
  offerId?: string;
  state?: CreditState;
}

const ACTIVE_STATES: readonly CreditState[] = ['earning', 'pending', 'overdue'];
const HOLDING_STATES: readonly CreditState[] = ['arrived', 'expiring'];

/**
 * The page's promotions first, then the notes' offers. A noted offer that is one of the page's
 * promotions (by name, lib/notes/offer-names.ts) is listed once, with the notes' offer id.
 */
export function activePromotions(input: HintInput): ActivePromotion[] {
  const found: ActivePromotion[] = [];
  const fromPage: { promotion: ActivePromotion; fullName: string }[] = [];
  for (const promotion of input.reading?.promotions ?? []) {
    const strength = promotion.status === 'earning' ? 'active' : promotion.status === 'available' ? 'holding-credit' : null;
    if (!strength) continue;
    const entry: ActivePromotion = { source: 'page', name: cleanText(promotion.name, 80), strength };
    found.push(entry);
    fromPage.push({ promotion: entry, fullName: promotion.name });
  }
  for (const offer of input.notes.offers) {
    if (offer.status === 'dismissed' || !inScope(input, offer.accountId)) continue;
    const { state } = creditStatusOf(offer, input.observations, input.reading, input.now, usableTimeZone(input.timeZone));
    const activated = state === 'not-started' && offer.activatedOn !== null;
    const strength = ACTIVE_STATES.includes(state) || activated ? 'active' : HOLDING_STATES.includes(state) ? 'holding-credit' : null;
    if (!strength) continue;
    const noted: ActivePromotion = { source: 'notes', name: cleanText(offer.name, 80), strength, offerId: offer.id, state };
    const onPage = fromPage.find((entry) => entry.promotion.offerId === undefined && sameOfferName(entry.fullName, offer.name))?.promotion;
    if (!onPage) found.push(noted);
    // The page's word stands unless the notes know it holds the slot more firmly (Available there, pending here).
    else if (onPage.strength === 'active' || strength === 'holding-credit') onPage.offerId = offer.id;
    else Object.assign(onPage, noted);
  }
  return found;
}
