/**
 * A saved code on an account that is likely outside the markets where TikTok offers manual code entry
 * (Vietnam, Japan, Taiwan, Malaysia, Indonesia, Thailand): there may be no "Redeem coupon" for it at
 * all. Says what TikTok says, and what to check instead. coupon-location and the rejection ranking
 * take the same judgement into account (lib/hints/market.ts).
 */
import { msg } from '../../i18n/message';
import { hintId } from '../hint-id';
import { manualEntryMarket } from '../market';
import { codesToActivate } from '../saved-codes';
import { withDetails } from '../summary';

export const codeMarketHints = withDetails('code-market', (input) => {
  const waiting = codesToActivate(input);
  const first = waiting[0];
  if (!first) return [];
  const market = manualEntryMarket(input, input.reading?.accountId ?? first.accountId);
  if (market.fit !== 'outside') return [];
  const currency = market.currency!;
  return [
    [
      {
        id: hintId('code-market', first.id, 'outside-manual-entry'),
        kind: 'code-market',
        state: 'outside-manual-entry',
        severity: 'info',
        title: msg('hint.codeMarket.title', { currency }),
        subject: { type: 'code', id: first.id },
      },
      { currency, waiting },
    ],
  ];
});
