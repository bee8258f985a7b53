/**
 * CSV for spreadsheets (RFC 4180). A cell a spreadsheet would run as a formula (one that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return; names and codes come from notes and pages) is
 * prefixed with an apostrophe, OWASP's advice, so it opens as the text it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header then records, CRLF line ends, with a byte order mark so spreadsheet apps read UTF-8 as UTF-8. */
export function toCsv(header: readonly string[], records: readonly (readonly (string | number | null)[])[]): string {
  const lines = [header, ...records].map((cells) => cells.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
