/**
 * Marks (issue 9): a small button beside the page's own element that a hint is about, saying its answer
 * in one line. Pure: which hint gets a mark, with which words, beside which element of the reading.
 * Where exactly it goes (beside the value, in free space) is mark-geometry.ts; following the element
 * is components/overlay/mark-tracker.ts.
 */
import { causeShortMsg } from '../hints/state-words';
import type { Hint, Severity } from '../hints/types';
import { msg, type Msg } from '../i18n/message';
import type { AmountRole, BillingReading } from '../reader/reading';

export type MarkKind = 'balance' | 'promotion' | 'rejection';

/** The element of the reading a mark sits beside (lib/reader/read-elements.ts finds it on the page). */
export type MarkAnchor =
  | { type: 'amount'; role: AmountRole }
  /**
   * Index into `reading.promotions` (and `ReadElements.promotions`), its name, and the other rows'
   * names: the element found for a card may hold its neighbours too, and the mark belongs by its own.
   */
  | { type: 'promotion'; index: number; name: string; otherNames: string[] }
  /** The page's message, by its text (read elements list only the messages they found). */
  | { type: 'message'; text: string };

export interface Mark {
  /** Stable while the hint means the same thing: the hint's id and the mark's kind. */
  id: string;
  kind: MarkKind;
  hintId: string;
  severity: Severity;
  text: Msg;
  anchor: MarkAnchor;
  progress?: Hint['progress'];
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** The offer's name as the hint's title carries it (the user's own text), when it is text. */
function offerName(hint: Hint): string | null {
  const name = hint.title.params?.name;
  return typeof name === 'string' && name.trim() ? name : null;
}

/** The promotion row an earning offer is about: its name on the page, else the only earning row. */
function earningRow(hint: Hint, reading: BillingReading): number | null {
  const name = offerName(hint);
  if (name) {
    const wanted = fold(name);
    const byName = reading.promotions.findIndex((promotion) => {
      const shown = fold(promotion.name);
      return shown.length > 0 && (shown.includes(wanted) || wanted.includes(shown));
    });
    if (byName !== -1) return byName;
  }
  const earning = reading.promotions.flatMap((promotion, index) => (promotion.status === 'earning' ? [index] : []));
  return earning.length === 1 ? earning[0]! : null;
}

/** The promotion row the hint is about: by the selector it shows the row by, else by its name. */
function namedRow(hint: Hint, reading: BillingReading): number | null {
  const row = hint.promotion;
  if (!row) return null;
  const bySelector = row.selector ? reading.promotions.findIndex((promotion) => promotion.selector === row.selector) : -1;
  const index = bySelector !== -1 ? bySelector : reading.promotions.findIndex((promotion) => promotion.name === row.name);
  return index === -1 ? null : index;
}

function messageText(hint: Hint): string | null {
  const fact = hint.facts.find((candidate) => candidate.label.key === 'fact.message');
  return typeof fact?.value === 'string' && fact.value.trim() ? fact.value : null;
}

/**
 * The marks for the hints shown, most urgent first; at most one per element (the most urgent hint
 * about it wins), so two marks never compete for the same place.
 */
export function pageMarks(hints: readonly Hint[], reading: BillingReading | null): Mark[] {
  if (!reading) return [];
  const marks: Mark[] = [];
  const taken = new Set<string>();
  const add = (hint: Hint, kind: MarkKind, anchor: MarkAnchor, text: Msg, withProgress: boolean) => {
    const key = JSON.stringify(anchor);
    if (taken.has(key)) return;
    taken.add(key);
    marks.push({ id: `${hint.id}#${kind}`, kind, hintId: hint.id, severity: hint.severity, text, anchor, ...(withProgress && hint.progress ? { progress: hint.progress } : {}) });
  };
  const hasCredit = reading.amounts.some((amount) => amount.role === 'creditBalance');
  const row = (index: number): MarkAnchor => ({
    type: 'promotion',
    index,
    name: reading.promotions[index]!.name,
    otherNames: reading.promotions.filter((_, other) => other !== index).map((promotion) => promotion.name),
  });
  for (const hint of hints) {
    if (hint.kind === 'credit-status' && hint.mark) {
      if (hasCredit) add(hint, 'balance', { type: 'amount', role: 'creditBalance' }, hint.mark, true);
      const index = hint.state === 'earning' ? earningRow(hint, reading) : null;
      if (index !== null) add(hint, 'promotion', row(index), hint.mark, false);
    } else if (hint.kind === 'assignable-credit' && hint.mark) {
      const index = namedRow(hint, reading);
      if (index !== null) add(hint, 'promotion', row(index), hint.mark, false);
    } else if (hint.kind === 'rejection' && hint.causes?.[0]) {
      const text = messageText(hint);
      if (text) add(hint, 'rejection', { type: 'message', text }, msg('overlay.mark.rejection', { cause: { msg: causeShortMsg(hint.causes[0].cause) } }), false);
    }
  }
  return marks;
}
