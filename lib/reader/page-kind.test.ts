import { describe, expect, it } from 'vitest';
import { AccountId } from '../notes/schema';
import { accountIdFromUrl, isBillingRoute, isFinanceAreaRoute, mayBeBillingRoute, pageKindFromUrl, paymentPageUrl } from './page-kind';

const CASES: [string, string][] = [
  ['https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789', 'payment'],
  ['https://ads.tiktok.com/i18n/account/payment', 'payment'],
  ['https://ads.tiktok.com/i18n/account/promotions?aadvid=1', 'promotions'],
  ['https://ads.tiktok.com/i18n/account/promotion?aadvid=1', 'promotions'],
  ['https://ads.tiktok.com/i18n/account/transactions?aadvid=1', 'transactions'],
  ['https://ads.tiktok.com/i18n/account/invoices?aadvid=1', 'invoices'],
  ['https://ads.tiktok.com/i18n/finance/coupon?aadvid=1', 'promotions'],
  ['https://ads.tiktok.com/i18n/billing/overview?aadvid=1', 'payment'],
  ['https://business.tiktok.com/manage/payment/v2?org_id=7000000000000000001&aadvid=7234567890123456789', 'bc-payment'],
  ['https://business.tiktok.com/manage/billing/v2?org_id=7000000000000000001', 'bc-billing'],
  ['https://ads.tiktok.com/i18n/perf/campaign?aadvid=1', 'other'],
  ['https://ads.tiktok.com/i18n/dashboard?aadvid=1', 'other'],
  ['https://ads.tiktok.com/i18n/account/paymentsettings-typo', 'other'],
  ['https://business.tiktok.com/manage/overview?org_id=1', 'other'],
  ['https://example.com/i18n/account/payment', 'other'],
  ['https://ads.tiktok.com.evil.example/i18n/account/payment', 'other'],
  ['not a url', 'other'],
];

// Every Finance route public sources show (DOMAIN.md, "What public sources show about the real pages":
// Routes), with the query variants seen on them.
const PUBLIC_ROUTES: [string, string][] = [
  ['https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789', 'payment'],
  ['https://ads.tiktok.com/i18n/account/payment_invoice?aadvid=7234567890123456789', 'payment'],
  ['https://ads.tiktok.com/i18n/account/payment_invoice?aadvid=7234567890123456789&tab=summary', 'payment'],
  ['https://ads.tiktok.com/i18n/account/payment_invoice/?aadvid=7234567890123456789#summary', 'payment'],
  ['https://ads.tiktok.com/i18n/account/transaction?aadvid=7234567890123456789&tab=2', 'transactions'],
  ['https://ads.tiktok.com/i18n/account/transaction?tab=2&aadvid=7234567890123456789', 'transactions'],
  ['https://business.tiktok.com/manage/payment/v2?org_id=7000000000000000001', 'bc-payment'],
  ['https://business.tiktok.com/manage/payment/v2?org_id=7000000000000000001&aadvid=7234567890123456789', 'bc-payment'],
  ['https://business.tiktok.com/manage/payment/v2?org_id=7000000000000000001&filters=%7B%22status%22%3A1%7D', 'bc-payment'],
  ['https://business.tiktok.com/manage/payment/v2?org_id=7000000000000000001&selectAccountType=1', 'bc-payment'],
  ['https://business.tiktok.com/manage/billing/v2?org_id=7000000000000000001', 'bc-billing'],
  ['https://business.tiktok.com/manage/accounts/adv?org_id=7000000000000000001', 'bc-billing'],
  ['https://business.tiktok.com/manage/accounts/adv?org_id=7000000000000000001&filters=%5B%5D', 'bc-billing'],
];

describe('the Finance routes public sources show', () => {
  it.each(PUBLIC_ROUTES)('%s is %s', (url, kind) => {
    expect(pageKindFromUrl(url)).toBe(kind);
    expect(mayBeBillingRoute(url)).toBe(true);
  });
});

// Routes in the Settings area the Finance menu sits in, that no source lists: read by content.
const FINANCE_AREA: [string, boolean][] = [
  ['https://ads.tiktok.com/i18n/account/balance_overview?aadvid=1', true],
  ['https://ads.tiktok.com/i18n/account/info?aadvid=1', true],
  ['https://ads.tiktok.com/i18n/account/paymentsettings-typo', true],
  ['https://ads.tiktok.com/account/summary?aadvid=1', true],
  ['https://business.tiktok.com/manage/accounts/asset?org_id=1', true],
  // Known routes are not "unknown"; pages outside the Settings area are never read.
  ['https://ads.tiktok.com/i18n/account/payment?aadvid=1', false],
  ['https://ads.tiktok.com/i18n/perf/campaign?aadvid=1', false],
  ['https://ads.tiktok.com/i18n/dashboard?aadvid=1', false],
  ['https://ads.tiktok.com/i18n/accounts-typo/x', false],
  ['https://business.tiktok.com/manage/overview?org_id=1', false],
  ['https://example.com/i18n/account/balance', false],
  ['not a url', false],
];

describe('routes read by their content', () => {
  it.each(FINANCE_AREA)('%s in the Finance area: %s', (url, inArea) => {
    expect(isFinanceAreaRoute(url)).toBe(inArea);
    expect(mayBeBillingRoute(url)).toBe(inArea || isBillingRoute(url));
  });
});

describe('page kind from the URL', () => {
  it.each(CASES)('%s is %s', (url, kind) => {
    expect(pageKindFromUrl(url)).toBe(kind);
    expect(isBillingRoute(url)).toBe(kind !== 'other');
  });

  it('treats a missing URL (a saved page without its address) as other', () => {
    expect(pageKindFromUrl(null)).toBe('other');
  });
});

describe('account id from the URL', () => {
  it('reads aadvid on Ads Manager', () => {
    expect(accountIdFromUrl('https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789')).toEqual({
      accountId: '7234567890123456789',
      orgId: null,
    });
  });

  it('prefers the ad account over the Business Center id', () => {
    expect(accountIdFromUrl('https://business.tiktok.com/manage/payment/v2?org_id=7000000000000000001&aadvid=72345678901')).toEqual({
      accountId: '72345678901',
      orgId: '7000000000000000001',
    });
  });

  it('reads the query a hash router keeps after #', () => {
    expect(accountIdFromUrl('https://ads.tiktok.com/i18n/account/#/payment?aadvid=12345678').accountId).toBe('12345678');
  });

  it('ignores values that are not account ids', () => {
    expect(accountIdFromUrl('https://ads.tiktok.com/i18n/account/payment?aadvid=<script>').accountId).toBeNull();
    expect(accountIdFromUrl('https://ads.tiktok.com/i18n/account/payment?aadvid=').accountId).toBeNull();
  });

  it("links an ad account's Payment page, whose id the reader reads back; no link without an advertiser id", () => {
    const url = paymentPageUrl('7234567890123456789')!;
    expect(pageKindFromUrl(url)).toBe('payment');
    expect(accountIdFromUrl(url).accountId).toBe('7234567890123456789');
    expect(paymentPageUrl('org-42')).toBeNull();
    expect(paymentPageUrl(null)).toBeNull();
  });

  it('reads an id exactly when the notes would keep it as an account: 6 to 25 digits', () => {
    for (let length = 4; length <= 27; length++) {
      const id = '7'.repeat(length);
      const read = accountIdFromUrl(`https://ads.tiktok.com/i18n/account/payment?aadvid=${id}`).accountId;
      expect([length, read]).toEqual([length, AccountId.safeParse(id).success ? id : null]);
    }
  });
});
