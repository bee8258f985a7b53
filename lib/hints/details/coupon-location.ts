/**
 * The coupon-location card's details: where codes go, the codes waiting, the page's own link to
 * redeem one, and the link to the Payment page of the same ad account.
 */
import type { Code } from '../../notes/schema';
import type { BillingReading } from '../../reader/reading';
import { msg } from '../../i18n/message';
import { cleanText } from '../format';
import { MANUAL_ENTRY_MARKETS, manualEntryMarket } from '../market';
import { paymentPageUrl } from '../../reader/page-kind';
import { codesFact } from '../saved-codes';
import type { DetailsOf, HintFact, NextStep } from '../types';

export interface CouponLocation {
  page: BillingReading;
  /** The account's codes still to activate. */
  waiting: Code[];
}

const TIKTOK_HOSTS = new Set(['ads.tiktok.com', 'business.tiktok.com']);

/** The page's own link, as the next step, when it leads to a TikTok page. */
function linkStep(link: { label: string; url: string } | null, label: string): NextStep | null {
  if (!link) return null;
  try {
    const url = new URL(link.url);
    return url.protocol === 'https:' && TIKTOK_HOSTS.has(url.hostname) ? { label: msg('hint.couponLocation.openLinkStep', { label }), action: { type: 'open-url', url: url.href } } : null;
  } catch {
    return null;
  }
}

export const WHERE_CODES_GO = msg('factValue.whereCodesGo');

export const couponLocationDetails: DetailsOf<CouponLocation> = ({ page, waiting }, input) => {
  // `aadvid` is the ad account on both hosts; Business Center's org_id never stands in for it.
  const url = paymentPageUrl(page.accountId);
  const businessCenter = page.pageKind === 'bc-payment' || page.pageKind === 'bc-billing';
  const facts: HintFact[] = [{ label: msg('fact.where'), value: { msg: WHERE_CODES_GO } }];
  const saved = codesFact(waiting, input.now, input.timeZone);
  if (saved) facts.push(saved);
  // A link that says it redeems a code opens another page: name it and where it leads, never call it a button.
  const link = page.couponEntry.link ?? null;
  const linkLabel = link ? cleanText(link.label, 80) : '';
  const linkUrl = link ? cleanText(link.url, 200) : '';
  if (link) facts.push({ label: msg('fact.linkOnPage'), value: { msg: msg('factValue.linkOpens', { label: linkLabel, url: linkUrl }) } });
  // With a code saved, an account likely outside the manual-entry markets may have no code entry at all.
  const market = waiting.length > 0 ? manualEntryMarket(input, page.accountId) : null;
  if (market?.fit === 'outside') facts.push({ label: msg('fact.manualEntry'), value: { msg: msg('factValue.selfServiceIn', { markets: MANUAL_ENTRY_MARKETS }) } });
  return {
    explanation: [
      msg(page.pageKind === 'payment' ? 'hint.couponLocation.notFoundText' : businessCenter ? 'hint.couponLocation.businessCenterText' : 'hint.couponLocation.elsewhereText'),
      ...(url ? [] : [msg('hint.couponLocation.noAccount')]),
      ...(link ? [msg('hint.couponLocation.linkText', { label: linkLabel, url: linkUrl })] : []),
      ...(market?.fit === 'outside' && market.currency ? [msg('hint.couponLocation.outsideMarketText', { markets: MANUAL_ENTRY_MARKETS, currency: market.currency })] : []),
    ],
    facts,
    nextStep: linkStep(link, linkLabel) ?? (url ? { label: msg('hint.couponLocation.openStep'), action: { type: 'open-url', url } } : { label: msg('step.inAdsManager') }),
  };
};
