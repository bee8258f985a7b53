/**
 * Where the code entry lives: Ads Manager's Finance > Payment page for the ad account (DOMAIN.md,
 * "The pages"). Business Center's `org_id` names the organisation, never the ad account, so it never
 * stands in for `aadvid`: with no ad account id there is no link.
 */
import { ADVERTISER_ID } from '../reader/value-shapes';

export function paymentPageUrl(accountId: string | null | undefined): string | null {
  if (typeof accountId !== 'string' || !ADVERTISER_ID.test(accountId)) return null;
  return `https://ads.tiktok.com/i18n/account/payment?aadvid=${accountId}`;
}
