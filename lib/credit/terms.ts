/**
 * What the credit clock reads of an offer, a code and an observation. The notebook (lib/notes/schema.ts)
 * stores more, and its types fit these: so the clock sits below the notes and both the hints and the
 * notes ask it, never each other. Values may come from an old export or a misread page: the clock
 * parses them (values.ts, calendar.ts) and never trusts their form.
 */

export const DEFAULT_PROCESSING_WINDOW_HOURS = 48;
export const DEFAULT_CREDIT_VALIDITY_DAYS = 90;
/** TikTok's rule for promotional codes: activate within 14 days of receiving, unless the code says otherwise. */
export const CODE_ACTIVATION_DAYS = 14;

export type OfferStatus = 'tracking' | 'arrived' | 'used-up' | 'expired' | 'dismissed';

/** A spend-match offer ("spend X, get Y") as the clock sees it. */
export interface SpendMatchTerms {
  accountId: string;
  threshold: string;
  creditAmount: string | null;
  currency: string | null;
  /** Only spend after activation counts (DOMAIN.md). */
  activatedOn: string | null;
  qualifyBy: string | null;
  processingWindowHours: number;
  crossedOn: string | null;
  arrivedOn: string | null;
  expiresOn: string | null;
  creditValidityDays: number;
  status: OfferStatus;
}

/** A promo code's dates as the clock sees them. */
export interface CodeDates {
  receivedOn: string;
  activateBy: string | null;
  expiresOn: string | null;
  status: 'unused' | 'applied' | 'rejected';
}

/** The balances the extension saw on an account's Billing page at one moment. */
export interface BalanceSighting {
  at: string;
  accountId: string;
  currency: string | null;
  spendSoFar: string | null;
  creditBalance: string | null;
}

/** Spend-match credit states (the state machine in credit-state.ts). */
export type CreditState = 'not-started' | 'earning' | 'pending' | 'overdue' | 'arrived' | 'expiring' | 'expired' | 'used-up';
