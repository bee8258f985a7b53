import { lexiconVersion, type Concept, type ConceptMatch } from '../lexicon';
import { AMOUNT_CONCEPTS, BILLING_TYPE_CONCEPTS } from './concept-groups';
import { parseDate } from './dates';
import { parseMoney, type Money } from './money';
import { ISO_CURRENCIES } from './money-data';
import { normalized } from './words';
import type { LabelRecord, NearbyText } from './records';
import type { AmountRole, BillingReading, LabelledAmount } from './reading';
import { ADVERTISER_ID_IN_TEXT } from './value-shapes';

export interface AmountHints {
  locale?: string;
  currency?: string | null;
}

// Records are never changed once made, and a re-read keeps the records of unchanged labels: what
// is derived from one record is derived once, and kept in one place (a weak map's entry is dear to make).
interface Derived {
  /** The texts a value may be in (valueTexts). */
  texts?: string[];
  /** The first amount among them, per hints (firstMoney). */
  money?: { version: number; locale: string | undefined; currency: string | null | undefined; found: FoundMoney }[];
  /** The amount last read from the label (readAmounts). */
  amount?: LabelledAmount;
}
const derivedOf = new WeakMap<LabelRecord, Derived>();

function derived(label: LabelRecord): Derived {
  let known = derivedOf.get(label);
  if (!known) derivedOf.set(label, (known = {}));
  return known;
}

const valueLabelsOf = new WeakMap<readonly LabelRecord[], Map<readonly Concept[], ReturnType<typeof findValueLabels>>>();

/** The texts a label's value may be in, most likely first: its own text, then after it, then before it. */
function valueTexts(label: LabelRecord): string[] {
  const known = derived(label);
  let texts = known.texts;
  if (!texts) {
    // A value stands on its own ("1.234,50 €", "US$50.00 USD"); an amount inside a sentence nearby
    // ("Part of your credit (200,00 €) expires…") belongs to that sentence, not to the label.
    const visible = (nearby: NearbyText[]) => nearby.filter((item) => item.visible && item.text.length <= 64).map((item) => item.text);
    known.texts = texts = [label.text, ...visible(label.after), ...visible(label.before)];
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
  const found: { label: LabelRecord; concept: Concept; exact: boolean }[] = [];
  for (const label of labels) {
    if (!label.visible || label.inControl || label.inColumnHeader || label.inDataRow) continue;
    const match = label.matches.find((candidate) => among.includes(candidate.concept));
    if (match && isLabelFor(label.text, match)) found.push({ label, concept: match.concept, exact: match.exact });
  }
  // A field's own label ("Cash balance") beats a caption around one ("Available ad credit"), which
  // beats a section heading ("Ad credit" over a panel); order on the page breaks ties.
  return found.sort((a, b) => rank(a) - rank(b));
}

/** An ISO code written in a text ("Currency: USD", "币种：美元 (USD)", "Amount (USD)"). */
export function currencyCodeIn(text: string): string | null {
  for (const [code] of text.matchAll(/(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])/g)) if (ISO_CURRENCIES.has(code)) return code;
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

/** The first text around one label (valueTexts' order) that `parse` accepts. */
function firstAround<T>(label: LabelRecord, parse: (text: string) => T | null): { value: T; text: string } | null {
  for (const text of valueTexts(label)) {
    const value = parse(text);
    if (value) return { value, text };
  }
  return null;
}

/** The first text around these labels (in rank order) that `parse` accepts, with the label it came from. */
export function firstValue<T>(candidates: readonly ValueLabel[], parse: (text: string) => T | null) {
  for (const { label } of candidates) {
    const found = firstAround(label, parse);
    if (found) return { value: found.value, label, text: found.text };
  }
  return null;
}

type FoundMoney = { value: Money; text: string } | null;

/**
 * The first amount around a label, per hints: a re-read after one value changed parses that label's
 * texts again, not every label's. The lexicon's version counts too, as parsing may read its words.
 */
function firstMoney(label: LabelRecord, hints: AmountHints): FoundMoney {
  const known = derived(label);
  const version = lexiconVersion();
  const { locale, currency } = hints;
  const tried = (known.money ??= []);
  for (const entry of tried) if (entry.version === version && entry.locale === locale && entry.currency === currency) return entry.found;
  const found: FoundMoney = firstAround(label, (text) => parseMoney(text, hints));
  // A label is read with two hints at most (before and after the page currency is known), unless the lexicon grows.
  if (tried.length >= 4) tried.length = 0;
  tried.push({ version, locale, currency, found });
  return found;
}

export function readAmounts(labels: readonly LabelRecord[], hints: AmountHints): LabelledAmount[] {
  // A label counts for its first amount concept only ("Cash + ad credit" is not also the cash label).
  const candidates = valueLabels(labels, AMOUNT_CONCEPTS);
  // Plain loops, no spreads: this runs on every re-read that changed a balance.
  const amounts: LabelledAmount[] = [];
  for (const role of AMOUNT_CONCEPTS) {
    // As firstValue with parseMoney: the first candidate of the role, in rank order, with an amount.
    let label: LabelRecord | null = null;
    let money: FoundMoney = null;
    for (const candidate of candidates) {
      if (candidate.concept !== role) continue;
      money = firstMoney(candidate.label, hints);
      if (money) {
        label = candidate.label;
        break;
      }
    }
    if (!label || !money) continue;
    const { value, text } = money;
    const unseen = isUnseen(label, text);
    const known = derived(label);
    const last = known.amount;
    if (last && last.role === role && last.value === value.value && last.currency === value.currency && last.text === text && last.unseen === unseen) {
      amounts.push(last);
      continue;
    }
    const amount: LabelledAmount = { role, value: value.value, currency: value.currency, label: label.text, text };
    if (unseen) amount.unseen = unseen;
    // The same amount read again is the same object, so what was checked of it need not be checked again.
    known.amount = amount;
    amounts.push(amount);
  }
  return amounts;
}

/** Whether the text a value was read from (the first shown copy of it around its label, as valueTexts orders them) is out of sight. */
function isUnseen(label: LabelRecord, text: string): true | undefined {
  if (text === label.text) return undefined;
  for (const nearby of label.after) if (nearby.visible && nearby.text === text) return nearby.unseen;
  for (const nearby of label.before) if (nearby.visible && nearby.text === text) return nearby.unseen;
  return undefined;
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

export function readAccountIdFromPage(labels: readonly LabelRecord[]): string | null {
  return firstValue(valueLabels(labels, ACCOUNT_ID), (text) => ADVERTISER_ID_IN_TEXT.exec(text.replace(/[\s\u200e\u200f]/g, ''))?.[1] ?? null)?.value ?? null;
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
