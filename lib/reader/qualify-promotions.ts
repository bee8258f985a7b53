import type { Concept } from '../lexicon';
import { conceptsIn } from './words';
import { AMOUNT_CONCEPTS, COLUMN_CONCEPTS, CREDIT_TYPE_CONCEPTS, TAB_CONCEPTS } from './concept-groups';
import { parseDate, parseDateRange } from './dates';
import { parseMoney } from './money';
import type { CardRecord, TabRecord, TableRecord } from './records';
import type { Promotion } from './reading';
import { mergeTableCopies } from './table-copies';

type Status = NonNullable<Promotion['status']>;
type CreditType = NonNullable<Promotion['creditType']>;

const STATUS_OF: Partial<Record<Concept, Status>> = { tabAvailable: 'available', tabEarning: 'earning', tabNotAvailable: 'not-available' };
const CREDIT_TYPE_OF: Partial<Record<Concept, CreditType>> = { creditFree: 'free', creditAssignable: 'assignable', creditConditional: 'conditional' };

export interface ParseHints {
  locale?: string;
  currency?: string | null;
}

function statusIn(text: string): Status | null {
  const concept = conceptsIn(text, TAB_CONCEPTS)[0]?.concept;
  return concept ? (STATUS_OF[concept] ?? null) : null;
}

function creditTypeIn(text: string): CreditType | null {
  const concept = conceptsIn(text, CREDIT_TYPE_CONCEPTS)[0]?.concept;
  return concept ? (CREDIT_TYPE_OF[concept] ?? null) : null;
}

/** The selected tab says which list the rows belong to (Available / Earning / Not available). */
export function selectedTabStatus(tabs: readonly TabRecord[]): Status | null {
  for (const tab of tabs) if (tab.selected && tab.visible) {
    const status = statusIn(tab.text);
    if (status) return status;
  }
  return null;
}

// A bare "Amount" / "Valor" / "Số tiền" header names the credit's amount in a promotions table; the
// lexicon files those words under the top-up field (fieldAmount), so they are asked for here too.
const AMOUNT_HEADER_CONCEPTS: readonly Concept[] = ['colAmount', 'fieldAmount'];

function columnIndex(headers: readonly string[]): Partial<Record<Concept, number>> {
  const columns: Partial<Record<Concept, number>> = {};
  headers.forEach((header, index) => {
    const concept = conceptsIn(header, COLUMN_CONCEPTS)[0]?.concept ?? (conceptsIn(header, AMOUNT_HEADER_CONCEPTS)[0] ? 'colAmount' : undefined);
    if (concept && columns[concept] === undefined) columns[concept] = index;
  });
  return columns;
}

/** A promotion and the collector's key of the row or card it was read from, for a selector. */
export interface PromotionRow {
  promotion: Promotion;
  key: number | null;
}

function fromTable(table: TableRecord, tabStatus: Status | null, hints: ParseHints): PromotionRow[] {
  const columns = columnIndex(table.headers);
  const pieces = (row: readonly string[][], concept: Concept) => {
    const index = columns[concept];
    return index === undefined ? [] : (row[index] ?? []);
  };
  const cell = (row: readonly string[][], concept: Concept) => pieces(row, concept).join(' ');
  return table.rows.flatMap((row, rowIndex) => {
    // The name is the cell's first piece: badges ("Expired", "New") follow it.
    const name = pieces(row, 'colPromotionName')[0] || row[0]?.[0] || '';
    if (!name) return [];
    const used = parseMoney(cell(row, 'colUsedAmount'), hints);
    const range = parseDateRange(cell(row, 'colValidPeriod'), hints);
    const status = statusIn(cell(row, 'colStatus')) ?? statusIn(pieces(row, 'colPromotionName').slice(1).join(' ')) ?? tabStatus;
    // The unused amount is what is left to spend; without that column, the credit's value or amount.
    const unused =
      parseMoney(cell(row, 'colUnusedAmount'), hints) ??
      parseMoney(cell(row, 'colAmount'), hints) ??
      (status === 'earning' && !used ? offeredCredit([...pieces(row, 'colUsageRequirements'), ...pieces(row, 'colPromotionName')], hints) : null);
    const promotion: Promotion = {
      name,
      creditType: creditTypeIn(cell(row, 'colCreditType')),
      status,
      amount: unused?.value ?? null,
      usedAmount: used?.value ?? null,
      currency: unused?.currency ?? used?.currency ?? null,
      validFrom: range?.from ?? null,
      validUntil: range?.until ?? null,
    };
    return [{ promotion, key: table.rowKeys[rowIndex] ?? null }];
  });
}

/**
 * An offer still being earned has no unused amount yet: what it offers is in its requirement
 * ("Spend €500, get €500 ad credit") or its name. Only a text that shows its currency counts, so
 * "expires 90 days after it is issued" is not €90; the progress column ("€123.45 of €500.00",
 * "€376.55 to go") is never read. "Spend €1,000, get €200" holds two amounts and stays unread.
 */
function offeredCredit(texts: readonly string[], hints: ParseHints) {
  return firstParsed(texts, (text) => (parseMoney(text, {})?.currency != null ? parseMoney(text, hints) : null));
}

/** Where a card shows a labelled value: in the label's own text ("Valid until 31/12/2026"), or the text after it. */
function valueAfter(texts: readonly string[], concepts: readonly Concept[]): string[] {
  const index = texts.findIndex((text) => conceptsIn(text, concepts).length > 0);
  return index < 0 ? [] : [texts[index] ?? '', texts[index + 1] ?? '', `${texts[index]} ${texts[index + 1] ?? ''}`];
}

function firstParsed<T>(texts: readonly string[], parse: (text: string) => T | null): T | null {
  for (const text of texts) {
    const value = parse(text);
    if (value) return value;
  }
  return null;
}

const CARD_LABEL_CONCEPTS: readonly Concept[] = [...COLUMN_CONCEPTS, ...CREDIT_TYPE_CONCEPTS, ...TAB_CONCEPTS, ...AMOUNT_CONCEPTS, 'validUntil'];

/** A date, a period or an amount on its own: a card's value, never its name. */
function isBareValue(text: string, hints: ParseHints): boolean {
  if (!/\d/.test(text) || text.length > 40) return false;
  if (parseDate(text, hints) !== null || parseDateRange(text, hints) !== null) return true;
  if (text.length > 24 || parseMoney(text, hints) === null) return false;
  return !/\p{L}/u.test(text) || parseMoney(text, {})?.currency != null;
}

function fromCard(card: CardRecord, tabStatus: Status | null, hints: ParseHints): Promotion | null {
  const isLabelOrValue = (text: string) =>
    conceptsIn(text, CARD_LABEL_CONCEPTS).length > 0 ||
    // A bare amount is a value; "Spend R$ 500, get R$ 500 in ad credit" is a name that mentions one,
    // and so is "Kupon świąteczny 2026", whose year reads as money only with the page's currency.
    isBareValue(text, hints);
  // The heading may be a bold credit-type badge rather than the name; the name is never a label or value.
  // A heading that only contains a label's words is a name ("Holiday ad credit", "신규 광고주 환영 크레딧").
  const isLabelHeading = (text: string) => conceptsIn(text, CARD_LABEL_CONCEPTS).some((match) => match.exact) || isBareValue(text, hints);
  const heading = card.heading && !isLabelHeading(card.heading) ? card.heading : '';
  const name = heading || card.texts.find((text) => text.length > 2 && !isLabelOrValue(text)) || '';
  if (!name) return null;
  const range = firstParsed(valueAfter(card.texts, ['validUntil', 'colValidPeriod']), (text) => parseDateRange(text, hints));
  // A card without a validity date is something else that expires (a payment card's "Expires 08/28").
  if (!range?.until && !range?.from) return null;
  const money = (text: string) => parseMoney(text, hints);
  // A card without an "Unused amount" label shows the credit as its one amount.
  const unused = firstParsed(valueAfter(card.texts, ['colUnusedAmount']), money) ?? firstParsed(card.texts, money);
  const used = firstParsed(valueAfter(card.texts, ['colUsedAmount']), money);
  const typeText = card.texts.find((text) => creditTypeIn(text));
  const statusText = card.texts.find((text) => statusIn(text) && text.length < 40);
  return {
    name,
    creditType: typeText ? creditTypeIn(typeText) : null,
    status: (statusText ? statusIn(statusText) : null) ?? tabStatus,
    amount: unused?.value ?? null,
    usedAmount: used?.value ?? null,
    currency: unused?.currency ?? null,
    validFrom: range?.from ?? null,
    validUntil: range?.until ?? null,
  };
}

export function readPromotionRows(tables: readonly TableRecord[], cards: readonly CardRecord[], tabs: readonly TabRecord[], hints: ParseHints): PromotionRow[] {
  const tabStatus = selectedTabStatus(tabs);
  const rows = mergeTableCopies(tables).flatMap((table) => fromTable(table, tabStatus, hints));
  if (rows.length > 0) return rows;
  return cards.flatMap((card) => {
    const promotion = fromCard(card, tabStatus, hints);
    return promotion ? [{ promotion, key: null }] : [];
  });
}

export function readPromotions(tables: readonly TableRecord[], cards: readonly CardRecord[], tabs: readonly TabRecord[], hints: ParseHints): Promotion[] {
  return readPromotionRows(tables, cards, tabs, hints).map((row) => row.promotion);
}
