/**
 * Assignable credit that nothing has been spent from: it is spent only once assigned to at least one
 * campaign (DOMAIN.md, Coupons), so left alone it expires unused. Where to assign it (its row, "View/
 * Assign") and when it expires. Nothing used is how the page shows a credit never assigned; one that
 * is assigned but not yet spent looks the same, so the card says "likely".
 */
import type { Promotion } from '../../reader/reading';
import { endOfDay, usableTimeZone } from '../../credit/calendar';
import { msg } from '../../i18n/message';
import { toAmount } from '../format';
import { money } from '../params';
import { hintId } from '../hint-id';
import { withDetails } from '../summary';

/** Nothing spent from it: no used amount shown, or zero. */
function untouched(promotion: Promotion): boolean {
  return promotion.usedAmount === null || toAmount(promotion.usedAmount) === 0;
}

export const assignableCreditHints = withDetails('assignable-credit', (input) => {
  const page = input.reading;
  if (!page) return [];
  const zone = usableTimeZone(input.timeZone);
  const waiting = page.promotions
    .filter((promotion) => promotion.creditType === 'assignable' && promotion.status !== 'earning' && promotion.status !== 'not-available')
    .filter((promotion) => (toAmount(promotion.amount) ?? 0) > 0 && untouched(promotion))
    .filter((promotion) => {
      const ends = endOfDay(promotion.validUntil, zone);
      return !ends || ends.getTime() > input.now.getTime();
    })
    // The one that expires first is the one to assign first.
    .sort((a, b) => (endOfDay(a.validUntil, zone)?.getTime() ?? Infinity) - (endOfDay(b.validUntil, zone)?.getTime() ?? Infinity));
  const first = waiting[0];
  if (!first) return [];

  const amount = money(first.amount, first.currency ?? page.currency);
  // On the Promotions page its row is shown by its selector; elsewhere (and on cards) found by its name.
  const selector = (page.pageKind === 'promotions' && first.selector) || null;
  return [
    [
      {
        id: hintId('assignable-credit', null, 'not-assigned'),
        kind: 'assignable-credit',
        state: 'not-assigned',
        severity: 'warning',
        title: msg('hint.assignableCredit.title', { amount }),
        mark: msg('hint.assignableCredit.mark', { amount }),
        promotion: { name: first.name, selector },
      },
      { waiting, selector },
    ],
  ];
});
