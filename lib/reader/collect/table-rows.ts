import { TABLE, TABLE_HEADER, TABLE_ROW } from './shared';

/** A table's rows and cells, for whatever kit draws it: `<table>` or ARIA roles on divs. */

const TABLE_CELL = 'td, th, [role="cell"], [role="gridcell"], [role="rowheader"], [role="columnheader"]';
export const MAX_ROWS = 300;

export const cellsOf = (row: Element) => [...row.children].filter((cell) => cell.matches(TABLE_CELL));

/**
 * A table's own rows in order (not those of tables nested in it), at most `limit` of them: a long
 * transaction table is never read to its end for a look at its first rows.
 */
export function rowsOf(table: Element, limit: number): Element[] {
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

export const hasHeaderCell = (row: Element) => row.querySelector(TABLE_HEADER) != null;
