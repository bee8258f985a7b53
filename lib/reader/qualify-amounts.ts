import type { Concept, ConceptMatch } from '../lexicon';
import { AMOUNT_CONCEPTS, BILLING_TYPE_CONCEPTS } from './concept-groups';
import { parseDate } from './dates';
import { parseMoney } from './money';
import { normalized } from './words';
import type { LabelRecord, NearbyText } from './records';
import type { AmountRole, BillingReading, LabelledAmount } from './reading';

export interface AmountHints {
  locale?: string;
  currency?: string | null;
}

// Records are never changed once made, and a re-read keeps the records of unchanged labels: what
// is derived from one record is derived once.
const textsOfLabel = new WeakMap<LabelRecord, string[]>();
const valueLabelsOf = new WeakMap<readonly LabelRecord[], Map<readonly Concept[], ReturnType<typeof findValueLabels>>>();

/** The texts a label's value may be in, most likely first: its own text, then after it, then before it. */
function valueTexts(label: LabelRecord): string[] {
  let texts = textsOfLabel.get(label);
  if (!texts) {
    // A value stands on its own ("1.234,50 €", "US$50.00 USD"); an amount inside a sentence nearby
    // ("Part of your credit (200,00 €) expires…") belongs to that sentence, not to the label.
    const visible = (nearby: NearbyText[]) => nearby.filter((item) => item.visible && item.text.length <= 64).map((item) => item.text);
    textsOfLabel.set(label, (texts = [label.text, ...visible(label.after), ...visible(label.before)]));
  }
  return texts;
}

/**
 * Whether a text that contains a concept's phrase is a label for it: the phrase itself, a short
 * caption around it ("Ad credit balance (USD)"), or "label: value" in one text. A sentence that
 * mentions it ("Spend $500, get $500 ad credit") is not.
 */
function isLabelFor(text: string, match: ConceptMatch): boolean {
  if (match.exact) return true;
  const folded = normalized(text);
  const phrase = normalized(match.phrase);
  if (!/\d/.test(folded)) return folded.length <= phrase.length + 24;
  return folded.startsWith(phrase) && folded.length <= phrase.length + 40;
}

const rank = ({ label, exact }: { label: LabelRecord; exact: boolean }) => (label.inHeading ? 2 : exact ? 0 : 1);

/** Labels that can name a value: shown, not a button caption, not a column header over many rows. */
export function valueLabels(labels: readonly LabelRecord[], among: readonly Concept[]): { label: LabelRecord; concept: Concept; exact: boolean }[] {
  let byConcepts = valueLabelsOf.get(labels);
  if (!byConcepts) valueLabelsOf.set(labels, (byConcepts = new Map()));
  let found = byConcepts.get(among);
  if (!found) byConcepts.set(among, (found = findValueLabels(labels, among)));
  return found;
}

function findValueLabels(labels: readonly LabelRecord[], among: readonly Concept[]): { label: LabelRecord; concept: Concept; exact: boolean }[] {
  return labels
    .filter((label) => label.visible && !label.inControl && !label.inColumnHeader && !label.inDataRow)
    .flatMap((label) => {
      const match = label.matches.find((candidate) => among.includes(candidate.concept));
      return match && isLabelFor(label.text, match) ? [{ label, concept: match.concept, exact: match.exact }] : [];
    })
    // A field's own label ("Cash balance") beats a caption around one ("Available ad credit"), which
    // beats a section heading ("Ad credit" over a panel); order on the page breaks ties.
    .sort((a, b) => rank(a) - rank(b));
}

const KNOWN_CURRENCIES = new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []);

/** An ISO code written in a text ("Currency: USD", "币种：美元 (USD)", "Amount (USD)"). */
export function currencyCodeIn(text: string): string | null {
  for (const [code] of text.matchAll(/(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])/g)) if (KNOWN_CURRENCIES.has(code)) return code;
  return null;
}

export function currencyFromLabels(labels: readonly LabelRecord[]): string | null {
  for (const label of labels) {
    if (!label.visible || !label.matches.some((match) => match.concept === 'currencyLabel')) continue;
    for (const text of [label.text, ...label.after.filter((item) => item.visible).map((item) => item.text).slice(0, 2)]) {
      const code = currencyCodeIn(text);
      if (code) return code;
    }
  }
  return null;
}

export type ValueLabel = ReturnType<typeof valueLabels>[number];

/** The first text around these labels (in rank order) that `parse` accepts, with the label it came from. */
export function firstValue<T>(candidates: readonly ValueLabel[], parse: (text: string) => T | null) {
  for (const { label } of candidates) {
    for (const text of valueTexts(label)) {
      const value = parse(text);
      if (value) return { value, label, text };
    }
  }
  return null;
}

// The amount last read from a label: when a re-read finds the same, it hands back the same object,
// so what was validated of it need not be validated again.
const amountOfLabel = new WeakMap<LabelRecord, LabelledAmount>();

export function readAmounts(labels: readonly LabelRecord[], hints: AmountHints): LabelledAmount[] {
  // A label counts for its first amount concept only ("Cash + ad credit" is not also the cash label).
  const candidates = valueLabels(labels, AMOUNT_CONCEPTS);
  return AMOUNT_CONCEPTS.flatMap((role) => {
    const found = firstValue(candidates.filter((candidate) => candidate.concept === role), (text) => parseMoney(text, hints));
    if (!found) return [];
    const unseen = isUnseen(found.label, found.text);
    const last = amountOfLabel.get(found.label);
    if (last && last.role === role && last.value === found.value.value && last.currency === found.value.currency && last.text === found.text && last.unseen === unseen)
      return [last];
    const amount: LabelledAmount = { role, value: found.value.value, currency: found.value.currency, label: found.label.text, text: found.text, ...(unseen && { unseen }) };
    amountOfLabel.set(found.label, amount);
    return [amount];
  });
}

/** Whether the text a value was read from (the first shown copy of it around its label, as valueTexts orders them) is out of sight. */
function isUnseen(label: LabelRecord, text: string): true | undefined {
  if (text === label.text) return undefined;
  const nearby = [...label.after, ...label.before].find((item) => item.visible && item.text === text);
  return nearby?.unseen;
}

/** The page's currency: a "Currency: USD" label, else the one most of its balances are in. */
export function pageCurrency(labelled: string | null, amounts: readonly LabelledAmount[], samples: readonly string[], hints: AmountHints): string | null {
  if (labelled) return labelled;
  const counts = new Map<string, number>();
  const count = (currency: string | null | undefined) => currency && counts.set(currency, (counts.get(currency) ?? 0) + 1);
  for (const amount of amounts) count(amount.currency);
  // No balance on this page (transactions, invoices, promotions): its tables' amounts say it.
  if (counts.size === 0) for (const sample of samples) count(currencyCodeIn(sample) ?? parseMoney(sample, hints)?.currency);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function readNextBillDate(labels: readonly LabelRecord[], locale: string | undefined): string | null {
  return firstValue(valueLabels(labels, NEXT_BILL_DATE), (text) => parseDate(text, { locale }))?.value ?? null;
}

const NEXT_BILL_DATE: readonly Concept[] = ['nextBillDate'];
const ACCOUNT_ID: readonly Concept[] = ['accountId'];
const ACCOUNT_ID_IN_TEXT = /(?<![\d])(\d{6,24})(?![\d])/;

export function readAccountIdFromPage(labels: readonly LabelRecord[]): string | null {
  return firstValue(valueLabels(labels, ACCOUNT_ID), (text) => ACCOUNT_ID_IN_TEXT.exec(text.replace(/[\s\u200e\u200f]/g, ''))?.[1] ?? null)?.value ?? null;
}

/**
 * Billing type from what the page says, else from what it shows: spend so far and a threshold only
 * exist on automatic payment; a cash balance is the prepaid (manual) layout.
 */
export function readBillingType(
  labels: readonly LabelRecord[],
  amounts: readonly LabelledAmount[],
  creditLine: BillingReading['creditLine'] = null,
): BillingReading['billingType'] {
  // "Payment type: Manual payment · Currency: EUR" states it as well as a bare label does.
  const stated = labels
    .filter((label) => label.visible && !label.inControl)
    .flatMap((label) => label.matches.filter((match) => BILLING_TYPE_CONCEPTS.includes(match.concept)).map((match) => ({ concept: match.concept, exact: match.exact })))
    .sort((a, b) => Number(b.exact) - Number(a.exact))[0];
  if (stated) {
    return ({ manualPayment: 'manual', automaticPayment: 'automatic', monthlyInvoicing: 'invoice' } as const)[
      stated.concept as 'manualPayment' | 'automaticPayment' | 'monthlyInvoicing'
    ];
  }
  // A credit line exists only on monthly invoicing (DOMAIN.md, "Balances and billing types").
  if (creditLine) return 'invoice';
  const roles = new Set(amounts.map((amount) => amount.role));
  if (roles.has('spendSoFar') || roles.has('billingThreshold')) return 'automatic';
  if (roles.has('cashBalance')) return 'manual';
  return null;
}
