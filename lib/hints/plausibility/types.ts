import type { NotesDoc, Observation } from '../../notes/schema';
import type { BillingReading } from '../../reader/reading';

/** What a finding says, as plain values; the message catalogue turns them into words. */
export type FactValue = string | number | boolean | null;
export type Facts = Readonly<Record<string, FactValue>>;

export const PLAUSIBILITY_RULE_IDS = ['balance-sum', 'spend-went-down', 'credit-unexplained', 'mixed-currencies', 'unseen-value', 'no-balance'] as const;
export type PlausibilityRuleId = (typeof PLAUSIBILITY_RULE_IDS)[number];

/** "This reading may be wrong": never a certainty, so the one severity is a doubt. */
export interface PlausibilityFinding {
  rule: PlausibilityRuleId;
  severity: 'doubt';
  facts: Facts;
}

export interface PlausibilityInput {
  reading: BillingReading;
  /** The account's latest stored observation before this reading (`latestObservation`), when there is one. */
  previous: Observation | null;
  /** The user's notes: an offer or code that landed explains a credit that grew. */
  notes: NotesDoc | null;
}

export type PlausibilityRule = (input: PlausibilityInput) => PlausibilityFinding[];

export const doubt = (rule: PlausibilityRuleId, facts: Facts): PlausibilityFinding => ({ rule, severity: 'doubt', facts });
