/**
 * Plausibility: does a reading look like what the page really says? Pure rules, one per file in
 * ./rules named after the finding they raise; each returns plain findings (rule, severity, facts),
 * never a sentence, so the status card words them through the message catalogue.
 * They live in hints, not in the reader, because two of them compare with the account's previous
 * observation and the user's notes (layers: reader → notes → hints).
 */
import type { NotesDoc, Observation } from '../../notes/schema';
import type { BillingReading } from '../../reader/reading';
import { balanceSum } from './rules/balance-sum';
import { creditUnexplained } from './rules/credit-unexplained';
import { mixedCurrencies } from './rules/mixed-currencies';
import { noBalance } from './rules/no-balance';
import { spendWentDown } from './rules/spend-went-down';
import { unseenValue } from './rules/unseen-value';
import type { PlausibilityFinding, PlausibilityRule, PlausibilityRuleId } from './types';

export * from './types';

export const PLAUSIBILITY_RULES: Readonly<Record<PlausibilityRuleId, PlausibilityRule>> = Object.freeze({
  'balance-sum': balanceSum,
  'spend-went-down': spendWentDown,
  'credit-unexplained': creditUnexplained,
  'mixed-currencies': mixedCurrencies,
  'unseen-value': unseenValue,
  'no-balance': noBalance,
});

/**
 * Every finding about this reading, in rule order. `previous` is the account's latest observation
 * before this reading (never one of another account: rules check). A rule that throws on data it
 * did not expect raises nothing; the others still speak.
 */
export function checkPlausibility(reading: BillingReading, previous: Observation | null = null, notes: NotesDoc | null = null): PlausibilityFinding[] {
  const findings: PlausibilityFinding[] = [];
  for (const rule of Object.values(PLAUSIBILITY_RULES)) {
    try {
      findings.push(...rule({ reading, previous, notes }));
    } catch {
      // A doubt is advice; a broken rule must not take the reading or the other doubts with it.
    }
  }
  return findings;
}
