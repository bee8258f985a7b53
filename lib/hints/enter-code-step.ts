/**
 * The step of a card about entering a saved code: the page's own field when this page has one for the
 * code's account, else that account's Finance > Payment page. The code rides along to copy: codes typed
 * by hand get mistyped. Only for a code that may still be entered (the cards' rules decide).
 * Its own module, beside ./enter-code.ts, so it loads with the cards' details, not at first paint.
 */
import type { Code } from '../notes/schema';
import { msg } from '../i18n/message';
import { paymentPageUrl } from '../reader/page-kind';
import type { HintInput, NextStep } from './types';

export function enterCodeStep(input: HintInput, { accountId, code }: Code): NextStep {
  const page = input.reading;
  if (page && page.couponEntry.kind !== 'none' && page.accountId === accountId) {
    return { label: msg('step.showWhereToEnter'), action: { type: 'scroll-to-coupon-entry' }, code };
  }
  const url = paymentPageUrl(accountId);
  return url ? { label: msg('step.openPayment'), action: { type: 'open-url', url }, code } : { label: msg('step.inAdsManager'), code };
}
