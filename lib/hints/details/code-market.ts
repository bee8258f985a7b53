/** The code-market card's details: the account's currency, the codes waiting, and what TikTok says. */
import type { Code } from '../../notes/schema';
import { msg } from '../../i18n/message';
import { MANUAL_ENTRY_MARKETS } from '../market';
import { codesFact } from '../saved-codes';
import type { DetailsOf, HintFact } from '../types';

export interface CodeMarket {
  /** The currency that places the account outside the manual-entry markets. */
  currency: string;
  waiting: Code[];
}

export const codeMarketDetails: DetailsOf<CodeMarket> = ({ currency, waiting }, input) => {
  const facts: HintFact[] = [{ label: msg('fact.accountCurrency'), value: currency }];
  const saved = codesFact(waiting, input.now, input.timeZone);
  if (saved) facts.push(saved);
  return { explanation: [msg('hint.codeMarket.text', { markets: MANUAL_ENTRY_MARKETS, currency })], facts, nextStep: { label: msg('hint.codeMarket.step') } };
};
