/**
 * A saved code on an account that is likely outside the markets where TikTok offers manual code entry
 * (Vietnam, Japan, Taiwan, Malaysia, Indonesia, Thailand): there may be no "Redeem coupon" for it at
 * all. Says what TikTok says, and what to check instead. coupon-location and the rejection ranking
 * take the same judgement into account (lib/hints/market.ts).
 */
import { formatterFor } from '../format';
import { hintId } from '../hint-id';
import { MANUAL_ENTRY_MARKETS, manualEntryMarket } from '../market';
import { codesFact, codesToActivate } from '../saved-codes';
import type { HintFact, HintRule } from '../types';

export const codeMarketHints: HintRule = (input) => {
  const waiting = codesToActivate(input);
  const first = waiting[0];
  if (!first) return [];
  const market = manualEntryMarket(input, input.reading?.accountId ?? first.accountId);
  if (market.fit !== 'outside') return [];
  const facts: HintFact[] = [{ label: 'Account currency', value: market.currency! }];
  const saved = codesFact(waiting, formatterFor(input.timeZone), input.now, input.timeZone);
  if (saved) facts.push(saved);
  return [
    {
      id: hintId('code-market', first.id, 'outside-manual-entry'),
      kind: 'code-market',
      state: 'outside-manual-entry',
      severity: 'info',
      title: `Codes are entered by hand only in 6 markets; this ${market.currency} account is likely outside them`,
      explanation:
        `TikTok's Help Center says manually entered promo codes ("Redeem coupon", then "Activate") are for self-service accounts in ${MANUAL_ENTRY_MARKETS}. ` +
        `This account bills in ${market.currency}, so there may be no place to enter the code. Check the offer's terms for how its credit reaches the account, or ask Ads Manager support with the code.`,
      facts,
      nextStep: { label: "Check the offer's terms, then Ads Manager support" },
      subject: { type: 'code', id: first.id },
    },
  ];
};
