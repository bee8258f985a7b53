/**
 * An error message beside the promo code entry: the likely causes, ranked, with what to check for
 * each and a ready support message (issue 3, item 4). Two steps in two files, so that the Billing
 * module can take the first and load the second only on a page that shows a rejected code
 * (../on-demand.ts): which errors are about a code and what each names, in the installed lexicon
 * (../rejection-message.ts); then the ranking and the cards (../rejection-cards.ts).
 */
import { rejectionCards } from '../rejection-cards';
import { rejectedMessages } from '../rejection-message';
import type { HintRule } from '../types';

export const rejectionHints: HintRule = (input) => rejectionCards(input, rejectedMessages(input.reading));
