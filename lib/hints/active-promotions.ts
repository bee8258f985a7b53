/**
 * "One active promotion at a time" (DOMAIN.md): what the page and the notes show that may already
 * hold the account's promotion slot. Used to warn before a code is entered and to rank rejections.
 */
import { creditStatusOf } from './credit-status';
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

export function activePromotions(input: HintInput): ActivePromotion[] {
  const found: ActivePromotion[] = [];
  for (const promotion of input.reading?.promotions ?? []) {
    if (promotion.status === 'earning') found.push({ source: 'page', name: cleanText(promotion.name, 80), strength: 'active' });
    else if (promotion.status === 'available') found.push({ source: 'page', name: cleanText(promotion.name, 80), strength: 'holding-credit' });
  }
  for (const offer of input.notes.offers) {
    if (offer.status === 'dismissed' || !inScope(input, offer.accountId)) continue;
    const { state } = creditStatusOf(offer, input.observations, input.reading, input.now, input.timeZone);
    const activated = state === 'not-started' && offer.activatedOn !== null;
    const strength = ACTIVE_STATES.includes(state) || activated ? 'active' : HOLDING_STATES.includes(state) ? 'holding-credit' : null;
    if (strength) found.push({ source: 'notes', name: cleanText(offer.name, 80), strength, offerId: offer.id, state });
  }
  return found;
}
