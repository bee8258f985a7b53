/**
 * Whether an account is likely in a market where promo codes are entered by hand. TikTok's Help
 * Center: manually entered codes ("Redeem coupon", then "Activate") are for self-service accounts in
 * Vietnam, Japan, Taiwan, Malaysia, Indonesia and Thailand (DOMAIN.md, Coupons). The notes keep no
 * country, so the account's currency stands in for it, and only where it is honest: a local currency
 * names its market; US dollars are billed everywhere and say nothing.
 */
import { accountNotes } from './scope';
import type { HintInput } from './types';
import { validCurrency } from '../credit/values';
import { msg, type Param } from '../i18n/message';

/** The six markets, named in the surface's language (one message: a translator orders them as their language would). */
export const MANUAL_ENTRY_MARKETS: Param = { msg: msg('common.manualEntryMarkets') };

const MANUAL_ENTRY_CURRENCIES = new Set(['VND', 'JPY', 'TWD', 'MYR', 'IDR', 'THB']);
/** Currencies accounts in any market may bill in. */
const ANY_MARKET_CURRENCIES = new Set(['USD']);

export interface MarketFit {
  /** `inside`: likely in a manual-entry market; `outside`: likely not; `unknown`: the currency cannot tell. */
  fit: 'inside' | 'outside' | 'unknown';
  /** The currency the judgement rests on (the page's, else the one noted for the account). */
  currency: string | null;
}

export function manualEntryMarket(input: HintInput, accountId: string | null): MarketFit {
  const currency = validCurrency(input.reading?.currency) ?? validCurrency(accountNotes(input, accountId)?.currency);
  if (!currency || ANY_MARKET_CURRENCIES.has(currency)) return { fit: 'unknown', currency };
  return { fit: MANUAL_ENTRY_CURRENCIES.has(currency) ? 'inside' : 'outside', currency };
}
