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
import { LOCALE_FILE, UI_LOCALES } from '../../lib/i18n/locales';
import type { LanguageCode } from '../../lib/lexicon/types';
import { readCatalog } from '../../lib/i18n/node-catalog';
import { createTranslator, type Translator } from '../../lib/i18n/translate';
import { boardCsv, cellTexts } from './cells';
import { barLabel } from './TimelineCard';

/** What no sentence of ours contains: a number or date that failed, a value or placeholder missing. */
const BROKEN = /NaN|undefined|\bnull\b|Infinity|Invalid Date|\{[a-zA-Z]+\}/;

const catalogs = new Map(UI_LOCALES.map((locale) => [locale, readCatalog(LOCALE_FILE[locale], 'board')]));
const translatorFor = (locale: LanguageCode, timeZone: string): Translator => createTranslator(locale, catalogs.get(locale)!, { timeZone });

describe('board cells, property', () => {
  it('every cell, bar label and CSV field of any notebook reads as text, in each language', () => {
    assertOnSeeds(
      fc.property(notebookCaseArb(), fc.constantFrom(...UI_LOCALES), ({ notes, observations, now, timeZone }, locale) => {
        const t = translatorFor(locale, timeZone);
        const rows = boardRows(notes, observations, now, timeZone);
        for (const row of rows) {
          const cells = cellTexts(row, now, timeZone, t);
          for (const [name, text] of Object.entries(cells)) {
            if (typeof text !== 'string') continue;
            expect(text, `${locale} ${row.key} ${name}`).not.toMatch(BROKEN);
            // The currency is empty where a row has none; every other cell says something.
            if (name !== 'currency' && name !== 'deadlineDate') expect(text.trim(), `${locale} ${row.key} ${name}`).not.toBe('');
          }
          if (row.deadline) expect(cells.deadlineDate.trim(), `${locale} ${row.key} deadlineDate`).not.toBe('');
          expect(barLabel(row, now, timeZone, t), `${locale} ${row.key} bar label`).not.toMatch(BROKEN);
        }
        expect(boardCsv(rows, now, timeZone, t)).not.toMatch(BROKEN);
      }),
      200,
    );
  });
});
