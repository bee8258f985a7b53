/**
 * Hints: a reading, the user's notes and the stored observations in, cards out. Pure and
 * deterministic (`now` is passed in); the overlay, the popup and `npm run inspect --notes --now` all
 * call `computeHints`. One rule per file in ./rules, named after the hint kind it produces.
 */
import { assignableCreditHints } from './rules/assignable-credit';
import { burnRateHints } from './rules/burn-rate';
import { codeMarketHints } from './rules/code-market';
import { codeRedeemedHints } from './rules/code-redeemed';
import { codeDeadlineHints } from './rules/code-deadline';
import { codeTypingHints } from './rules/code-typing';
import { couponEntryHints } from './rules/coupon-entry';
import { couponLocationHints } from './rules/coupon-location';
import { creditStatusHints } from './rules/credit-status';
import { layoutChangedHints } from './rules/layout-changed';
import { rejectionHints } from './rules/rejection';
import { spendBeforeActivationHints } from './rules/spend-before-activation';
import { bySeverity, type Hint, type HintInput, type HintKind, type HintRule } from './types';

export * from './types';
export { creditStatusOf, EXPIRING_SOON_DAYS, type CreditReason, type CreditStatus } from '../credit/credit-state';
export { CAUSE_TEXT, rankCauses, type RejectionContext } from './rejection-causes';
export { classifyRejection, type MessageCause } from './rejection-message';
export { findSavedCode, normaliseCode } from './codes';
export { hintId } from './hint-id';
export { WHERE_CODES_GO } from './details/coupon-location';

/** Every rule, keyed by the kind it produces (and its file name). Order breaks ties between equally severe hints. */
export const HINT_RULES: Readonly<Record<HintKind, HintRule>> = Object.freeze({
  rejection: rejectionHints,
  'code-redeemed': codeRedeemedHints,
  'code-typing': codeTypingHints,
  'credit-status': creditStatusHints,
  'assignable-credit': assignableCreditHints,
  'code-deadline': codeDeadlineHints,
  'spend-before-activation': spendBeforeActivationHints,
  'burn-rate': burnRateHints,
  'code-market': codeMarketHints,
  'coupon-entry': couponEntryHints,
  'coupon-location': couponLocationHints,
  'layout-changed': layoutChangedHints,
});

export interface ComputeOptions {
  /** Called when a rule throws; the other rules' hints are still returned. Tests make it throw. */
  onRuleError?: (kind: HintKind, error: unknown) => void;
}

/** All hints, most urgent first (critical > warning > info > success), in rule order within a severity. */
export function computeHints(input: HintInput, options: ComputeOptions = {}): Hint[] {
  // Without a usable clock no deadline, window or expiry can be judged.
  if (!input || !(input.now instanceof Date) || !Number.isFinite(input.now.getTime())) return [];
  const hints: Hint[] = [];
  const seen = new Set<string>();
  for (const [kind, rule] of Object.entries(HINT_RULES) as [HintKind, HintRule][]) {
    try {
      for (const hint of rule(input)) {
        if (seen.has(hint.id)) continue;
        seen.add(hint.id);
        hints.push(hint);
      }
    } catch (error) {
      // A rule tripping over data it did not expect must not take the page's other hints with it.
      options.onRuleError?.(kind, error);
    }
  }
  // Equal severities keep rule order.
  return bySeverity(hints);
}
