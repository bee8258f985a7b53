import { VALUE_CONCEPTS } from '../concept-groups';
import { composedParent, isShadowRoot, squash, visibleTextOf } from '../dom';
import type { LabelHit, LabelIndex } from '../label-index';
import type { LabelRecord, NearbyText } from '../records';
import { neighbourhood } from './neighbourhood';
import { nearbyText } from './runs';
import { CONTROL, HEADING, TABLE, TABLE_HEADER, TABLE_ROW, type KeyOf, type Part, type Visible } from './shared';
import { cellsOf, hasHeaderCell, MAX_ROWS, rowsOf } from './table-rows';

/**
 * Label records: a text that says a concept, where it sits (in a control, a heading, a header, a data
 * row) and, for a value's label, the texts around it. Where it sits holds until the structure changes;
 * the texts around it are read again when one of them changes.
 */

/** What a label's record takes from elements and attributes: it holds until the structure changes. */
export interface LabelPlace {
  element: Element;
  header: Element | null;
  /** The row the label is in (in its own tree), unless it is a header or row header there. */
  dataRow: Element | null;
  key: number;
  visible: boolean;
  inControl: boolean;
  inHeading: boolean;
}

export interface LabelPart extends Part<LabelRecord> {
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

export function placeOf(hit: LabelHit, visible: Visible, keyOf: KeyOf): LabelPlace | null {
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
export function describeLabel(hit: LabelHit, index: LabelIndex, visible: Visible, place: LabelPlace, hostAncestors: ReadonlySet<Node>): LabelPart {
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

/** The elements that hold an open shadow root the index found (the hosts included). */
export function hostAncestorsOf(index: LabelIndex): Set<Node> {
  const hosts = new Set<Node>();
  for (const shadow of index.shadowRoots) for (let node: Node | null = shadow.host; node && !hosts.has(node); node = node.parentNode) hosts.add(node);
  return hosts;
}


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
  return cell ? nearbyText(visibleTextOf(cell, visible), cell, visible(cell), null, visible.outOfSight) : null;
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

