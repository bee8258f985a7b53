/**
 * No promo code entry on this page: say where it is (Finance > Payment, "Redeem coupon", upper right)
 * and link to that page for the same ad account (issue 3, item 3).
 */
import { cleanText, formatterFor } from '../format';
import { MANUAL_ENTRY_MARKETS, manualEntryMarket } from '../market';
import { hintId } from '../hint-id';
import { paymentPageUrl } from '../links';
import { codesFact, codesToActivate } from '../saved-codes';
import type { HintFact, HintRule, NextStep } from '../types';

const TIKTOK_HOSTS = new Set(['ads.tiktok.com', 'business.tiktok.com']);

/** The page's own link, as the next step, when it leads to a TikTok page. */
function linkStep(link: { label: string; url: string } | null, label: string): NextStep | null {
  if (!link) return null;
  try {
    const url = new URL(link.url);
    return url.protocol === 'https:' && TIKTOK_HOSTS.has(url.hostname) ? { label: `Open "${label}"`, action: { type: 'open-url', url: url.href } } : null;
  } catch {
    return null;
  }
}

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
  // A link that says it redeems a code opens another page: name it and where it leads, never call it a button.
  const link = page.couponEntry.link ?? null;
  const linkLabel = link ? cleanText(link.label, 80) : '';
  if (link) facts.push({ label: 'Link on this page', value: `${linkLabel} (opens ${cleanText(link.url, 200)})` });
  // With a code saved, an account likely outside the manual-entry markets may have no code entry at all.
  const market = waiting.length > 0 ? manualEntryMarket(input, page.accountId) : null;
  if (market?.fit === 'outside') facts.push({ label: 'Manual entry', value: `Self-service accounts in ${MANUAL_ENTRY_MARKETS}` });
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
        (url ? '' : ' Open the ad account in Ads Manager first: this page does not say which account it is.') +
        (link ? ` "${linkLabel}" on this page is a link, not a button: it opens another page, ${cleanText(link.url, 200)}.` : '') +
        (market?.fit === 'outside'
          ? ` TikTok's Help Center says codes are entered by hand only by self-service accounts in ${MANUAL_ENTRY_MARKETS}; this account bills in ${market.currency}, so it is likely elsewhere and may have no code entry: check the offer's terms for how its credit is applied.`
          : ''),
      facts,
      nextStep: linkStep(link, linkLabel) ?? (url ? { label: 'Open Finance > Payment for this account', action: { type: 'open-url', url } } : { label: 'In Ads Manager: Finance > Payment' }),
    },
  ];
};
