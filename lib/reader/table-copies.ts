import type { TableRecord } from './records';

/**
 * Kits with fixed columns (the Ads Manager kit, after Element UI) draw a table twice or three times:
 * the whole table, and over it a copy of the fixed columns (name on the left, actions on the right),
 * each copy hiding the cells the other shows. Read naively, every promotion appears once per copy,
 * some with no name and some with no amount. Copies are tables with the same headers and the same
 * number of rows whose cells never disagree; they are merged cell by cell into one table, so each
 * promotion is read once. Two real tables always differ somewhere (their names, at least).
 */
export function mergeTableCopies(tables: readonly TableRecord[]): TableRecord[] {
  const merged: TableRecord[] = [];
  for (const table of tables) {
    const original = merged.find((kept) => isCopy(kept, table));
    if (!original) {
      merged.push(table);
      continue;
    }
    merged[merged.indexOf(original)] = combine(original, table);
  }
  return merged;
}

const filled = (pieces: readonly string[] | undefined) => (pieces ?? []).join(' ').trim();

function isCopy(a: TableRecord, b: TableRecord): boolean {
  if (a.rows.length === 0 || a.rows.length !== b.rows.length || a.headers.length !== b.headers.length) return false;
  if (a.headers.some((header, index) => header !== b.headers[index])) return false;
  return a.rows.every((row, index) => {
    const other = b.rows[index]!;
    const width = Math.max(row.length, other.length);
    for (let cell = 0; cell < width; cell++) {
      const [mine, theirs] = [filled(row[cell]), filled(other[cell])];
      if (mine && theirs && mine !== theirs) return false;
    }
    return true;
  });
}

function combine(a: TableRecord, b: TableRecord): TableRecord {
  const rows = a.rows.map((row, index) => {
    const other = b.rows[index]!;
    const width = Math.max(row.length, other.length);
    return Array.from({ length: width }, (_, cell) => (filled(row[cell]) ? row[cell]! : (other[cell] ?? [])));
  });
  // The row to point at is the copy that shows the most of it (the full table, not a fixed strip).
  const shown = (row: readonly string[][]) => row.filter((pieces) => filled(pieces)).length;
  const rowKeys = a.rowKeys.map((key, index) => (shown(b.rows[index]!) > shown(a.rows[index]!) ? b.rowKeys[index]! : key));
  return { headers: a.headers, rows, rowKeys };
}
