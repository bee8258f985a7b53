import { RecordCollector } from './collect';
import { LabelIndex } from './label-index';
import { PageChanges, pageChangesOf } from './page-changes';
import { intlLocaleFor } from './locale';
import { accountIdFromUrl, isBillingRoute, isFinanceAreaRoute } from './page-kind';
import { pageCurrency, readAccountIdFromPage, readAmounts, readBillingType, readNextBillDate, currencyFromLabels } from './qualify-amounts';
import { chooseCouponEntry, chooseCouponLink } from './qualify-coupon-entry';
import { readMessages } from './qualify-messages';
import { readLanguage, readPageKind } from './qualify-page';
import { readPromotionRows } from './qualify-promotions';
import { type AmountRole, type BillingReading } from './reading';
import { PartMemo } from './part-memo';
import { AMOUNT_CONCEPTS, BILLING_TYPE_CONCEPTS, CREDIT_LINE_CONCEPTS } from './concept-groups';
import { readCreditLine } from './qualify-credit-line';
import type { Concept, ConceptMatch } from '../lexicon';
import type { LabelRecord, PageRecords } from './records';
import { SameList } from './same-list';
import { selectorFor } from './selector';
import { findReadElements, type ReadElements } from './read-elements';

export interface PageReading {
  reading: BillingReading;
  /** The element the coupon entry selector names, for the in-place outline. */
  couponElement: Element | null;
  /** The elements the reading was read from (balances, messages, promotion rows, the coupon entry). */
  elements(): ReadElements;
}

type LabelGroup = 'amount' | 'creditLine' | 'currency' | 'accountId' | 'billingType' | 'nextBillDate';

const AMOUNT_CONCEPT_SET = new Set<Concept>(AMOUNT_CONCEPTS);
const CREDIT_LINE_CONCEPT_SET = new Set<Concept>(CREDIT_LINE_CONCEPTS);
const BILLING_TYPE_CONCEPT_SET = new Set<Concept>(BILLING_TYPE_CONCEPTS);

function groupOf(concept: Concept): LabelGroup | null {
  if (AMOUNT_CONCEPT_SET.has(concept)) return 'amount';
  if (CREDIT_LINE_CONCEPT_SET.has(concept)) return 'creditLine';
  if (BILLING_TYPE_CONCEPT_SET.has(concept)) return 'billingType';
  return concept === 'currencyLabel' ? 'currency' : concept === 'accountId' ? 'accountId' : concept === 'nextBillDate' ? 'nextBillDate' : null;
}

type LabelGroups = Record<LabelGroup, readonly LabelRecord[]> & { matches: readonly (readonly ConceptMatch[])[] };

/**
 * The labels each part of a reading reads (a label with several concepts is in several groups),
 * and every label's matches, in one pass; a group equal to last time's is last time's array, so
 * each part is redone only when its own labels changed.
 */
function labelGroups(labels: readonly LabelRecord[], previous: LabelGroups | undefined): LabelGroups {
  const lists = {
    amount: new SameList(previous?.amount),
    creditLine: new SameList(previous?.creditLine),
    currency: new SameList(previous?.currency),
    accountId: new SameList(previous?.accountId),
    billingType: new SameList(previous?.billingType),
    nextBillDate: new SameList(previous?.nextBillDate),
  };
  const matches = new SameList(previous?.matches);
  for (const label of labels) {
    matches.push(label.matches);
    if (label.matches.length === 1) {
      const group = groupOf(label.matches[0]!.concept);
      if (group) lists[group].push(label);
      continue;
    }
    // A label with two concepts of one group joins it once.
    const joined: LabelGroup[] = [];
    for (const { concept } of label.matches) {
      const group = groupOf(concept);
      if (group && !joined.includes(group)) joined.push(group);
    }
    for (const group of joined) lists[group].push(label);
  }
  return {
    amount: lists.amount.done(),
    creditLine: lists.creditLine.done(),
    currency: lists.currency.done(),
    accountId: lists.accountId.done(),
    billingType: lists.billingType.done(),
    nextBillDate: lists.nextBillDate.done(),
    matches: matches.done(),
  };
}

/**
 * Records in, reading out (before validation); the selector is filled in by the caller. Pure: the
 * memo only skips parts whose inputs are the very ones it saw, so a fresh memo gives the same reading.
 */
export function qualify(
  records: PageRecords,
  memo = new PartMemo(),
): { reading: BillingReading; couponKey: number | null; promotionKeys: readonly (number | null)[] } {
  const { labels, url } = records;
  // Each part sees only the labels it reads, so a changed amount does not redo the language or the date.
  const groups = memo.get('groups', [labels], () => labelGroups(labels, memo.last<LabelGroups>('groups')));
  // A promotion card never holds a balance label (collectCards leaves such boxes out), so a card text
  // that merely contains a balance phrase ("Holiday ad credit" over "$120.00") names that promotion.
  const amountLabels = memo.get('amountLabels', [groups.amount, records.cards], () => outsideCards(groups.amount, records.cards));
  const language = memo.get('language', [records.declaredLanguage, groups.matches], () => readLanguage(records));
  const locale = intlLocaleFor(records.declaredLanguage, language);
  const currencyLabels = groups.currency;
  const labelledCurrency = memo.get('labelledCurrency', [currencyLabels], () => currencyFromLabels(currencyLabels));
  const firstPass = memo.get('firstPass', [amountLabels, locale, labelledCurrency], () => readAmounts(amountLabels, { locale, currency: labelledCurrency }));
  const currency = memo.get('currency', [labelledCurrency, firstPass, records.tableSamples, records.cards, locale], () =>
    pageCurrency(labelledCurrency, firstPass, [...records.tableSamples, ...records.cards.flatMap((card) => card.texts)], { locale }),
  );
  // Ambiguous symbols ($, ¥, kr) resolve to the page's currency once it is known.
  const amounts =
    currency && currency !== labelledCurrency ? memo.get('amounts', [amountLabels, locale, currency], () => readAmounts(amountLabels, { locale, currency })) : firstPass;
  const value = (role: AmountRole) => amounts.find((amount) => amount.role === role)?.value ?? null;
  const creditLine = memo.get('creditLine', [groups.creditLine, locale, currency], () => readCreditLine(groups.creditLine, { locale, currency }));

  const entry = memo.get('entry', [records.inputs, records.controls, url], () => chooseCouponEntry(records.inputs, records.controls, url));
  const link = entry ? null : memo.get('couponLink', [records.controls, url], () => chooseCouponLink(records.controls, url));
  const field = entry?.kind === 'field' ? (records.inputs.find((input) => input.key === entry.key) ?? null) : null;
  const fromUrl = memo.get('fromUrl', [url], () => accountIdFromUrl(url));
  const pageAccountId = fromUrl.accountId ? null : memo.get('pageAccountId', [groups.accountId], () => readAccountIdFromPage(labels));
  // A known route decides the page kind by itself; an unknown one is judged by the content (see readPageKind).
  const byRoute = url !== null && !isFinanceAreaRoute(url);
  const hasCouponEntry = entry !== null;
  const kind = memo.get('pageKind', byRoute ? [url] : [url, labels, records.tables, records.cards, records.headings, amounts, creditLine, hasCouponEntry], () =>
    readPageKind(records, { amounts, creditLine, hasCouponEntry }),
  );
  const promotionRows = memo.get('promotionRows', [records.tables, records.cards, records.tabs, locale, currency], () =>
    readPromotionRows(records.tables, records.cards, records.tabs, { locale, currency }),
  );
  const promotions = memo.get('promotions', [promotionRows], () => promotionRows.map((row) => row.promotion));
  const couponEntry = memo.get('couponEntry', [entry, link], (): BillingReading['couponEntry'] =>
    entry
      ? { kind: entry.kind, selector: null, confidence: entry.confidence, signals: entry.signals, label: entry.label }
      : { kind: 'none', selector: null, confidence: 0, signals: [], label: null, link },
  );

  const reading: BillingReading = {
    url,
    pageKind: kind.kind,
    pageKindConfidence: kind.confidence,
    language,
    accountId: fromUrl.accountId ?? pageAccountId,
    accountIdSource: fromUrl.accountId ? 'url' : pageAccountId ? 'page' : null,
    businessCenterId: fromUrl.orgId,
    // Only the labels of its group can state it; every amount change redoes this, so it reads those alone.
    billingType: memo.get('billingType', [groups.billingType, amounts, creditLine], () => readBillingType(groups.billingType, amounts, creditLine)),
    currency,
    accountBalance: value('accountBalance'),
    cashBalance: value('cashBalance'),
    creditBalance: value('creditBalance'),
    creditLine,
    spendSoFar: value('spendSoFar'),
    billingThreshold: value('billingThreshold'),
    nextBillDate: memo.get('nextBillDate', [groups.nextBillDate, locale], () => readNextBillDate(labels, locale)),
    amounts,
    couponEntry,
    messages: memo.get('messages', [records.messages, field], () => readMessages(records.messages, field)),
    promotions,
    missing: [],
  };
  const missing = missingOnBillingRoute(reading);
  reading.missing = memo.get('missing', [missing.join('\n')], () => missing);
  const promotionKeys = memo.get('promotionKeys', [promotionRows], () => promotionRows.map((row) => row.key));
  return { reading, couponKey: entry?.key ?? null, promotionKeys };
}

function outsideCards(labels: readonly LabelRecord[], cards: PageRecords['cards']): readonly LabelRecord[] {
  if (cards.length === 0) return labels;
  const cardTexts = new Set(cards.flatMap((card) => card.texts));
  const inCard = (label: LabelRecord) => cardTexts.has(label.text) && !label.matches.some((match) => match.exact && AMOUNT_CONCEPT_SET.has(match.concept));
  return labels.some(inCard) ? labels.filter((label) => !inCard(label)) : labels;
}

/** What a Billing page of this kind always shows; its absence means the layout changed under us. */
function missingOnBillingRoute(reading: BillingReading): string[] {
  if (reading.pageKind === 'other' || (reading.url && !isBillingRoute(reading.url))) return [];
  const missing: string[] = [];
  if ((reading.pageKind === 'payment' || reading.pageKind === 'bc-payment') && reading.amounts.length === 0) missing.push('balances');
  if (reading.pageKind === 'payment' && reading.couponEntry.kind === 'none') missing.push('coupon entry');
  if (reading.pageKind === 'promotions' && reading.promotions.length === 0) missing.push('promotions');
  return missing;
}

/** Promotion rows given a selector per read (assignable ones, which a hint points at). */
const MAX_POINTED_ROWS = 5;

/** How long records read after text-only changes are trusted before everything is read again. */
const MAX_KEPT_MS = 5_000;

/**
 * Reads one page, keeping what it read between reads: `update` with MutationObserver records makes
 * the next `read` walk only what changed, and, when only texts changed, re-read only the records
 * those texts belong to.
 */
export class PageReader {
  #labelIndex = new LabelIndex();
  #collector: RecordCollector;
  #memo = new PartMemo();
  #selectors = new Map<Element, string>();
  #scanned = false;
  #judgedAt = 0;
  readonly #document: Document;
  /** The clock for `MAX_KEPT_MS`; tests pass their own. */
  readonly #now: () => number;

  constructor(document: Document, now: () => number = Date.now) {
    this.#document = document;
    this.#now = now;
    this.#collector = new RecordCollector(document, this.#labelIndex);
  }

  get index(): LabelIndex {
    return this.#labelIndex;
  }

  /**
   * Takes in what the page changed since the last update: MutationObserver records, or records the
   * page watcher folded as they arrived. Returns whether any label came or went.
   */
  update(changes: PageChanges | Iterable<MutationRecord>): boolean {
    if (!this.#scanned) return true;
    const folded = changes instanceof PageChanges ? changes : pageChangesOf(changes);
    if (folded.everything) {
      // The watcher stopped following a flood of changes: read afresh, which is exact by definition.
      this.reset();
      return true;
    }
    const texts = folded.textChanges();
    if (texts && !this.index.restyled(texts.restyled)) {
      this.#collector.textChanged(texts);
      return this.index.updateTexts(texts);
    }
    this.#structureChanged();
    return this.index.update(folded);
  }

  /** Forget everything (a new route): the next read walks the whole page again. */
  reset(): void {
    this.#labelIndex = new LabelIndex();
    this.#collector = new RecordCollector(this.#document, this.#labelIndex);
    this.#memo = new PartMemo();
    this.#selectors.clear();
    this.#scanned = false;
  }

  read(url: string | null): PageReading {
    if (!this.#scanned) {
      this.index.scan(this.#document);
      this.#scanned = true;
    }
    // A style sheet that loads or a window that resizes changes what is shown without a mutation;
    // what was judged a while ago is judged again.
    if (this.#now() - this.#judgedAt > MAX_KEPT_MS) this.#structureChanged();
    const { records, elements } = this.#collector.collect(url);
    const { reading, couponKey, promotionKeys } = qualify(records, this.#memo);
    const couponElement = couponKey === null ? null : (elements[couponKey] ?? null);
    if (couponElement) {
      const selector = this.#selectorOf(couponElement);
      reading.couponEntry = this.#memo.get('couponEntryWithSelector', [reading.couponEntry, selector], () => ({ ...reading.couponEntry, selector }));
    }
    // An assignable promotion points at its row, so the hint about it can show the user where to assign
    // it. Only those, and only the first few: a unique selector costs a search of the page, and a table
    // of thousands of rows must not cost thousands of them.
    let pointed = 0;
    const rowSelectors = promotionKeys.map((key, index) => {
      const row = key === null ? null : elements[key];
      if (!row || reading.promotions[index]?.creditType !== 'assignable' || pointed >= MAX_POINTED_ROWS) return null;
      pointed++;
      return this.#selectorOf(row);
    });
    if (rowSelectors.some((selector) => selector !== null)) {
      const promotions = reading.promotions;
      reading.promotions = this.#memo.get('promotionsWithSelectors', [promotions, rowSelectors.join('\n')], () =>
        promotions.map((promotion, index) => ({ ...promotion, selector: rowSelectors[index] ?? null })),
      );
    }
    // No zod here: the reading is our own output, built from typed records, and checking it on every
    // read cost a first read several milliseconds (zod builds its checks on first use). It is checked
    // where it crosses a trust boundary: the popup's message (lib/messages.ts) and the notes' ops
    // (lib/notes/store.ts); tests hold every fixture's and every fuzzed page's reading to the schema.
    // Found only when asked (the dock placing itself), and once per read: most reads are never asked.
    let readElements: ReadElements | null = null;
    const found = { labels: records.labels, messages: records.messages, elements, coupon: couponElement, promotionKeys };
    return { reading, couponElement, elements: () => (readElements ??= findReadElements(this.#document, reading, found)) };
  }

  #structureChanged(): void {
    this.#collector.structureChanged();
    this.#selectors.clear();
    this.#judgedAt = this.#now();
  }

  /** A selector depends on elements and attributes only, so it holds until the structure changes. */
  #selectorOf(element: Element): string {
    let selector = this.#selectors.get(element);
    if (selector === undefined) this.#selectors.set(element, (selector = selectorFor(element)));
    return selector;
  }
}

/** One-shot read of a document (the inspect command, tests). */
export function readBillingPage(document: Document, url: string | null): BillingReading {
  return new PageReader(document).read(url).reading;
}
