import { describe, expect, it } from 'vitest';
import { csvCell, csvSeparatorFor, toCsv } from './csv';

describe('CSV', () => {
  it('quotes cells with commas, quotes or line breaks', () => {
    expect(csvCell('Spend 500, get 250')).toBe('"Spend 500, get 250"');
    expect(csvCell('the “offer” said "48 h"')).toBe('"the “offer” said ""48 h"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('turns cells a spreadsheet would run as formulas into text', () => {
    for (const evil of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\r=1']) {
      const cell = csvCell(evil);
      expect(cell.replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvCell('=1+1')).toBe("'=1+1");
  });

  it('writes a BOM, the header, then one CRLF line per record', () => {
    expect(toCsv(['Account', 'Amount'], [['Acme', '$5.00'], ['Blue, Fern', null]])).toBe('\uFEFFAccount,Amount\r\nAcme,$5.00\r\n"Blue, Fern",\r\n');
  });

  it('separates with semicolons where decimals take a comma, quoting a cell that holds one', () => {
    expect([csvSeparatorFor('.'), csvSeparatorFor(',')]).toEqual([',', ';']);
    expect(toCsv(['Konto', 'Betrag'], [['Acme; Nord', '5,00 $'], ['Blue, Fern', null]], ';')).toBe('\uFEFFKonto;Betrag\r\n"Acme; Nord";5,00 $\r\nBlue, Fern;\r\n');
  });
});
