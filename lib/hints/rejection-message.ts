/**
 * A rejected code on the page: the error messages beside the promo code entry, and the causes each
 * names in every installed lexicon language. This is all the Billing module works out itself (it
 * decides whether the page shows a rejected code at all); the ranking and the cards
 * (./rejection-causes.ts, ./rejection-cards.ts) take these matches as they are, so `parts.js`, which
 * brings them when a page first shows one (./on-demand.ts), carries no lexicon of its own.
 */
import { matchConcepts, type Concept, type LanguageCode } from '../lexicon';
import type { BillingReading, PageMessage } from '../reader/reading';
import type { RejectionCause } from '../notes/schema';
import { cleanText } from './format';

export const MESSAGE_CONCEPTS = ['msgExpired', 'msgAlreadyUsed', 'msgNotEligible', 'msgPromotionActive', 'msgInvalidCode', 'msgGenericError'] as const;
type MessageConcept = (typeof MESSAGE_CONCEPTS)[number];

const CAUSE_OF: Record<MessageConcept, RejectionCause> = {
  msgExpired: 'expired',
  msgAlreadyUsed: 'already-used',
  msgNotEligible: 'not-eligible',
  msgPromotionActive: 'promotion-active',
  msgInvalidCode: 'invalid',
  msgGenericError: 'unknown',
};

export interface MessageCause {
  cause: RejectionCause;
  concept: Concept;
  lang: LanguageCode;
  phrase: string;
  exact: boolean;
}

/** The causes the message itself names, in the lexicon's order of confidence (exact, then longer phrases). */
export function classifyRejection(text: string): MessageCause[] {
  if (typeof text !== 'string' || !text.trim()) return [];
  const seen = new Set<RejectionCause>();
  const causes: MessageCause[] = [];
  for (const match of matchConcepts(text.slice(0, 2000), MESSAGE_CONCEPTS)) {
    const cause = CAUSE_OF[match.concept as MessageConcept];
    if (!cause || seen.has(cause)) continue;
    seen.add(cause);
    causes.push({ cause, concept: match.concept, lang: match.lang, phrase: match.phrase, exact: match.exact });
  }
  // A specific cause explains the failure better than "failed" / "error" beside it.
  const specific = causes.filter((c) => c.cause !== 'unknown');
  return specific.length > 0 ? [...specific, ...causes.filter((c) => c.cause === 'unknown')] : causes;
}

/** One error message the page shows for a code, as the card quotes it, with the causes it names. */
export interface RejectedMessage {
  text: string;
  named: MessageCause[];
}

/** A page rarely shows more than one; more are the same failure retold. */
const MAX_MESSAGES = 3;

function nearCouponEntry(message: PageMessage): boolean {
  return message.kind === 'error' && (message.nearCouponEntry || message.source === 'coupon-entry' || message.source === 'invalid-field');
}

/** The page's errors about a code, each once; none when there is no page or no such error. */
export function rejectedMessages(page: BillingReading | null): RejectedMessage[] {
  if (!page) return [];
  const texts = [...new Set(page.messages.filter(nearCouponEntry).map((m) => cleanText(m.text, 500)).filter(Boolean))].slice(0, MAX_MESSAGES);
  return texts.map((text) => ({ text, named: classifyRejection(text) }));
}
