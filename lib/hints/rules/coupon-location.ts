/**
 * No promo code entry on this page: say where it is (Finance > Payment, "Redeem coupon", upper right)
 * and link to that page for the same ad account (issue 3, item 3).
 */
import { msg } from '../../i18n/message';
import { hintId } from '../hint-id';
import { paymentPageUrl } from '../links';
import { codesFact, codesToActivate } from '../saved-codes';
import type { HintFact, HintRule } from '../types';

export const WHERE_CODES_GO = msg('factValue.whereCodesGo');

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
  const facts: HintFact[] = [{ label: msg('fact.where'), value: { msg: WHERE_CODES_GO } }];
  const saved = codesFact(waiting, input.now, input.timeZone);
  if (saved) facts.push(saved);
  return [
    {
      id: hintId('coupon-location', null, state),
      kind: 'coupon-location',
      state,
      severity: 'info',
      title: msg(onPaymentPage ? 'hint.couponLocation.notFoundTitle' : 'hint.couponLocation.whereTitle'),
      explanation: [
        msg(onPaymentPage ? 'hint.couponLocation.notFoundText' : businessCenter ? 'hint.couponLocation.businessCenterText' : 'hint.couponLocation.elsewhereText'),
        ...(url ? [] : [msg('hint.couponLocation.noAccount')]),
      ],
      facts,
      nextStep: url ? { label: msg('hint.couponLocation.openStep'), action: { type: 'open-url', url } } : { label: msg('step.inAdsManager') },
    },
  ];
};
