/**
 * CSV for spreadsheets (RFC 4180). A cell a spreadsheet would run as a formula (one that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return; names and codes come from notes and pages) is
 * prefixed with an apostrophe, OWASP's advice, so it opens as the text it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Where decimals take a comma (German, French, Spanish, Russian …), Excel splits a CSV at semicolons:
 * it opens a comma-separated file with every field in the first column. Excel's own CSV in those
 * languages is semicolon-separated, and Google Sheets, Numbers and LibreOffice detect either.
 */
export type CsvSeparator = ',' | ';';
export const csvSeparatorFor = (decimalMark: string): CsvSeparator => (decimalMark === ',' ? ';' : ',');

const NEEDS_QUOTES: Record<CsvSeparator, RegExp> = { ',': /[",\r\n]/, ';': /[";\r\n]/ };

export function csvCell(value: string | number | null, separator: CsvSeparator = ','): string {
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES[separator].test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header then records, CRLF line ends, with a byte order mark so spreadsheet apps read UTF-8 as UTF-8. */
export function toCsv(header: readonly string[], records: readonly (readonly (string | number | null)[])[], separator: CsvSeparator = ','): string {
  const lines = [header, ...records].map((cells) => cells.map((cell) => csvCell(cell, separator)).join(separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
