/**
 * Shared contract for the hint rules (one rule per file in lib/hints/rules/), the overlay's hint cards,
 * the popup's "what matters now" list and `npm run inspect --notes --now`.
 */
import type { BillingReading } from '../reader/reading';
import type { PageAction } from '../messages';
import type { Msg, Param } from '../i18n/message';
import type { NotesDoc, Observation, RejectionCause } from '../notes/schema';

export interface HintInput {
  /** The page's reading; null where there is no page (the popup with no Ads Manager tab). */
  reading: BillingReading | null;
  notes: NotesDoc;
  /** Observations of the reading's account (or all accounts when reading is null), oldest first. */
  observations: readonly Observation[];
  now: Date;
  /**
   * When the reading was observed; `now` by default. Asking the rules about a later `now` (the next
   * state boundary) must not move the moment the page was seen.
   */
  observedAt?: Date;
  /** What the user is typing into the page's coupon field right now, if anything. */
  typedCode?: string | null;
  /**
   * IANA time zone dates are shown in (the UI passes the browser's); UTC when absent, so that tests
   * and `npm run inspect --now` give the same text on every machine.
   */
  timeZone?: string | null;
}

export type HintKind =
  | 'credit-status'
  | 'burn-rate'
  | 'spend-before-activation'
  | 'coupon-entry'
  | 'coupon-location'
  | 'code-typing'
  | 'code-deadline'
  | 'rejection'
  | 'layout-changed'
  | 'assignable-credit'
  | 'code-market'
  | 'code-redeemed';

/** Ordered: the overlay and popup sort by this, most urgent first. */
export const SEVERITIES = ['critical', 'warning', 'info', 'success'] as const;
export type Severity = (typeof SEVERITIES)[number];

const rank = (hint: Pick<Hint, 'severity'>) => {
  const index = SEVERITIES.indexOf(hint.severity);
  return index === -1 ? SEVERITIES.length : index;
};

/** Most urgent first; equal severities keep their order. The one sort by severity (computeHints uses it). */
export function bySeverity<T extends Pick<Hint, 'severity'>>(hints: readonly T[]): T[] {
  return hints
    .map((hint, index) => ({ hint, index }))
    .sort((a, b) => rank(a.hint) - rank(b.hint) || a.index - b.index)
    .map(({ hint }) => hint);
}

export type { CreditState } from '../credit/terms';

export interface HintFact {
  label: Msg;
  /** A value the UI formats in its language (money, dates) or the page's / user's own text; rendered as text, never HTML. */
  value: Param;
}

/** What "Copy support message" puts together; the UI writes it in the page's language, and in English on request. */
export interface SupportMessageInput {
  code: string | null;
  accountId: string | null;
  errorText: string;
  /** When the code was rejected (ISO 8601). */
  at: string;
  /** What the user (or Credit Lens) already checked, one line each. */
  checked: readonly Msg[];
}

/** What a step does. A PageAction is taken on the page itself: by the dock's "Show me", or asked by the popup. */
export type HintAction =
  | PageAction
  | { type: 'open-url'; url: string }
  | { type: 'copy-support'; support: SupportMessageInput }
  | { type: 'open-popup' };

export interface NextStep {
  label: Msg;
  action?: HintAction;
  /** A saved code the step is about entering, offered to copy beside the action: typed by hand, codes get mistyped. */
  code?: string;
}

export interface RankedCause {
  cause: RejectionCause;
  /** 0..1 relative likelihood; the list is labelled "likely causes", never certain. */
  score: number;
  title: Msg;
  /** Why this rank: what the page or the notes showed. */
  because: Msg[];
  /** What to check for this cause. */
  check: Msg;
}

export interface Hint {
  /** Stable while the hint means the same thing (kind + subject + state); dismissal remembers it. */
  id: string;
  kind: HintKind;
  state: string;
  severity: Severity;
  /** Messages, rendered in the surface's language (lib/i18n): the answer first. */
  title: Msg;
  /** Whole sentences, shown as one paragraph. */
  explanation: Msg[];
  facts: HintFact[];
  nextStep: NextStep | null;
  /** Spend toward a threshold, for a progress bar; `left` is the time left to reach it ("reach the threshold within 12 days"). */
  progress?: { current: number; target: number; currency: string | null; left?: Msg };
  /**
   * The one short line a mark beside the page's own element shows ("$50 pending · expected Dec 5"), for
   * hints about something the page shows (lib/overlay/marks.ts picks the element).
   */
  mark?: Msg;
  /**
   * The promotion row the hint is about, for its mark: by its selector where the hint shows the row
   * (the Promotions page's table), else by its name (cards have no selector).
   */
  promotion?: { name: string; selector: string | null };
  /** For kind `rejection`: likely causes, most likely first. */
  causes?: RankedCause[];
  /** The offer or code the hint is about, when there is one. */
  subject?: { type: 'offer' | 'code'; id: string };
}

export type HintRule = (input: HintInput) => Hint[];

/** A card's details: below its title once its row is opened (./summary.ts). */
export type HintDetails = Pick<Hint, 'explanation' | 'facts' | 'nextStep'>;
/** A card without its details: what the pill, the marks, the announcer and a folded row show. */
export type HintSummary = Omit<Hint, keyof HintDetails>;
/** A rule's details of one card, from what its summary worked out (`context`). */
export type DetailsOf<C> = (context: C, input: HintInput) => HintDetails;
