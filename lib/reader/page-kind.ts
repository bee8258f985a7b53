import type { PageKind } from './reading';
import { ADVERTISER_ID } from './value-shapes';

const ADS_MANAGER_HOSTS = new Set(['ads.tiktok.com']);
const BUSINESS_CENTER_HOSTS = new Set(['business.tiktok.com']);

// Ads Manager's Finance pages live under /i18n/account/<page> today; older and newer layouts have used
// /finance/, /billing/ and /payment/ segments, so the path is read by its words, not by one fixed route.
// A segment may carry a suffix after `_` or `-` ("payment_invoice" is the Payment page too: DOMAIN.md,
// "Routes"); "paymentsettings" is another word and is not read as one.
// Built by calls marked pure with plain arguments, which a bundle that never classifies a URL (the
// board, which only links to the Payment page) drops whole.
const segment = (words: string) => new RegExp(`/(${words})([_-][a-z0-9]+)*(/|$)`);
const ADS_MANAGER_ROUTES: readonly [RegExp, PageKind][] = [
  [/* @__PURE__ */ segment('promotions?|coupons?|vouchers?|incentives?'), 'promotions'],
  [/* @__PURE__ */ segment('transactions?|transaction-records?'), 'transactions'],
  [/\/(invoices?)(\/|$)/, 'invoices'],
  [/* @__PURE__ */ segment('payment|payments|billing|finance'), 'payment'],
];

const BUSINESS_CENTER_ROUTES: readonly [RegExp, PageKind][] = [
  [/\/manage\/(payment|finance)(\/|$)/, 'bc-payment'],
  [/\/manage\/(billing|invoices?|transactions?)(\/|$)/, 'bc-billing'],
  // The ad accounts list: every account's balance and payment, many accounts on one page.
  [/\/manage\/accounts\/adv(\/|$)/, 'bc-billing'],
];

// The Settings area the Finance menu sits in (Tools > Settings > Finance). A page there under a route
// nobody has listed may still be a Finance page: the content decides (readPageKind), never the URL alone.
// The first segment is a locale prefix ("i18n" today); any one is accepted, as the routes above do.
const ADS_MANAGER_FINANCE_AREA = /^\/([a-z0-9-]+\/)?account(\/|$)/;
const BUSINESS_CENTER_FINANCE_AREA = /^\/manage\/(accounts|payment|billing|finance)(\/|$)/;

// Every read asks about the same address several times; parsing it once per address is enough.
let lastUrl: { url: string; parsed: URL | null } | null = null;

function parseUrl(url: string | null | undefined): URL | null {
  if (!url) return null;
  if (lastUrl?.url === url) return lastUrl.parsed;
  let parsed: URL | null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  lastUrl = { url, parsed };
  return parsed;
}

/** The Finance page a URL points at, or `other`. Pure; the content script's route gate. */
let lastKind: { url: string; kind: PageKind } | null = null;

export function pageKindFromUrl(url: string | null | undefined): PageKind {
  if (url && lastKind?.url === url) return lastKind.kind;
  const kind = kindOf(url);
  if (url) lastKind = { url, kind };
  return kind;
}

function kindOf(url: string | null | undefined): PageKind {
  const parsed = parseUrl(url);
  if (!parsed) return 'other';
  const path = parsed.pathname.toLowerCase();
  const routes = ADS_MANAGER_HOSTS.has(parsed.hostname)
    ? ADS_MANAGER_ROUTES
    : BUSINESS_CENTER_HOSTS.has(parsed.hostname)
      ? BUSINESS_CENTER_ROUTES
      : [];
  for (const [pattern, kind] of routes) if (pattern.test(path)) return kind;
  return 'other';
}

export function isBillingRoute(url: string | null | undefined): boolean {
  return pageKindFromUrl(url) !== 'other';
}

/**
 * A route in the Settings area that holds the Finance menu, under no route we know: the loader reads
 * such a page and shows something only when its content is plainly a Billing page (low confidence).
 * Every other Ads Manager page (campaigns, reporting, creative) is never read.
 */
export function isFinanceAreaRoute(url: string | null | undefined): boolean {
  const parsed = parseUrl(url);
  if (!parsed || isBillingRoute(url)) return false;
  const path = parsed.pathname.toLowerCase();
  if (ADS_MANAGER_HOSTS.has(parsed.hostname)) return ADS_MANAGER_FINANCE_AREA.test(path);
  if (BUSINESS_CENTER_HOSTS.has(parsed.hostname)) return BUSINESS_CENTER_FINANCE_AREA.test(path);
  return false;
}

/** Whether the content script reads this page at all: a known Finance route, or one in the Finance area. */
export function mayBeBillingRoute(url: string | null | undefined): boolean {
  return isBillingRoute(url) || isFinanceAreaRoute(url);
}

/**
 * The ad account the URL is about: `aadvid` is the advertiser (ad account) id on both hosts;
 * Business Center's `org_id` names the Business Center itself and is returned apart.
 */
export function accountIdFromUrl(url: string | null | undefined): { accountId: string | null; orgId: string | null } {
  const parsed = parseUrl(url);
  if (!parsed) return { accountId: null, orgId: null };
  const params = parsed.searchParams;
  // SPA routers sometimes keep the query in the hash (#/payment?aadvid=...).
  const hashQuery = parsed.hash.includes('?') ? new URLSearchParams(parsed.hash.slice(parsed.hash.indexOf('?') + 1)) : null;
  const read = (name: string) => {
    const value = params.get(name) ?? hashQuery?.get(name) ?? null;
    return value && ADVERTISER_ID.test(value) ? value : null;
  };
  return { accountId: read('aadvid') ?? read('advertiser_id'), orgId: read('org_id') };
}

/**
 * Where the code entry lives: Ads Manager's Finance > Payment page for the ad account (DOMAIN.md,
 * "The pages"); the one link to it that the hints, the board, the reminders and the calendar give.
 * Business Center's `org_id` names the organisation, never the ad account, so it never stands in for
 * `aadvid`: with no ad account id there is no link.
 */
export function paymentPageUrl(accountId: string | null | undefined): string | null {
  if (typeof accountId !== 'string' || !ADVERTISER_ID.test(accountId)) return null;
  return `https://ads.tiktok.com/i18n/account/payment?aadvid=${accountId}`;
}
