import type { Concept } from '../lexicon';
import { BALANCE_CONCEPTS, CARD_MARKER_CONCEPTS, COLUMN_CONCEPTS, TAB_CONCEPTS, VALUE_CONCEPTS } from './concept-groups';
import { closestComposed, composedParent, documentHasLayout, elementsOfIdRefs, hasText, isShadowRoot, squash, textLongerThan, textOf, textOfIdRefs, VisibilityJudge } from './dom';
import type { LabelHit, LabelIndex } from './label-index';
import type { TextChanges } from './page-changes';
import { customControlHost, kitTitleOf, linkHref, shownTextOfIdRefs } from './control-kinds';
import { SameList } from './same-list';
import { conceptsIn } from './words';
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
const PAGE_HEADINGS = 'title, h1, h2, [role="heading"][aria-level="1"], [role="heading"][aria-level="2"], [aria-current="page"]';

const OPENER_CONCEPTS: readonly Concept[] = ['couponOpener', 'activate'];

const NEARBY_LEVELS = 5;
const NEARBY_TEXTS = 6;
const MAX_ROWS = 300;
const MAX_MESSAGES = 40;
const MAX_CARD_TEXTS = 40;
/** Header cells are looked for in a table's first rows: a thead, or row headers of a key/value table. */
const HEADER_ROWS = 10;
const SAMPLE_ROWS = 3;

export interface Collected {
  records: PageRecords;
  /** Elements behind record keys, for building a selector for the chosen coupon entry. */
  elements: Element[];
}

/** Records of one kind and the nodes they were read from: a change inside any of these makes them stale. */
interface Part<T> {
  value: T;
  regions: Node[];
}

type Visible = (element: Element) => boolean;

/** One-shot collection (the inspect command, tests). */
export function collectRecords(document: Document, index: LabelIndex, url: string | null): Collected {
  return new RecordCollector(document, index).collect(url);
}

/**
 * Collects records and keeps them between reads. After changes to texts only (`textChanged`), a
 * collect re-reads just the records whose nodes hold a changed text; after anything else
 * (`structureChanged`: elements, attributes, styles) it reads everything again from the index,
 * still without walking the page. Unchanged parts keep their identity, so the qualifiers can skip them.
 */
export class RecordCollector {
  private elements: Element[] = [];
  private keys = new Map<Element, number>();
  private judge: VisibilityJudge | null = null;
  /** Elements holding a shadow host: where a label's neighbourhood must look into shadow roots. */
  private hostAncestors: Set<Node> | null = null;
  private labelParts = new Map<Text, LabelPart>();
  private labelsVersion = -1;
  private labels: readonly LabelRecord[] = [];
  private inputs: Part<InputRecord[]> | null = null;
  private controls: Part<ControlRecord[]> | null = null;
  private messages: Part<MessageRecord[]> | null = null;
  private tabs: Part<TabRecord[]> | null = null;
  private tables: Part<{ tables: TableRecord[]; samples: string[] }> | null = null;
  private cards: Part<CardRecord[]> | null = null;
  private headings: Part<string[]> | null = null;
  /** Composed ancestors of every text changed since the last collect. */
  private touched = new Set<Node>();

  constructor(
    private readonly document: Document,
    private readonly index: LabelIndex,
  ) {}

  /** Texts changed, nothing else: the parts that hold them are read again, the rest is kept. */
  textChanged(changes: TextChanges): void {
    for (const node of changes.touched) this.touched.add(node);
  }

  /** Elements, attributes or styles changed: visibility and structure may differ anywhere. */
  structureChanged(): void {
    this.elements = [];
    this.keys = new Map();
    this.judge = null;
    this.hostAncestors = null;
    this.labelParts = new Map();
    this.labelsVersion = -1;
    this.inputs = this.controls = this.messages = this.tabs = this.tables = this.cards = this.headings = null;
    this.touched.clear();
  }

  collect(url: string | null): Collected {
    this.judge ??= new VisibilityJudge(documentHasLayout(this.document));
    const judge = this.judge;
    const visible: Visible = (element) => judge.isVisible(element);
    const keyOf = (element: Element) => {
      let key = this.keys.get(element);
      if (key === undefined) this.keys.set(element, (key = this.elements.push(element) - 1));
      return key;
    };
    const queryAll = (selector: string) => this.index.elementsMatching(selector);
    const stale = (part: Part<unknown> | null) => !part || part.regions.some((node) => this.touched.has(node));
    const labelsMoved = this.labelsVersion !== this.index.labelsVersion;
    const hits = this.index.entries();

    if (labelsMoved || this.touched.size > 0) this.labels = this.collectLabels(hits, labelsMoved, visible, keyOf);
    if (stale(this.inputs)) this.inputs = collectInputs(queryAll, keyOf, visible);
    if (labelsMoved || stale(this.controls)) this.controls = collectControls(hits, queryAll, keyOf, visible);
    if (stale(this.messages)) this.messages = collectMessages(queryAll, keyOf, visible);
    if (labelsMoved || stale(this.tabs)) this.tabs = collectTabs(hits, queryAll, visible);
    if (stale(this.tables)) this.tables = collectTables(queryAll, keyOf, visible);
    if (labelsMoved || stale(this.cards)) this.cards = collectCards(hits, visible);
    if (stale(this.headings)) this.headings = collectHeadings(queryAll, visible);
    this.labelsVersion = this.index.labelsVersion;
    this.touched.clear();

    return {
      elements: this.elements,
      records: {
        url,
        declaredLanguage: this.document.documentElement?.getAttribute('lang') || null,
        hasLayout: judge.hasLayout,
        labels: this.labels,
        headings: this.headings!.value,
        inputs: this.inputs!.value,
        controls: this.controls!.value,
        messages: this.messages!.value,
        tabs: this.tabs!.value,
        tables: this.tables!.value.tables,
        tableSamples: this.tables!.value.samples,
        cards: this.cards!.value,
      },
    };
  }

  /** Label records in document order; a label whose nodes hold no changed text keeps its record. */
  private collectLabels(hits: readonly LabelHit[], labelsMoved: boolean, visible: Visible, keyOf: (element: Element) => number): readonly LabelRecord[] {
    // With the same labels as last time, parts change in place and the list only where a record did.
    const parts = labelsMoved ? new Map<Text, LabelPart>() : this.labelParts;
    const labels = new SameList(this.labels);
    for (const hit of hits) {
      let part = this.labelParts.get(hit.node);
      if (!part || part.value.matches !== hit.matches || part.regions.some((node) => this.touched.has(node))) {
        const place = part?.place ?? placeOf(hit, visible, keyOf);
        if (!place) continue;
        this.hostAncestors ??= hostAncestorsOf(this.index);
        part = describeLabel(hit, this.index, visible, place, this.hostAncestors);
        parts.set(hit.node, part);
      } else if (labelsMoved) parts.set(hit.node, part);
      labels.push(part.value);
    }
    this.labelParts = parts;
    return labels.done();
  }
}

/** What a label's record takes from elements and attributes: it holds until the structure changes. */
interface LabelPlace {
  element: Element;
  header: Element | null;
  /** The row the label is in (in its own tree), unless it is a header or row header there. */
  dataRow: Element | null;
  key: number;
  visible: boolean;
  inControl: boolean;
  inHeading: boolean;
}

interface LabelPart extends Part<LabelRecord> {
  place: LabelPlace;
}

// What a label may sit in: one upward search for all of it, then each found element is sorted.
const ROW_HEADER = `${TABLE_HEADER}, [role="rowheader"]`;
const LABEL_SURROUNDINGS = `${CONTROL}, ${HEADING}, ${ROW_HEADER}, ${TABLE_ROW}`;

/**
 * The header of a collapsible section ("Account balance ▾" over the balance it folds) is clickable but
 * titles what follows, as a heading does. A menu button says so with aria-haspopup.
 */
function isDisclosureHeader(element: Element): boolean {
  if (element.localName === 'summary') return true;
  if (!element.hasAttribute('aria-expanded') || (element.getAttribute('aria-haspopup') ?? 'false') !== 'false') return false;
  return element.localName === 'button' || element.getAttribute('role') === 'button';
}

function placeOf(hit: LabelHit, visible: Visible, keyOf: (element: Element) => number): LabelPlace | null {
  const element = hit.node.parentElement ?? composedParent(hit.node);
  if (!element) return null;
  let control: Element | null = null;
  let heading: Element | null = null;
  let header: Element | null = null;
  let row: Element | null = null;
  let inRowHeader = false;
  let ownTree = true;
  for (let current: Element | null = element; current; ) {
    const found: Element | null = current.closest(LABEL_SURROUNDINGS);
    if (found) {
      const disclosure = isDisclosureHeader(found);
      control ??= !disclosure && found.matches(CONTROL) ? found : null;
      heading ??= disclosure || found.matches(HEADING) ? found : null;
      header ??= found.matches(TABLE_HEADER) ? found : null;
      // Rows and row headers count in the label's own tree only, as the data-row test reads them.
      if (ownTree) {
        inRowHeader ||= found.matches(ROW_HEADER);
        row ??= found.matches(TABLE_ROW) ? found : null;
      }
      current = found.parentElement;
      if (current) continue;
    }
    // closest() stops at a shadow root; carry on from its host.
    const root: Node = (found ?? current!).getRootNode();
    current = isShadowRoot(root) ? root.host : null;
    ownTree = false;
  }
  return {
    element,
    header,
    dataRow: inRowHeader ? null : row,
    key: keyOf(element),
    visible: visible(element),
    inControl: control != null,
    inHeading: heading != null,
  };
}

/** A label's record; `place` is passed in when only texts changed since it was found. */
function describeLabel(hit: LabelHit, index: LabelIndex, visible: Visible, place: LabelPlace, hostAncestors: ReadonlySet<Node>): LabelPart {
  const { element, header } = place;
  const regions: Node[] = [hit.node];
  const wantsNeighbours = hit.matches.some((match) => VALUE_CONCEPTS.includes(match.concept));
  const columnValue = wantsNeighbours && header ? singleRowValue(header, visible, regions) : null;
  const around = columnValue
    ? { after: [columnValue], before: [] }
    : wantsNeighbours
      ? neighbourhood(hit.node, index, visible, regions, hostAncestors)
      : { after: [], before: [] };
  const record: LabelRecord = {
    key: place.key,
    text: squash(hit.node.data),
    matches: hit.matches,
    visible: place.visible,
    inControl: place.inControl,
    inHeading: place.inHeading,
    inColumnHeader: header != null && columnValue == null && isHeaderRow(header),
    inDataRow: place.dataRow != null && isDataRow(element, place.dataRow, regions),
    ...around,
  };
  return { value: record, regions, place };
}

/**
 * The texts around a label, at the nearest level of the tree that holds a digit: the value of
 * "Cash balance" may sit in the same element, the next sibling, the next cell, or the row above.
 * Gathering stops at the next value label, so one label never takes its neighbour's amount.
 */
function neighbourhood(
  node: Text,
  index: LabelIndex,
  visible: Visible,
  regions: Node[],
  hostAncestors: ReadonlySet<Node>,
): { after: NearbyText[]; before: NearbyText[] } {
  const document = node.ownerDocument;
  let container: Element | null = node.parentElement;
  let widest: Element | null = container;
  for (let level = 0; container && level < NEARBY_LEVELS; level++, container = container.parentElement) {
    widest = container;
    // A label alone in its element ("<span>Cash balance</span>") has no neighbours there.
    if (level === 0 && container.firstChild === node && node.nextSibling === null && !container.shadowRoot) continue;
    // Elements are visited too when a custom element inside may draw the value in a shadow root;
    // otherwise a bare text walk does, with no call into script for every node.
    const hosts = hostAncestors.has(container);
    const walker = hosts
      ? document.createTreeWalker(container, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, { acceptNode: textsAndShadowHosts })
      : document.createTreeWalker(container, 0x4 /* SHOW_TEXT */);
    const unfiltered = hosts ? null : container;
    const after = gather(walker, node, 'nextNode', index, visible, regions, unfiltered);
    const before = gather(walker, node, 'previousNode', index, visible, regions, unfiltered);
    // A custom element that slots its label may draw the value in its own shadow root.
    if (container.shadowRoot && !after.some(hasDigit)) after.push(...runsUnder(container.shadowRoot, visible, NEARBY_TEXTS, regions));
    if (after.some(hasDigit) || before.some(hasDigit)) {
      regions.push(container);
      return { after, before };
    }
  }
  if (widest) regions.push(widest);
  return { after: [], before: [] };
}

/**
 * The texts a walker meets from `start` on, one per inline run. `unfiltered` is the walker's root
 * when the walker shows every text (no filter): texts inside script-like elements are skipped here.
 */
function gather(
  walker: TreeWalker,
  start: Text,
  step: 'nextNode' | 'previousNode',
  index: LabelIndex,
  visible: Visible,
  regions: Node[],
  unfiltered: Element | null,
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
    if (unfiltered && inUnreadElement(node, unfiltered)) continue;
    if (isNextLabel(node as Text, index, visible)) break;
    if (!hasText((node as Text).data)) continue;
    // "$<span>1,284.</span><span>50</span>" is one amount: read the run of inline elements as one text.
    const run = inlineRun(node, regions);
    if (run === lastRun) continue;
    lastRun = run;
    const text = run ? visibleTextOf(run, visible) : squash((node as Text).data);
    if (text) texts.push({ text: text.slice(0, 200), visible: run ? visible(run) : true });
  }
  return texts;
}

/** Another value's label ends a label's neighbourhood; a tooltip sentence that mentions one does not. */
function isNextLabel(node: Text, index: LabelIndex, visible: Visible): boolean {
  const matches = index.matchesOf(node);
  if (!matches?.some((match) => VALUE_CONCEPTS.includes(match.concept))) return false;
  return node.data.trim().length <= 40 && node.parentElement != null && visible(node.parentElement);
}

const INLINE = new Set(['span', 'b', 'strong', 'i', 'em', 'small', 'sup', 'sub', 'bdi', 'bdo', 'font', 'u', 'mark', 'data', 'abbr']);

/** The nearest element around a text that is not just inline formatting (its "cell"). */
function inlineRun(node: Node, regions: Node[]): Element | null {
  let element = node.parentElement;
  while (element && INLINE.has(element.localName) && element.parentElement && INLINE.has(element.parentElement.localName)) element = element.parentElement;
  if (element && INLINE.has(element.localName) && element.parentElement && element.parentElement.children.length <= 4) {
    // A value drawn as a few sibling spans ("$", "1,284.", "50") belongs to their shared parent.
    const parent = element.parentElement;
    regions.push(parent);
    if ([...parent.children].every((child) => INLINE.has(child.localName) && isAmountPiece(child.textContent ?? ''))) return parent;
  }
  if (element) regions.push(element);
  return element;
}

const UNREAD = /^(script|style|noscript|template)$/;

/** Walker filter: every text, and elements only when they host a shadow root; never script content. */
function textsAndShadowHosts(node: Node): number {
  if (node.nodeType !== 1) return 1; // ACCEPT
  const element = node as Element;
  if (UNREAD.test(element.localName)) return 2; // REJECT
  return element.shadowRoot ? 1 : 3; // ACCEPT : SKIP
}

/** What textsAndShadowHosts rejects, asked of one text: inside a script-like element below `root`. */
function inUnreadElement(node: Node, root: Element): boolean {
  for (let element = node.parentElement; element && element !== root; element = element.parentElement) if (UNREAD.test(element.localName)) return true;
  return false;
}

/** The elements that hold an open shadow root the index found (the hosts included). */
function hostAncestorsOf(index: LabelIndex): Set<Node> {
  const hosts = new Set<Node>();
  for (const shadow of index.shadowRoots) for (let node: Node | null = shadow.host; node && !hosts.has(node); node = node.parentNode) hosts.add(node);
  return hosts;
}

/**
 * The texts under a root (an element or a shadow root), one per inline run, in order; a custom
 * element inside contributes the text its shadow root draws.
 */
function runsUnder(root: Element | ShadowRoot, visible: Visible, limit: number, regions: Node[]): NearbyText[] {
  const pieces: NearbyText[] = [];
  let lastRun: Element | null = null;
  const walker = root.ownerDocument!.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, { acceptNode: textsAndShadowHosts });
  for (let node = walker.nextNode(); node && pieces.length < limit; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      const text = squash(shadowText((node as Element).shadowRoot!));
      if (text) pieces.push({ text: text.slice(0, 200), visible: visible(node as Element) });
      continue;
    }
    const run = inlineRun(node, regions);
    if (!hasText((node as Text).data) || run === lastRun) continue;
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
function visibleTextOf(element: Element, visible: Visible): string {
  const only = element.firstChild;
  // One text straight inside: nothing to walk.
  if (only && only === element.lastChild && only.nodeType === 3 && !/^(script|style)$/.test(element.localName)) return squash((only as Text).data);
  const walker = element.ownerDocument.createTreeWalker(element, 0x4 /* SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < 400; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && (parent === element || visible(parent)) && !/^(script|style)$/.test(parent.localName)) text += (node as Text).data;
  }
  return squash(text);
}

const cellsOf = (row: Element) => [...row.children].filter((cell) => cell.matches(TABLE_CELL));

/**
 * A table's own rows in order (not those of tables nested in it), at most `limit` of them: a long
 * transaction table is never read to its end for a look at its first rows.
 */
function rowsOf(table: Element, limit: number): Element[] {
  const rows: Element[] = [];
  if (table.localName === 'table') {
    const all = (table as HTMLTableElement).rows;
    for (let index = 0; index < all.length && rows.length < limit; index++) rows.push(all[index]!);
    return rows;
  }
  const walker = table.ownerDocument.createTreeWalker(table, 0x1 /* SHOW_ELEMENT */);
  let node = walker.nextNode();
  while (node && rows.length < limit) {
    const element = node as Element;
    if (element.matches(TABLE_ROW)) rows.push(element);
    if (element.matches(TABLE_ROW) || element.matches(TABLE)) {
      // Rows do not nest, and a nested table's rows are its own.
      node = walker.nextSibling();
      while (!node && walker.parentNode()) node = walker.nextSibling();
    } else node = walker.nextNode();
  }
  return rows;
}

const hasHeaderCell = (row: Element) => row.querySelector(TABLE_HEADER) != null;

/**
 * A header over one row of values is a label row ("Spend so far | Threshold | Next bill" above the
 * amounts): the value is the cell under it. Over many rows it names a column, not a value.
 */
function singleRowValue(header: Element, visible: Visible, regions: Node[]): NearbyText | null {
  const row = header.closest(TABLE_ROW);
  const table = header.closest(TABLE);
  if (!row || !table) return null;
  regions.push(table);
  const column = cellsOf(row).indexOf(header);
  const bodyRows: Element[] = [];
  for (const other of rowsOf(table, MAX_ROWS)) {
    if (other === row || hasHeaderCell(other)) continue;
    if (bodyRows.push(other) > 1) break;
  }
  if (column < 0 || bodyRows.length !== 1) return null;
  const cell = cellsOf(bodyRows[0]!)[column];
  return cell ? { text: visibleTextOf(cell, visible), visible: visible(cell) } : null;
}

/** A row of headers only (a thead row), as opposed to a row header beside its value. */
function isHeaderRow(header: Element): boolean {
  const row = header.closest(TABLE_ROW);
  return !row || cellsOf(row).every((cell) => cell.matches(TABLE_HEADER));
}

/** A row of a data table (a transaction, an invoice): its words describe that row, not a balance. */
function isDataRow(element: Element, row: Element, regions: Node[]): boolean {
  regions.push(row);
  const cells = cellsOf(row).filter((cell) => !cell.matches(TABLE_HEADER));
  if (cells.length < 3 || !cells.some((cell) => !cell.contains(element) && /\d/.test(cell.textContent ?? ''))) return false;
  // In a key/value row (name, value, note) the first cell names the value; a record of four or more
  // fields (a transaction, a promotion) is data, whichever cell the words are in.
  return cells.length >= 4 || !cells[0]!.contains(element);
}

const hasDigit = (nearby: NearbyText) => nearby.visible && /[\d\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/.test(nearby.text);

function collectInputs(queryAll: (selector: string) => Element[], keyOf: (element: Element) => number, visible: Visible): Part<InputRecord[]> {
  const inputs: InputRecord[] = [];
  const regions: Node[] = [];
  for (const element of queryAll(TEXT_INPUT)) {
    if (element.localName === 'input' && NOT_TEXT_INPUT_TYPES.has((element as HTMLInputElement).type)) continue;
    inputs.push(describeInput(element, keyOf(element), visible, regions));
  }
  return { value: inputs, regions };
}

function describeInput(element: Element, key: number, visible: Visible, regions: Node[]): InputRecord {
  const input = element as HTMLInputElement;
  const dialog = closestComposed(element, DIALOG);
  const labelElements = 'labels' in input && input.labels ? [...input.labels] : [];
  const labels = labelElements.map((label) => textOf(label, 120));
  const wrappingLabel = closestComposed(element, 'label');
  if (wrappingLabel && labels.length === 0) labels.push(textOf(wrappingLabel, 120));
  const labelledBy = textOfIdRefs(element, 'aria-labelledby');
  if (labelledBy) labels.push(labelledBy);
  const maxLength = input.getAttribute('maxlength');
  regions.push(element, ...labelElements, ...['aria-labelledby', 'aria-describedby', 'aria-errormessage'].flatMap((name) => elementsOfIdRefs(element, name)));
  if (wrappingLabel) regions.push(wrappingLabel);
  if (dialog) regions.push(dialog, ...elementsOfIdRefs(dialog, 'aria-labelledby'));
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
    describedByShown: shownTextOfIdRefs(element, ['aria-describedby', 'aria-errormessage'], visible),
    autocomplete: (element.getAttribute('autocomplete') ?? '').toLowerCase(),
    inputMode: (element.getAttribute('inputmode') ?? '').toLowerCase(),
    maxLength: maxLength && /^\d+$/.test(maxLength) ? Number(maxLength) : null,
    ...textAroundInput(element, dialog, visible, regions),
    inDialog: dialog != null,
    dialogTitle: dialog ? dialogTitle(dialog) : '',
    inShadowRoot: element.getRootNode() !== element.ownerDocument,
    visible: visible(element),
    disabled: input.disabled === true || element.getAttribute('aria-disabled') === 'true',
    readOnly: input.readOnly === true || element.getAttribute('aria-readonly') === 'true',
    invalid: element.getAttribute('aria-invalid') === 'true',
  };
}

/** Texts just before an input (its label, when there is no <label>) and after it (its error line). */
function textAroundInput(element: Element, dialog: Element | null, visible: Visible, regions: Node[]): { textBefore: string[]; textAfter: NearbyText[] } {
  // A form item is rarely more than three wrappers deep; a dialog bounds it when it is closer.
  let container: Element = element;
  for (let level = 0; level < 3 && container.parentElement && container !== dialog; level++) container = container.parentElement;
  regions.push(container);
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
  return textOfIdRefs(dialog, 'aria-labelledby') || dialog.getAttribute('aria-label') || textOf(dialog.querySelector(HEADING), 120) || kitTitleOf(dialog);
}

function collectControls(
  hits: readonly LabelHit[],
  queryAll: (selector: string) => Element[],
  keyOf: (element: Element) => number,
  visible: Visible,
): Part<ControlRecord[]> {
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
      href: linkHref(control),
      visible: visible(control),
      inDialog: closestComposed(control, DIALOG) != null,
    });
  };
  for (const hit of hits) {
    if (!hit.matches.some((match) => match.concept === 'couponOpener' || match.concept === 'activate')) continue;
    const control = closestComposed(hit.node, CONTROL) ?? customControlHost(hit.node);
    if (control) add(control);
  }
  // Icon-only buttons carry their words in aria-label or title, which the text walk does not see.
  for (const control of queryAll(`:is(${CONTROL})[aria-label], :is(${CONTROL})[title]`)) {
    const words = `${control.getAttribute('aria-label') ?? ''} ${control.getAttribute('title') ?? ''}`;
    if (conceptsIn(words, OPENER_CONCEPTS).length > 0) add(control);
  }
  return { value: controls, regions: [...seen] };
}

// A toast's close "×" or "Undo" is a control beside the message, not part of what it says.
const NOT_MESSAGE_WORDS = 'button, [role="button"], [aria-hidden="true"], script, style';

function collectMessages(queryAll: (selector: string) => Element[], keyOf: (element: Element) => number, visible: Visible): Part<MessageRecord[]> {
  const messages: MessageRecord[] = [];
  const seen = new Set<Element>();
  const regions: Node[] = [];
  const add = (element: Element, source: MessageRecord['source']) => {
    if (seen.has(element) || messages.length >= MAX_MESSAGES) return;
    seen.add(element);
    const text = textOf(element, 300, NOT_MESSAGE_WORDS);
    if (!text) return;
    messages.push({ key: keyOf(element), text, source, visible: visible(element), inDialog: closestComposed(element, DIALOG) != null });
  };
  for (const element of queryAll(MESSAGE_REGION)) {
    regions.push(element);
    add(element, element.getAttribute('role') === 'alert' ? 'alert' : 'live-region');
  }
  for (const element of queryAll(TOAST)) {
    regions.push(element);
    // A region that wraps a toast already holds its text; a long container is a layout wrapper.
    if ([...seen].some((region) => region.contains(element) || element.contains(region))) continue;
    if (textLongerThan(element, 400)) continue;
    add(element, 'toast');
  }
  return { value: messages, regions };
}

/** The radio a segmented control's option stands for: a `<label>` around (or `for`) an `<input type=radio>`. */
function radioOf(element: Element): HTMLInputElement | null {
  if (element.localName !== 'label') return null;
  const control = (element as HTMLLabelElement).control ?? element.querySelector('input');
  return control?.localName === 'input' && (control as HTMLInputElement).type === 'radio' ? (control as HTMLInputElement) : null;
}

function collectTabs(hits: readonly LabelHit[], queryAll: (selector: string) => Element[], visible: Visible): Part<TabRecord[]> {
  const tabs = new Map<Element, TabRecord>();
  const isSelected = (element: Element) =>
    element.getAttribute('aria-selected') === 'true' ||
    element.getAttribute('aria-pressed') === 'true' ||
    element.getAttribute('aria-checked') === 'true' ||
    (element.hasAttribute('aria-current') && element.getAttribute('aria-current') !== 'false') ||
    radioOf(element)?.checked === true;
  for (const element of queryAll('[role="tab"]')) {
    tabs.set(element, { text: textOf(element, 80), selected: isSelected(element), visible: visible(element) });
  }
  for (const hit of hits) {
    if (!hit.matches.some((match) => TAB_CONCEPTS.includes(match.concept))) continue;
    // A status filter drawn as a segmented control is a radio group: role=radio, or labelled radio inputs.
    const label = closestComposed(hit.node, 'label');
    const control =
      closestComposed(hit.node, '[aria-selected], [aria-pressed], [aria-current], [role="tab"], [role="radio"]') ??
      (label && radioOf(label) ? label : null);
    if (control && !tabs.has(control)) tabs.set(control, { text: textOf(control, 80), selected: isSelected(control), visible: visible(control) });
  }
  return { value: [...tabs.values()], regions: [...tabs.keys()] };
}

/**
 * Tables whose header names promotion columns. Kits often draw the header as its own <table> above a
 * body <table>; a header-less table takes the headers of the one just before it in the same wrapper.
 * Every table's header and first cells go to `samples`, for the page currency.
 */
function collectTables(
  queryAll: (selector: string) => Element[],
  keyOf: (element: Element) => number,
  visible: Visible,
): Part<{ tables: TableRecord[]; samples: string[] }> {
  const tables: TableRecord[] = [];
  const samples: string[] = [];
  const regions: Node[] = [];
  let previous: { element: Element; headers: string[] } | null = null;
  for (const table of queryAll(TABLE)) {
    const firstRows = rowsOf(table, HEADER_ROWS + SAMPLE_ROWS);
    let headers: string[] = [];
    for (const row of firstRows.slice(0, HEADER_ROWS)) {
      const cells = [...row.querySelectorAll(TABLE_HEADER)].filter((cell) => cell.closest(TABLE) === table);
      // Header rows come first; a row without one after them starts the body.
      if (cells.length === 0 && headers.length > 0) break;
      headers.push(...cells.map((cell) => textOf(cell, 80)));
    }
    if (headers.length === 0 && previous && sharesWrapper(previous.element, table)) headers = previous.headers;
    if (headers.length > 0) previous = { element: table, headers };
    const sampleRows = firstRows.filter((row) => !hasHeaderCell(row)).slice(0, SAMPLE_ROWS);
    samples.push(...headers, ...sampleRows.flatMap((row) => [...row.children].map((cell) => textOf(cell, 80))));
    regions.push(...firstRows);
    if (!namesPromotionColumns(headers)) continue;
    regions.push(table);
    const rows: string[][][] = [];
    const rowKeys: number[] = [];
    for (const row of rowsOf(table, Infinity)) {
      if (rows.length >= MAX_ROWS) break;
      if (hasHeaderCell(row) || !visible(row)) continue;
      const cells = cellsOf(row).map((cell) => cellPieces(cell, visible));
      if (cells.some((pieces) => pieces.length > 0)) {
        rows.push(cells);
        rowKeys.push(keyOf(row));
      }
    }
    tables.push({ headers, rows, rowKeys });
  }
  return { value: { tables, samples: samples.slice(0, 60) }, regions };
}

// "Type" and "Status" head transaction and invoice tables too; a promotions table also names
// something only promotions have (valid period, unused amount, usage requirements).
const PROMOTION_ONLY_COLUMNS: readonly Concept[] = ['colPromotionName', 'colUsageRequirements', 'colValidPeriod', 'colUnusedAmount', 'colUsedAmount'];

const columnConcepts = new Map<string, Concept[]>();

function namesPromotionColumns(headers: readonly string[]): boolean {
  const conceptsOf = (header: string) => {
    let concepts = columnConcepts.get(header);
    if (!concepts) {
      if (columnConcepts.size >= 2_000) columnConcepts.clear();
      columnConcepts.set(header, (concepts = conceptsIn(header, COLUMN_CONCEPTS).map((match) => match.concept)));
    }
    return concepts;
  };
  const named = new Set(headers.flatMap(conceptsOf));
  named.delete('colStatus');
  return named.size >= 2 && [...named].some((concept) => PROMOTION_ONLY_COLUMNS.includes(concept));
}

/** A cell's visible texts, one per inline run: "Kupon Ramadan" and its "Expired" badge stay apart. */
function cellPieces(cell: Element, visible: Visible): string[] {
  return runsUnder(cell, visible, 12, [])
    .filter((piece) => piece.visible)
    .map((piece) => piece.text);
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
function collectCards(hits: readonly LabelHit[], visible: Visible): Part<CardRecord[]> {
  const markers = hits
    .filter((hit) => hit.matches.some((match) => CARD_MARKER_CONCEPTS.includes(match.concept)))
    .map((hit): Element | null => hit.node.parentElement)
    .filter((element): element is Element => element != null && !element.closest(`${TABLE}, th, [role="columnheader"]`) && visible(element));
  // "Expires on 24 Dec 2026" under the ad credit balance marks that balance's expiry, not a promotion.
  const balanceLabels = hits
    .filter((hit) => hit.matches.some((match) => match.exact && BALANCE_CONCEPTS.includes(match.concept)))
    .map((hit) => hit.node.parentElement)
    .filter((element): element is HTMLElement => element != null && visible(element));
  const holdsBalance = (element: Element) => balanceLabels.some((label) => element.contains(label));
  const cards: CardRecord[] = [];
  const taken = new Set<Element>();
  for (const marker of markers) {
    if (holdsBalance(marker)) continue;
    let card: Element = marker;
    for (let level = 0; level < 8 && card.parentElement && card.parentElement.localName !== 'body'; level++) {
      const parent: Element = card.parentElement;
      if (markers.some((other) => other !== marker && parent.contains(other))) break;
      if (holdsBalance(parent)) {
        // Beside a balance label at the first step up, the marker belongs to that balance's tile.
        if (card === marker) card = parent;
        break;
      }
      // A lone promotion on a page of other things (the Payment page's "Promotions" box) has no sibling
      // card to stop at: stop where the box already has its title and the parent adds another heading.
      if (card.querySelector(`${HEADING}, strong, b`) && parent.querySelectorAll(HEADING).length > card.querySelectorAll(HEADING).length) break;
      card = parent;
    }
    if (taken.has(card) || holdsBalance(card)) continue;
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
  return { value: cards, regions: [...taken] };
}

function collectHeadings(queryAll: (selector: string) => Element[], visible: Visible): Part<string[]> {
  const candidates = queryAll(PAGE_HEADINGS);
  const headings = candidates
    .filter((element) => element.localName === 'title' || visible(element))
    .map((element) => textOf(element, 120))
    .filter(Boolean);
  return { value: headings, regions: candidates };
}
