/**
 * A hint rule as its summary and its details. The summary (id, kind, state, severity, title, progress,
 * mark, subject, promotion) is all the pill, the marks, the announcer and a folded row show; the
 * details (explanation, facts, next step) only an opened row shows. A rule (./rules/) works out its
 * cards' summaries, each with what its details are made from (`context`), and hands them to
 * `withDetails`; ./details/ holds the details, one file per kind. In the Billing module the registry of
 * details is ./on-demand.ts's, which has them once the open dock's body (`parts.js`) is in; everywhere
 * else (the popup, inspect, the tests) a rule is whole.
 */
import { detailsFor, type HintDetailsByKind } from './details/index';
import type { DetailsOf, HintDetails, HintInput, HintRule, HintSummary } from './types';

export type DetailedKind = keyof HintDetailsByKind;
export type ContextOf<K extends DetailedKind> = Parameters<HintDetailsByKind[K]>[0];

const NO_DETAILS: HintDetails = { explanation: [], facts: [], nextStep: null };

/** The rule of `kind`: its summaries, each with its details when they are there. */
export const withDetails =
  <K extends DetailedKind>(kind: K, summaries: (input: HintInput) => [HintSummary, ContextOf<K>][]): HintRule =>
  (input) => {
    const details = detailsFor(kind) as DetailsOf<ContextOf<K>> | null;
    return summaries(input).map(([hint, context]) => ({ ...hint, ...(details ? details(context, input) : NO_DETAILS) }));
  };
