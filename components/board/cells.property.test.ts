/**
 * What the board says of any notebook, in each of its languages: every cell, bar label and CSV field is
 * text a person can read. Random notebooks (tests/support/notebook-cases.ts) hold the odd date that does
 * not exist, an amount that is not one, dates that contradict each other; none of it may reach the
 * screen as "NaN", "undefined", "Invalid Date" or a placeholder left unfilled.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notebookCaseArb } from '../../tests/support/notebook-cases';
import { assertOnSeeds } from '../../tests/support/property-seeds';
import { boardRows } from '../../lib/board/rows';
import { UI_LOCALES } from '../../lib/i18n/locales';
import { localeTranslator } from '../../lib/i18n/node-catalog';
import { expectReadable } from '../../tests/support/readable';
import { boardCsv, cellTexts } from './cells';
import { barLabel } from './TimelineCard';

describe('board cells, property', () => {
  it('every cell, bar label and CSV field of any notebook reads as text, in each language', () => {
    assertOnSeeds(
      fc.property(notebookCaseArb(), fc.constantFrom(...UI_LOCALES), ({ notes, observations, now, timeZone }, locale) => {
        const t = localeTranslator(locale, timeZone, 'board');
        const rows = boardRows(notes, observations, now, timeZone);
        for (const row of rows) {
          const cells = cellTexts(row, now, timeZone, t);
          for (const [name, text] of Object.entries(cells)) {
            // The currency and the deadline's day are empty where a row has none.
            if (typeof text !== 'string' || (text === '' && (name === 'currency' || (name === 'deadlineDate' && !row.deadline)))) continue;
            expectReadable(text, `${locale} ${row.key} ${name}`);
          }
          expectReadable(barLabel(row, now, timeZone, t), `${locale} ${row.key} bar label`);
        }
        if (rows.length > 0) expectReadable(boardCsv(rows, now, timeZone, t), `${locale} CSV`);
      }),
      200,
    );
  });
});
