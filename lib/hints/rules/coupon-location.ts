/**
 * No promo code entry on this page: say where it is (Finance > Payment, "Redeem coupon", upper right)
 * and link to that page for the same ad account (issue 3, item 3).
 */
import { formatterFor } from '../format';
import { hintId } from '../hint-id';
import { paymentPageUrl } from '../links';
import { codesFact, codesToActivate } from '../saved-codes';
import type { HintFact, HintRule } from '../types';

export const WHERE_CODES_GO = 'Finance > Payment, Redeem coupon, upper right';

export const couponLocationHints: HintRule = (input) => {
  const page = input.reading;
  if (!page || page.pageKind === 'other' || page.couponEntry.kind !== 'none') return [];
  const waiting = codesToActivate(input);
  // The payment page is where the entry should be, so its absence is news; elsewhere it only matters with a code to enter.
  const onPaymentPage = page.pageKind === 'payment';
  if (!onPaymentPage && waiting.length === 0 && !input.typedCode) return [];
  const state = onPaymentPage ? 'not-found' : 'elsewhere';
  // `aadvid` is the ad account on both hosts; Business Center's org_id never stands in for it.
  const url = paymentPageUrl(page.accountId);
  const businessCenter = page.pageKind === 'bc-payment' || page.pageKind === 'bc-billing';
  const facts: HintFact[] = [{ label: 'Where', value: WHERE_CODES_GO }];
  const saved = codesFact(waiting, formatterFor(input.timeZone), input.now, input.timeZone);
  if (saved) facts.push(saved);
  return [
    {
      id: hintId('coupon-location', null, state),
      kind: 'coupon-location',
      state,
      severity: 'info',
      title: onPaymentPage ? 'Promo code entry not found on this page' : 'Where to enter a promo code',
      explanation:
        (onPaymentPage
          ? 'Credit Lens did not find the promo code entry here. It is usually under Finance > Payment: "Redeem coupon" in the upper right, then Activate.'
          : businessCenter
            ? 'Codes are entered in Ads Manager for the ad account: Finance > Payment, "Redeem coupon" in the upper right, then Activate.'
            : 'Codes are entered under Finance > Payment: "Redeem coupon" in the upper right, then Activate.') +
        (url ? '' : ' Open the ad account in Ads Manager first: this page does not say which account it is.'),
      facts,
      nextStep: url ? { label: 'Open Finance > Payment for this account', action: { type: 'open-url', url } } : { label: 'In Ads Manager: Finance > Payment' },
    },
  ];
};
