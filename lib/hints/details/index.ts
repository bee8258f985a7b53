/**
 * Every hint rule's details, by kind (../summary.ts): one file per kind, named after it. The Billing
 * module takes this registry with the open dock's body (`parts.js`, components/overlay/parts/entry.tsx)
 * and, until it is in, gives the summaries alone (../on-demand.ts).
 */
import { assignableCreditDetails } from './assignable-credit';
import { burnRateDetails } from './burn-rate';
import { codeDeadlineDetails } from './code-deadline';
import { codeMarketDetails } from './code-market';
import { codeRedeemedDetails } from './code-redeemed';
import { couponEntryDetails } from './coupon-entry';
import { couponLocationDetails } from './coupon-location';
import { creditStatusDetails } from './credit-status';
import { layoutChangedDetails } from './layout-changed';
import { spendBeforeActivationDetails } from './spend-before-activation';

export const HINT_DETAILS = Object.freeze({
  'assignable-credit': assignableCreditDetails,
  'burn-rate': burnRateDetails,
  'code-deadline': codeDeadlineDetails,
  'code-market': codeMarketDetails,
  'code-redeemed': codeRedeemedDetails,
  'coupon-entry': couponEntryDetails,
  'coupon-location': couponLocationDetails,
  'credit-status': creditStatusDetails,
  'layout-changed': layoutChangedDetails,
  'spend-before-activation': spendBeforeActivationDetails,
});
export type HintDetailsByKind = typeof HINT_DETAILS;

export const detailsFor = <K extends keyof HintDetailsByKind>(kind: K): HintDetailsByKind[K] | null => HINT_DETAILS[kind];
