import type { Concept } from '../../lexicon';
import { COLUMN_CONCEPTS } from '../concept-groups';
import { textOf } from '../dom';
import type { TableRecord } from '../records';
import { conceptsIn } from '../words';
import { runsUnder } from './runs';
import { TABLE, TABLE_HEADER, type KeyOf, type Part, type QueryAll, type Visible } from './shared';
import { cellsOf, hasHeaderCell, MAX_ROWS, rowsOf } from './table-rows';

/** Header cells are looked for in a table's first rows: a thead, or row headers of a key/value table. */
const HEADER_ROWS = 10;
const SAMPLE_ROWS = 3;

/**
 * Tables whose header names promotion columns. Kits often draw the header as its own <table> above a
 * body <table>; a header-less table takes the headers of the one just before it in the same wrapper.
 * Every table's header and first cells go to `samples`, for the page currency.
 */
export function collectTables(queryAll: QueryAll, keyOf: KeyOf, visible: Visible): Part<{ tables: TableRecord[]; samples: string[] }> {
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

