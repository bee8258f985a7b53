/**
 * One card per tracked spend-match offer of the page's account: where the credit stands and the one
 * thing to do next (issue 3, item 2). Its summary and its details live apart (../credit-status-card.ts,
 * ../credit-status-details.ts) so the Billing module can take the details with the open dock's body.
 */
import { creditStatusRule } from '../credit-status-card';
import { creditDetails } from '../credit-status-details';

export const creditStatusHints = creditStatusRule(creditDetails);
