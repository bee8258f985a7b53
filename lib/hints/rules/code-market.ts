/**
 * A saved code on an account that is likely outside the markets where TikTok offers manual code entry
 * (Vietnam, Japan, Taiwan, Malaysia, Indonesia, Thailand): there may be no "Redeem coupon" for it at
 * all. Says what TikTok says, and what to check instead. coupon-location and the rejection ranking
 * take the same judgement into account (lib/hints/market.ts).
 */
import { msg } from '../../i18n/message';
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
  const currency = market.currency!;
  const facts: HintFact[] = [{ label: msg('fact.accountCurrency'), value: currency }];
  const saved = codesFact(waiting, input.now, input.timeZone);
  if (saved) facts.push(saved);
  return [
    {
      id: hintId('code-market', first.id, 'outside-manual-entry'),
      kind: 'code-market',
      state: 'outside-manual-entry',
      severity: 'info',
      title: msg('hint.codeMarket.title', { currency }),
      explanation: [msg('hint.codeMarket.text', { markets: MANUAL_ENTRY_MARKETS, currency })],
      facts,
      nextStep: { label: msg('hint.codeMarket.step') },
      subject: { type: 'code', id: first.id },
    },
  ];
};
