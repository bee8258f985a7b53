import { normalizeText, type Concept, type ConceptMatch } from '../lexicon';
import { AMOUNT_CONCEPTS, BILLING_TYPE_CONCEPTS } from './concept-groups';
import { parseDate } from './dates';
import { parseMoney, type Money } from './money';
import type { LabelRecord, NearbyText } from './records';
import type { AmountRole, BillingReading, LabelledAmount } from './reading';

export interface AmountHints {
  locale?: string;
  currency?: string | null;
}

/** The texts a label's value may be in, most likely first: its own text, then after it, then before it. */
function valueTexts(label: LabelRecord): string[] {
  const visible = (nearby: NearbyText[]) => nearby.filter((item) => item.visible).map((item) => item.text);
  return [label.text, ...visible(label.after), ...visible(label.before)];
}

/**
 * Whether a text that contains a concept's phrase is a label for it: the phrase itself, a short
 * caption around it ("Ad credit balance (USD)"), or "label: value" in one text. A sentence that
 * mentions it ("Spend $500, get $500 ad credit") is not.
 */
function isLabelFor(text: string, match: ConceptMatch): boolean {
  if (match.exact) return true;
  const normalized = normalizeText(text);
  const phrase = normalizeText(match.phrase);
  if (!/\d/.test(normalized)) return normalized.length <= phrase.length + 24;
  return normalized.startsWith(phrase) && normalized.length <= phrase.length + 40;
}

/** Labels that can name a value: shown, not a button caption, not a column header over many rows. */
function valueLabels(labels: readonly LabelRecord[], among: readonly Concept[]): { label: LabelRecord; concept: Concept; exact: boolean }[] {
  return labels
    .filter((label) => label.visible && !label.inControl && !label.inColumnHeader)
    .flatMap((label) => {
      const match = label.matches.find((candidate) => among.includes(candidate.concept));
      return match && isLabelFor(label.text, match) ? [{ label, concept: match.concept, exact: match.exact }] : [];
    })
    // An exact label ("Cash balance") beats a sentence that mentions one; order on the page breaks ties.
    .sort((a, b) => Number(b.exact) - Number(a.exact));
}

export function currencyFromLabels(labels: readonly LabelRecord[]): string | null {
  for (const { label } of valueLabels(labels, ['currencyLabel'])) {
    for (const text of valueTexts(label)) {
      const code = /\b([A-Z]{3})\b/.exec(text)?.[1];
      if (code) return code;
    }
  }
  return null;
}

export function readAmounts(labels: readonly LabelRecord[], hints: AmountHints): LabelledAmount[] {
  const found = new Map<AmountRole, LabelledAmount>();
  for (const { label, concept } of valueLabels(labels, AMOUNT_CONCEPTS)) {
    const role = concept as AmountRole;
    if (found.has(role)) continue;
    for (const text of valueTexts(label)) {
      const money: Money | null = parseMoney(text, hints);
      if (!money) continue;
      found.set(role, { role, value: money.value, currency: money.currency, label: label.text, text });
      break;
    }
  }
  return AMOUNT_CONCEPTS.flatMap((role) => found.get(role) ?? []);
}

/** The page's currency: a "Currency: USD" label, else the one most of its balances are in. */
export function pageCurrency(labels: readonly LabelRecord[], amounts: readonly LabelledAmount[]): string | null {
  const labelled = currencyFromLabels(labels);
  if (labelled) return labelled;
  const counts = new Map<string, number>();
  for (const amount of amounts) if (amount.currency) counts.set(amount.currency, (counts.get(amount.currency) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function readNextBillDate(labels: readonly LabelRecord[], locale: string | undefined): string | null {
  for (const { label } of valueLabels(labels, ['nextBillDate'])) {
    for (const text of valueTexts(label)) {
      const date = parseDate(text, { locale });
      if (date) return date;
    }
  }
  return null;
}

const ACCOUNT_ID_IN_TEXT = /(?<![\d])(\d{6,24})(?![\d])/;

export function readAccountIdFromPage(labels: readonly LabelRecord[]): string | null {
  for (const { label } of valueLabels(labels, ['accountId'])) {
    for (const text of valueTexts(label)) {
      const id = ACCOUNT_ID_IN_TEXT.exec(text.replace(/[\s\u200e\u200f]/g, ''))?.[1];
      if (id) return id;
    }
  }
  return null;
}

/**
 * Billing type from what the page says, else from what it shows: spend so far and a threshold only
 * exist on automatic payment; a cash balance is the prepaid (manual) layout.
 */
export function readBillingType(labels: readonly LabelRecord[], amounts: readonly LabelledAmount[]): BillingReading['billingType'] {
  const stated = valueLabels(labels, BILLING_TYPE_CONCEPTS)[0];
  if (stated) {
    return ({ manualPayment: 'manual', automaticPayment: 'automatic', monthlyInvoicing: 'invoice' } as const)[
      stated.concept as 'manualPayment' | 'automaticPayment' | 'monthlyInvoicing'
    ];
  }
  const roles = new Set(amounts.map((amount) => amount.role));
  if (roles.has('spendSoFar') || roles.has('billingThreshold')) return 'automatic';
  if (roles.has('cashBalance')) return 'manual';
  return null;
}
