import { matchConcepts } from '../lexicon';
import { CARD_MARKER_CONCEPTS, COLUMN_CONCEPTS, TAB_CONCEPTS, VALUE_CONCEPTS } from './concept-groups';
import { closestComposed, composedParent, documentHasLayout, isVisible, squash, textOf, textOfIdRefs } from './dom';
import type { LabelIndex } from './label-index';
import type {
  CardRecord,
  ControlRecord,
  InputRecord,
  LabelRecord,
  MessageRecord,
  NearbyText,
  PageRecords,
  TabRecord,
  TableRecord,
} from './records';

/**
 * The DOM side of the reader: turns the page into plain records (see records.ts). Judgement lives in
 * the qualify-*.ts files. Everything here is bounded (levels climbed, texts gathered, rows read) so a
 * hostile or huge page costs a known amount.
 */

const CONTROL = 'button, a[href], [role="button"], [role="link"], [role="menuitem"], [role="tab"], input[type="button"], input[type="submit"], summary';
const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const TEXT_INPUT = 'input, textarea, [contenteditable="true"], [contenteditable=""], [role="textbox"], [role="combobox"]';
const NOT_TEXT_INPUT_TYPES = new Set(['hidden', 'checkbox', 'radio', 'submit', 'button', 'reset', 'file', 'image', 'color', 'range', 'date', 'datetime-local', 'month', 'week', 'time', 'password']);
const MESSAGE_REGION = '[role="alert"], [role="status"], [aria-live]:not([aria-live="off"]), output';
// Toasts are often plain divs appended to <body>; their kits name them in words that survive hashing.
const TOAST = '[class*="toast" i], [class*="snackbar" i], [class*="notification" i], [class*="message" i], [class*="notice" i]';
const TABLE = 'table, [role="table"], [role="grid"], [role="treegrid"]';
const TABLE_ROW = 'tr, [role="row"]';
const TABLE_CELL = 'td, th, [role="cell"], [role="gridcell"], [role="rowheader"], [role="columnheader"]';
const TABLE_HEADER = 'th, [role="columnheader"]';

const NEARBY_LEVELS = 5;
const NEARBY_TEXTS = 6;
const MAX_ROWS = 300;
const MAX_MESSAGES = 40;
const MAX_CARD_TEXTS = 40;

export interface Collected {
  records: PageRecords;
  /** Elements behind record keys, for building a selector for the chosen coupon entry. */
  elements: Element[];
}

export function collectRecords(document: Document, index: LabelIndex, url: string | null): Collected {
  const elements: Element[] = [];
  const keyOf = (element: Element) => elements.push(element) - 1;
  const hasLayout = documentHasLayout(document);
  const visible = memoizeVisibility(hasLayout);
  // The walk registered every element these selectors can match; asking it avoids a query per
  // selector over the whole page on every read.
  const queryAll = (selector: string) => index.elementsMatching(selector);

  const hits = index.entries();
  const labels: LabelRecord[] = [];
  for (const hit of hits) {
    const element = hit.node.parentElement ?? composedParent(hit.node);
    if (!element) continue;
    const wantsNeighbours = hit.matches.some((match) => VALUE_CONCEPTS.includes(match.concept));
    const header = closestComposed(element, TABLE_HEADER);
    const columnValue = wantsNeighbours && header ? singleRowValue(header, visible) : null;
    const around = columnValue
      ? { after: [columnValue], before: [] }
      : wantsNeighbours
        ? neighbourhood(hit.node, index, visible)
        : { after: [], before: [] };
    labels.push({
      key: keyOf(element),
      text: squash(hit.node.data),
      matches: hit.matches,
      visible: visible(element),
      inControl: closestComposed(element, CONTROL) != null,
      inHeading: closestComposed(element, HEADING) != null,
      inColumnHeader: header != null && columnValue == null && isHeaderRow(header),
      inDataRow: isDataRow(element),
      ...around,
    });
  }

  const inputs: InputRecord[] = [];
  for (const element of queryAll(TEXT_INPUT)) {
    if (element.localName === 'input' && NOT_TEXT_INPUT_TYPES.has((element as HTMLInputElement).type)) continue;
    inputs.push(describeInput(element, keyOf(element), visible));
  }

  const controls = collectControls(hits, queryAll, keyOf, visible);
  const messages = collectMessages(queryAll, keyOf, visible);
  const tabs = collectTabs(hits, queryAll, visible);
  const tableSamples: string[] = [];
  const tables = collectTables(queryAll, visible, tableSamples);
  const cards = collectCards(hits, visible);
  const headings = queryAll('title, h1, h2, [role="heading"][aria-level="1"], [role="heading"][aria-level="2"], [aria-current="page"]')
    .filter((element) => element.localName === 'title' || visible(element))
    .map((element) => textOf(element, 120))
    .filter(Boolean);

  return {
    elements,
    records: {
      url,
      declaredLanguage: document.documentElement?.getAttribute('lang') || null,
      hasLayout,
      labels,
      headings,
      inputs,
      controls,
      messages,
      tabs,
      tables,
      tableSamples: tableSamples.slice(0, 60),
      cards,
    },
  };
}

function memoizeVisibility(hasLayout: boolean): (element: Element) => boolean {
  const cache = new Map<Element, boolean>();
  return (element) => {
    let result = cache.get(element);
    if (result === undefined) {
      result = isVisible(element, hasLayout);
      cache.set(element, result);
    }
    return result;
  };
}

/**
 * The texts around a label, at the nearest level of the tree that holds a digit: the value of
 * "Cash balance" may sit in the same element, the next sibling, the next cell, or the row above.
 * Gathering stops at the next value label, so one label never takes its neighbour's amount.
 */
function neighbourhood(node: Text, index: LabelIndex, visible: (element: Element) => boolean): { after: NearbyText[]; before: NearbyText[] } {
  const document = node.ownerDocument;
  let container: Element | null = node.parentElement;
  for (let level = 0; container && level < NEARBY_LEVELS; level++, container = container.parentElement) {
    // Elements are visited too, for custom elements that draw their value in a shadow root.
    const walker = document.createTreeWalker(container, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, { acceptNode: textsAndShadowHosts });
    const after = gather(walker, node, 'nextNode', index, visible);
    const before = gather(walker, node, 'previousNode', index, visible);
    // A custom element that slots its label may draw the value in its own shadow root.
    if (container.shadowRoot && !after.some(hasDigit)) after.push(...runsUnder(container.shadowRoot, visible, NEARBY_TEXTS));
    if (after.some(hasDigit) || before.some(hasDigit)) return { after, before };
  }
  return { after: [], before: [] };
}

function gather(
  walker: TreeWalker,
  start: Text,
  step: 'nextNode' | 'previousNode',
  index: LabelIndex,
  visible: (element: Element) => boolean,
): NearbyText[] {
  const texts: NearbyText[] = [];
  // The label's own element may hold its value too ("Available credit: <strong>75,00 €</strong>"),
  // so its run is read like any other.
  let lastRun: Element | null = null;
  walker.currentNode = start;
  for (let node = walker[step](); node && texts.length < NEARBY_TEXTS; node = walker[step]()) {
    if (node.nodeType === 1) {
      const element = node as Element;
      const text = squash(shadowText(element.shadowRoot!));
      if (text && visible(element)) texts.push({ text: text.slice(0, 200), visible: true });
      continue;
    }
    if (isNextLabel(node as Text, index, visible)) break;
    if (!squash((node as Text).data)) continue;
    // "$<span>1,284.</span><span>50</span>" is one amount: read the run of inline elements as one text.
    const run = inlineRun(node);
    if (run === lastRun) continue;
    lastRun = run;
    const text = run ? visibleTextOf(run, visible) : squash((node as Text).data);
    if (text) texts.push({ text: text.slice(0, 200), visible: run ? visible(run) : true });
  }
  return texts;
}

/** Another value's label ends a label's neighbourhood; a tooltip sentence that mentions one does not. */
function isNextLabel(node: Text, index: LabelIndex, visible: (element: Element) => boolean): boolean {
  const matches = index.matchesOf(node);
  if (!matches?.some((match) => VALUE_CONCEPTS.includes(match.concept))) return false;
  return node.data.trim().length <= 40 && node.parentElement != null && visible(node.parentElement);
}

const INLINE = new Set(['span', 'b', 'strong', 'i', 'em', 'small', 'sup', 'sub', 'bdi', 'bdo', 'font', 'u', 'mark', 'data', 'abbr']);

/** The nearest element around a text that is not just inline formatting (its "cell"). */
function inlineRun(node: Node): Element | null {
  let element = node.parentElement;
  while (element && INLINE.has(element.localName) && element.parentElement && INLINE.has(element.parentElement.localName)) element = element.parentElement;
  if (element && INLINE.has(element.localName) && element.parentElement && element.parentElement.children.length <= 4) {
    // A value drawn as a few sibling spans ("$", "1,284.", "50") belongs to their shared parent.
    const parent = element.parentElement;
    if ([...parent.children].every((child) => INLINE.has(child.localName) && isAmountPiece(child.textContent ?? ''))) return parent;
  }
  return element;
}

/** Walker filter: every text, and elements only when they host a shadow root; never script content. */
function textsAndShadowHosts(node: Node): number {
  if (node.nodeType !== 1) return 1; // ACCEPT
  const element = node as Element;
  if (/^(script|style|noscript|template)$/.test(element.localName)) return 2; // REJECT
  return element.shadowRoot ? 1 : 3; // ACCEPT : SKIP
}

/**
 * The texts under a root (an element or a shadow root), one per inline run, in order; a custom
 * element inside contributes the text its shadow root draws.
 */
function runsUnder(root: Element | ShadowRoot, visible: (element: Element) => boolean, limit: number): NearbyText[] {
  const pieces: NearbyText[] = [];
  let lastRun: Element | null = null;
  const walker = root.ownerDocument!.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, { acceptNode: textsAndShadowHosts });
  for (let node = walker.nextNode(); node && pieces.length < limit; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      const text = squash(shadowText((node as Element).shadowRoot!));
      if (text) pieces.push({ text: text.slice(0, 200), visible: visible(node as Element) });
      continue;
    }
    const run = inlineRun(node);
    if (!squash((node as Text).data) || run === lastRun) continue;
    lastRun = run;
    const inside = run !== null && run !== root && (root as Node).contains(run);
    pieces.push({ text: (inside ? visibleTextOf(run, visible) : squash((node as Text).data)).slice(0, 200), visible: run ? visible(run) : true });
  }
  return pieces;
}

/** The text a shadow root draws, nested shadow roots included ("$" "85" "." "25" as parts). */
function shadowText(root: ShadowRoot): string {
  let text = '';
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 | 0x4);
  for (let node = walker.nextNode(); node && text.length < 400; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      if (!/^(script|style)$/.test(node.parentElement?.localName ?? '')) text += (node as Text).data;
    } else if ((node as Element).shadowRoot) text += shadowText((node as Element).shadowRoot!);
  }
  return text;
}

/** A piece of a split amount holds digits, signs and at most a currency code's letters, never words. */
function isAmountPiece(text: string): boolean {
  return (text.match(/\p{L}/gu)?.length ?? 0) <= 3;
}

/** An element's text without its hidden parts (a stale amount kept for an animation, an icon label). */
function visibleTextOf(element: Element, visible: (element: Element) => boolean): string {
  const walker = element.ownerDocument.createTreeWalker(element, 0x4 /* SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < 400; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && (parent === element || visible(parent)) && !/^(script|style)$/.test(parent.localName)) text += (node as Text).data;
  }
  return squash(text);
}

/**
 * A header over one row of values is a label row ("Spend so far | Threshold | Next bill" above the
 * amounts): the value is the cell under it. Over many rows it names a column, not a value.
 */
function singleRowValue(header: Element, visible: (element: Element) => boolean): NearbyText | null {
  const row = header.closest(TABLE_ROW);
  const table = header.closest(TABLE);
  if (!row || !table) return null;
  const column = [...row.children].filter((cell) => cell.matches(TABLE_CELL)).indexOf(header);
  const bodyRows = [...table.querySelectorAll(TABLE_ROW)].filter((other) => other !== row && other.closest(TABLE) === table && !other.querySelector(TABLE_HEADER));
  if (column < 0 || bodyRows.length !== 1) return null;
  const cell = [...bodyRows[0]!.children].filter((candidate) => candidate.matches(TABLE_CELL))[column];
  return cell ? { text: visibleTextOf(cell, visible), visible: visible(cell) } : null;
}

/** A row of headers only (a thead row), as opposed to a row header beside its value. */
function isHeaderRow(header: Element): boolean {
  const row = header.closest(TABLE_ROW);
  return !row || [...row.children].filter((cell) => cell.matches(TABLE_CELL)).every((cell) => cell.matches(TABLE_HEADER));
}

/** A row of a data table (a transaction, an invoice): its words describe that row, not a balance. */
function isDataRow(element: Element): boolean {
  const row = element.closest(TABLE_ROW);
  if (!row || element.closest(`${TABLE_HEADER}, [role="rowheader"]`)) return false;
  const cells = [...row.children].filter((cell) => cell.matches(TABLE_CELL) && !cell.matches(TABLE_HEADER));
  if (cells.length < 3 || !cells.some((cell) => !cell.contains(element) && /\d/.test(cell.textContent ?? ''))) return false;
  // In a key/value row (name, value, note) the first cell names the value; a record of four or more
  // fields (a transaction, a promotion) is data, whichever cell the words are in.
  return cells.length >= 4 || !cells[0]!.contains(element);
}

const hasDigit = (nearby: NearbyText) => nearby.visible && /[\d\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/.test(nearby.text);

function describeInput(element: Element, key: number, visible: (element: Element) => boolean): InputRecord {
  const input = element as HTMLInputElement;
  const dialog = closestComposed(element, DIALOG);
  const labels = 'labels' in input && input.labels ? [...input.labels].map((label) => textOf(label, 120)) : [];
  const wrappingLabel = closestComposed(element, 'label');
  if (wrappingLabel && labels.length === 0) labels.push(textOf(wrappingLabel, 120));
  const labelledBy = textOfIdRefs(element, 'aria-labelledby');
  if (labelledBy) labels.push(labelledBy);
  const maxLength = input.getAttribute('maxlength');
  return {
    key,
    tag: element.localName,
    type: (element.getAttribute('type') ?? '').toLowerCase(),
    name: element.getAttribute('name') ?? '',
    idAttribute: element.id ?? '',
    placeholder: element.getAttribute('placeholder') ?? element.getAttribute('data-placeholder') ?? '',
    ariaLabel: element.getAttribute('aria-label') ?? '',
    labelText: squash(labels.join(' ')),
    describedBy: squash(`${textOfIdRefs(element, 'aria-describedby')} ${textOfIdRefs(element, 'aria-errormessage')}`),
    autocomplete: (element.getAttribute('autocomplete') ?? '').toLowerCase(),
    inputMode: (element.getAttribute('inputmode') ?? '').toLowerCase(),
    maxLength: maxLength && /^\d+$/.test(maxLength) ? Number(maxLength) : null,
    ...textAroundInput(element, dialog, visible),
    inDialog: dialog != null,
    dialogTitle: dialog ? dialogTitle(dialog) : '',
    inShadowRoot: element.getRootNode() !== element.ownerDocument,
    visible: visible(element),
    disabled: input.disabled === true || element.getAttribute('aria-disabled') === 'true',
    invalid: element.getAttribute('aria-invalid') === 'true',
  };
}

/** Texts just before an input (its label, when there is no <label>) and after it (its error line). */
function textAroundInput(element: Element, dialog: Element | null, visible: (element: Element) => boolean): { textBefore: string[]; textAfter: NearbyText[] } {
  // A form item is rarely more than three wrappers deep; a dialog bounds it when it is closer.
  let container: Element = element;
  for (let level = 0; level < 3 && container.parentElement && container !== dialog; level++) container = container.parentElement;
  const walker = element.ownerDocument.createTreeWalker(container, 0x4 /* SHOW_TEXT */);
  const textBefore: string[] = [];
  walker.currentNode = element;
  for (let node = walker.previousNode(); node && textBefore.length < 3; node = walker.previousNode()) {
    const text = squash((node as Text).data);
    if (text && node.parentElement && visible(node.parentElement)) textBefore.push(text.slice(0, 160));
  }
  const textAfter: NearbyText[] = [];
  let last: Node = element;
  while (last.lastChild) last = last.lastChild;
  walker.currentNode = last;
  for (let node = walker.nextNode(); node && textAfter.length < 4; node = walker.nextNode()) {
    const text = squash((node as Text).data);
    if (text) textAfter.push({ text: text.slice(0, 300), visible: node.parentElement ? visible(node.parentElement) : true });
  }
  return { textBefore, textAfter };
}

function dialogTitle(dialog: Element): string {
  return textOfIdRefs(dialog, 'aria-labelledby') || dialog.getAttribute('aria-label') || textOf(dialog.querySelector(HEADING), 120);
}

function collectControls(
  hits: ReturnType<LabelIndex['entries']>,
  queryAll: (selector: string) => Element[],
  keyOf: (element: Element) => number,
  visible: (element: Element) => boolean,
): ControlRecord[] {
  const seen = new Set<Element>();
  const controls: ControlRecord[] = [];
  const add = (control: Element) => {
    if (seen.has(control)) return;
    seen.add(control);
    controls.push({
      key: keyOf(control),
      text: textOf(control, 120),
      ariaLabel: control.getAttribute('aria-label') ?? '',
      title: control.getAttribute('title') ?? '',
      visible: visible(control),
      inDialog: closestComposed(control, DIALOG) != null,
    });
  };
  for (const hit of hits) {
    if (!hit.matches.some((match) => match.concept === 'couponOpener' || match.concept === 'activate')) continue;
    const control = closestComposed(hit.node, CONTROL);
    if (control) add(control);
  }
  // Icon-only buttons carry their words in aria-label or title, which the text walk does not see.
  for (const control of queryAll(`:is(${CONTROL})[aria-label], :is(${CONTROL})[title]`)) {
    const words = `${control.getAttribute('aria-label') ?? ''} ${control.getAttribute('title') ?? ''}`;
    if (matchConcepts(words, ['couponOpener', 'activate']).length > 0) add(control);
  }
  return controls;
}

function collectMessages(
  queryAll: (selector: string) => Element[],
  keyOf: (element: Element) => number,
  visible: (element: Element) => boolean,
): MessageRecord[] {
  const messages: MessageRecord[] = [];
  const seen = new Set<Element>();
  const add = (element: Element, source: MessageRecord['source']) => {
    if (seen.has(element) || messages.length >= MAX_MESSAGES) return;
    seen.add(element);
    const text = textOf(element, 300);
    if (!text) return;
    messages.push({ key: keyOf(element), text, source, visible: visible(element), inDialog: closestComposed(element, DIALOG) != null });
  };
  for (const element of queryAll(MESSAGE_REGION)) {
    add(element, element.getAttribute('role') === 'alert' ? 'alert' : 'live-region');
  }
  for (const element of queryAll(TOAST)) {
    // A region that wraps a toast already holds its text; a long container is a layout wrapper.
    if ([...seen].some((region) => region.contains(element) || element.contains(region))) continue;
    if ((element.textContent?.length ?? 0) > 400) continue;
    add(element, 'toast');
  }
  return messages;
}

function collectTabs(hits: ReturnType<LabelIndex['entries']>, queryAll: (selector: string) => Element[], visible: (element: Element) => boolean): TabRecord[] {
  const tabs = new Map<Element, TabRecord>();
  const isSelected = (element: Element) =>
    element.getAttribute('aria-selected') === 'true' ||
    element.getAttribute('aria-pressed') === 'true' ||
    (element.hasAttribute('aria-current') && element.getAttribute('aria-current') !== 'false');
  for (const element of queryAll('[role="tab"]')) {
    tabs.set(element, { text: textOf(element, 80), selected: isSelected(element), visible: visible(element) });
  }
  for (const hit of hits) {
    if (!hit.matches.some((match) => TAB_CONCEPTS.includes(match.concept))) continue;
    const control = closestComposed(hit.node, '[aria-selected], [aria-pressed], [aria-current], [role="tab"]');
    if (control && !tabs.has(control)) tabs.set(control, { text: textOf(control, 80), selected: isSelected(control), visible: visible(control) });
  }
  return [...tabs.values()];
}

/**
 * Tables whose header names promotion columns. Kits often draw the header as its own <table> above a
 * body <table>; a header-less table takes the headers of the one just before it in the same wrapper.
 */
function collectTables(queryAll: (selector: string) => Element[], visible: (element: Element) => boolean, samples: string[]): TableRecord[] {
  const tables: TableRecord[] = [];
  let previous: { element: Element; headers: string[] } | null = null;
  for (const table of queryAll(TABLE)) {
    const own = (element: Element) => element.parentElement?.closest(TABLE) === table || element.closest(TABLE) === table;
    let headers = [...table.querySelectorAll(TABLE_HEADER)].filter((cell) => cell.closest(TABLE) === table).map((cell) => textOf(cell, 80));
    if (headers.length === 0 && previous && sharesWrapper(previous.element, table)) headers = previous.headers;
    if (headers.length > 0) previous = { element: table, headers };
    samples.push(...headers, ...firstCells(table, 3));
    if (!namesPromotionColumns(headers)) continue;
    const rows: string[][][] = [];
    for (const row of table.querySelectorAll(TABLE_ROW)) {
      if (rows.length >= MAX_ROWS) break;
      if (!own(row) || row.querySelector(TABLE_HEADER) || !visible(row)) continue;
      const cells = [...row.children].filter((cell) => cell.matches(TABLE_CELL)).map((cell) => cellPieces(cell, visible));
      if (cells.some((pieces) => pieces.length > 0)) rows.push(cells);
    }
    tables.push({ headers, rows });
  }
  return tables;
}

// "Type" and "Status" head transaction and invoice tables too; a promotions table also names
// something only promotions have (valid period, unused amount, usage requirements).
const PROMOTION_ONLY_COLUMNS: readonly string[] = ['colPromotionName', 'colUsageRequirements', 'colValidPeriod', 'colUnusedAmount', 'colUsedAmount'];

function namesPromotionColumns(headers: readonly string[]): boolean {
  const named = new Set(headers.flatMap((header) => matchConcepts(header, COLUMN_CONCEPTS).map((match) => match.concept)));
  named.delete('colStatus');
  return named.size >= 2 && [...named].some((concept) => PROMOTION_ONLY_COLUMNS.includes(concept));
}

/** A cell's visible texts, one per inline run: "Kupon Ramadan" and its "Expired" badge stay apart. */
function cellPieces(cell: Element, visible: (element: Element) => boolean): string[] {
  return runsUnder(cell, visible, 12)
    .filter((piece) => piece.visible)
    .map((piece) => piece.text);
}

/** The first rows' cell texts of any table: amounts there tell the page's currency when no balance does. */
function firstCells(table: Element, rows: number): string[] {
  const texts: string[] = [];
  let taken = 0;
  for (const row of table.querySelectorAll(TABLE_ROW)) {
    if (taken >= rows) break;
    if (row.querySelector(TABLE_HEADER)) continue;
    taken++;
    for (const cell of row.children) texts.push(textOf(cell, 80));
  }
  return texts;
}

function sharesWrapper(a: Element, b: Element): boolean {
  let wrapper: Element | null = a.parentElement;
  for (let level = 0; wrapper && level < 4; level++, wrapper = wrapper.parentElement) if (wrapper.contains(b)) return true;
  return false;
}

/**
 * Promotions drawn as cards: each card is the widest element around a "Valid until" label that holds
 * no other such label. Rows of promotion tables are read as tables instead.
 */
function collectCards(hits: ReturnType<LabelIndex['entries']>, visible: (element: Element) => boolean): CardRecord[] {
  const markers = hits
    .filter((hit) => hit.matches.some((match) => CARD_MARKER_CONCEPTS.includes(match.concept)))
    .map((hit): Element | null => hit.node.parentElement)
    .filter((element): element is Element => element != null && !element.closest(`${TABLE}, th, [role="columnheader"]`) && visible(element));
  const cards: CardRecord[] = [];
  const taken = new Set<Element>();
  for (const marker of markers) {
    let card: Element = marker;
    for (let level = 0; level < 8 && card.parentElement && card.parentElement.localName !== 'body'; level++) {
      const parent: Element = card.parentElement;
      if (markers.some((other) => other !== marker && parent.contains(other))) break;
      card = parent;
    }
    if (taken.has(card)) continue;
    taken.add(card);
    const texts: string[] = [];
    const walker = card.ownerDocument.createTreeWalker(card, 0x4 /* SHOW_TEXT */);
    for (let node = walker.nextNode(); node && texts.length < MAX_CARD_TEXTS; node = walker.nextNode()) {
      const text = squash((node as Text).data);
      if (text && node.parentElement && !/^(script|style)$/.test(node.parentElement.localName) && visible(node.parentElement)) texts.push(text.slice(0, 200));
    }
    const heading = card.querySelector(`${HEADING}, strong, b`);
    cards.push({ heading: heading && visible(heading) ? textOf(heading, 160) : '', texts });
  }
  return cards;
}
