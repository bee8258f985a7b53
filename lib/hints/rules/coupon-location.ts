/**
 * No promo code entry on this page: say where it is (Finance > Payment, "Redeem coupon", upper right)
 * and link to that page for the same ad account (issue 3, item 3).
 */
import { msg } from '../../i18n/message';
import { hintId } from '../hint-id';
import { codesToActivate } from '../saved-codes';
import { withDetails } from '../summary';

export const couponLocationHints = withDetails('coupon-location', (input) => {
  const page = input.reading;
  if (!page || page.pageKind === 'other' || page.couponEntry.kind !== 'none') return [];
  const waiting = codesToActivate(input);
  // The payment page is where the entry should be, so its absence is news; elsewhere it only matters with a code to enter.
  const onPaymentPage = page.pageKind === 'payment';
  if (!onPaymentPage && waiting.length === 0 && !input.typedCode) return [];
  const state = onPaymentPage ? 'not-found' : 'elsewhere';
  const title = msg(onPaymentPage ? 'hint.couponLocation.notFoundTitle' : 'hint.couponLocation.whereTitle');
  return [[{ id: hintId('coupon-location', null, state), kind: 'coupon-location', state, severity: 'info', title }, { page, waiting }]];
});
