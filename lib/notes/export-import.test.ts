import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { IsoDate } from '../reader/reading';
import { DAY_FIELDS, MAX_IMPORT_BYTES, exportNotes, parseNotesFile, type ParsedNotesFile } from './export-import';
import { NOTES_VERSION } from './migrations';
import { Code, DEFAULT_SETTINGS, EXPORT_FORMAT, Offer } from './schema';
import { ACCOUNT_ID, aCode, aFix, aNote, anAccount, anObservation, anOffer } from './test-fixtures';

const NOW = new Date('2026-11-24T10:00:00.000Z');
const loaded = () => ({
  notes: {
    accounts: [anAccount()],
    offers: [anOffer(), anOffer({ id: 'offer-2' }), anOffer({ id: 'offer-3', threshold: '1000' })],
    codes: [aCode()],
    notes: [aNote()],
    fixes: [aFix()],
  },
  settings: { ...DEFAULT_SETTINGS, reminderLeadDays: [3] },
  observations: { [ACCOUNT_ID]: [anObservation(), anObservation({ at: '2026-11-02T10:00:00.000Z', spendSoFar: '600.00' })] },
});

const errorsOf = (result: ParsedNotesFile) => {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
};
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('export', () => {
  it('writes a versioned, readable file that imports back to the same notes', () => {
    const text = exportNotes(loaded(), NOW);
    expect(text).toContain('\n  "format": "credit-lens-notes",\n');
    const result = parseNotesFile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file).toMatchObject({ format: EXPORT_FORMAT, version: NOTES_VERSION, exportedAt: NOW.toISOString() });
    expect(result.file.notes).toEqual(loaded().notes);
    expect(result.file.settings).toEqual(loaded().settings);
    expect(result.file.observations).toEqual(loaded().observations[ACCOUNT_ID]);
    expect(result.preview).toEqual({ accounts: 1, offers: 3, codes: 1, notes: 1, fixes: 1, observations: 2 });
  });
});

describe('import of a bad file says what is wrong, and where', () => {
  it('not JSON: the line and column where it breaks', () => {
    const text = exportNotes(loaded(), NOW).replace('"threshold": "1000"', '"threshold": "1000",,');
    const [error] = errorsOf(parseNotesFile(text));
    expect(error!.line).toBe(lineOf(text, '"1000",,'));
    expect(error!.message).toMatch(/^This is not valid JSON at line \d+, column \d+/);
  });

  it('an empty file, and a cut-off file', () => {
    expect(errorsOf(parseNotesFile('  \n'))[0]!.message).toMatch(/empty/);
    const cut = exportNotes(loaded(), NOW).slice(0, 200);
    expect(errorsOf(parseNotesFile(cut))[0]!.line).toBe(cut.split('\n').length);
  });

  it('a JSON file that is not a notes export', () => {
    expect(errorsOf(parseNotesFile('[1, 2]'))[0]!.message).toMatch(/not a Credit Lens notes export/);
    const [error] = errorsOf(parseNotesFile('{\n  "format": "bitwarden",\n  "items": []\n}'));
    expect(error).toMatchObject({ line: 2, field: 'format' });
  });

  it('a file from a newer Credit Lens is refused with what to do', () => {
    const text = exportNotes(loaded(), NOW).replace(`"version": ${NOTES_VERSION}`, '"version": 7');
    const [error] = errorsOf(parseNotesFile(text));
    expect(error).toMatchObject({ field: 'version', line: lineOf(text, '"version": 7') });
    expect(error!.message).toBe(
      `This file was made by a newer version of Credit Lens (format 7); this one reads formats up to ${NOTES_VERSION}. Update Credit Lens, then import again.`,
    );
  });

  it('a version that is not a whole number', () => {
    expect(errorsOf(parseNotesFile(`{"format": "${EXPORT_FORMAT}", "version": "2"}`))[0]!.field).toBe('version');
  });

  it('wrong types: the field path and the line of that field', () => {
    const text = exportNotes(loaded(), NOW).replace('"threshold": "1000"', '"threshold": 1000');
    const errors = errorsOf(parseNotesFile(text));
    expect(errors).toEqual([
      { line: lineOf(text, '"threshold": 1000'), field: 'notes.offers[2].threshold', message: 'expected string, got number' },
    ]);
  });

  it('a missing field points at the object that lacks it', () => {
    const file = JSON.parse(exportNotes(loaded(), NOW));
    delete file.notes.codes[0].code;
    const text = JSON.stringify(file, null, 2);
    const [error] = errorsOf(parseNotesFile(text));
    expect(error!.field).toBe('notes.codes[0].code');
    expect(error!.message).toBe('missing (expected string)');
    expect(error!.line).toBe(lineOf(text, '"codes": [') + 1);
  });

  it('bad values report their rule, several at once, and the list is bounded', () => {
    const file = JSON.parse(exportNotes(loaded(), NOW));
    file.notes.offers[0].qualifyBy = '24/11/2026';
    file.settings.reminderLeadDays = [-1];
    expect(errorsOf(parseNotesFile(JSON.stringify(file))).map((e) => [e.field, e.message])).toEqual([
      ['notes.offers[0].qualifyBy', 'expected date like 2026-11-24'],
      ['settings.reminderLeadDays[0]', 'expected at least 0'],
    ]);
    file.observations = Array.from({ length: 80 }, () => ({ at: 'soon' }));
    const errors = errorsOf(parseNotesFile(JSON.stringify(file)));
    expect(errors).toHaveLength(51);
    expect(errors.at(-1)!.message).toMatch(/more problems/);
  });

  it('two offers with one id', () => {
    const file = JSON.parse(exportNotes(loaded(), NOW));
    file.notes.offers[2].id = 'offer-1';
    const [error] = errorsOf(parseNotesFile(JSON.stringify(file, null, 2)));
    expect(error).toMatchObject({ field: 'notes.offers[2].id', message: 'expected a different id: notes.offers[0] already has this one' });
  });

  it('a day that does not exist is named at its line, and nothing is imported', () => {
    const file = JSON.parse(exportNotes(loaded(), NOW));
    file.notes.offers[1].qualifyBy = '2026-02-31';
    file.notes.codes[0].expiresOn = '2027-02-29';
    const text = JSON.stringify(file, null, 2);
    const errors = errorsOf(parseNotesFile(text));
    expect(errors.map((e) => [e.field, e.message])).toEqual([
      ['notes.offers[1].qualifyBy', 'expected a day of the calendar: 2026-02-31 does not exist'],
      ['notes.codes[0].expiresOn', 'expected a day of the calendar: 2027-02-29 does not exist'],
    ]);
    expect(errors[0]!.line).toBe(lineOf(text, '"qualifyBy": "2026-02-31"'));
    file.notes.offers[1].qualifyBy = '2028-02-29';
    file.notes.codes[0].expiresOn = null;
    expect(parseNotesFile(JSON.stringify(file)).ok).toBe(true);
  });

  it("checks every date-only field of an offer and a code: its list is the schemas' own", () => {
    const isDay = (field: unknown) => field === IsoDate || (field as { _zod: { def: { innerType?: unknown } } })._zod.def.innerType === IsoDate;
    const dayFieldsOf = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape).filter((key) => isDay(schema.shape[key])).sort();
    expect(dayFieldsOf(Offer)).toEqual([...DAY_FIELDS.offers].sort());
    expect(dayFieldsOf(Code)).toEqual([...DAY_FIELDS.codes].sort());
  });

  it('a huge file is refused before it is parsed', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const text = `{"format":"${EXPORT_FORMAT}","pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
    expect(errorsOf(parseNotesFile(text))[0]!.message).toMatch(/larger than 5 MB/);
    // Multi-byte text counts in bytes, as the file on disk does.
    expect(errorsOf(parseNotesFile(`"${'€'.repeat(MAX_IMPORT_BYTES / 2)}"`))[0]!.message).toMatch(/larger than 5 MB/);
    expect(parse).not.toHaveBeenCalled();
  });
});

describe('import of older and hostile files', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  /** A file as Credit Lens wrote it before fixes existed (v2), or before codes had a window (v1). */
  const oldFile = (version: 1 | 2) => {
    const file = JSON.parse(exportNotes(loaded(), NOW));
    file.version = version;
    delete file.notes.fixes;
    if (version === 1) {
      for (const code of file.notes.codes) {
        delete code.activateBy;
        delete code.rejectedCause;
      }
    }
    return JSON.stringify(file, null, 2);
  };
  const v1File = () => oldFile(1);

  it('a v1 file (codes without activateBy and rejectedCause) is migrated, then applied', async () => {
    const result = parseNotesFile(v1File());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.version).toBe(NOTES_VERSION);
    expect(result.file.notes.codes[0]).toMatchObject({ activateBy: null, rejectedCause: null });

    const { serveNotesOps, updateNotes, loadNotes } = await import('./store');
    serveNotesOps();
    await updateNotes({ type: 'import/apply', file: result.file });
    expect((await loadNotes()).notes).toEqual({ ...loaded().notes, fixes: [] });
  });

  it('a v2 file (before fixes existed) imports everything, with no fixes', () => {
    const result = parseNotesFile(oldFile(2));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.notes).toEqual({ ...loaded().notes, fixes: [] });
    expect(result.preview).toMatchObject({ offers: 3, fixes: 0 });
  });

  it('the values the user showed travel in the export and come back with the import', async () => {
    const result = parseNotesFile(exportNotes(loaded(), NOW));
    if (!result.ok) throw new Error('expected the export to import');
    expect(result.preview.fixes).toBe(1);
    const { serveNotesOps, updateNotes, loadNotes } = await import('./store');
    serveNotesOps();
    await updateNotes({ type: 'import/apply', file: result.file });
    expect((await loadNotes()).notes.fixes).toEqual(loaded().notes.fixes);
  });

  it('a broken fix in a file names its field and imports nothing', () => {
    const file = JSON.parse(exportNotes(loaded(), NOW));
    file.notes.fixes[0].target.nth = -1;
    const errors = errorsOf(parseNotesFile(JSON.stringify(file, null, 2)));
    expect(errors[0]!.field).toBe('notes.fixes[0].target.nth');
  });

  it('__proto__ and constructor keys pollute nothing, on parse or on apply', async () => {
    const file = JSON.parse(exportNotes(loaded(), NOW));
    const hostile = JSON.stringify(file, null, 2)
      .replace('{', '{\n  "__proto__": { "polluted": "top" },\n  "constructor": { "prototype": { "polluted": "ctor" } },')
      .replace('"threshold": "1000"', '"threshold": "1000", "__proto__": { "polluted": "offer", "threshold": "1" }');
    const result = parseNotesFile(hostile);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.file)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.file.notes.offers[2])).toBe(Object.prototype);
    expect(result.file.notes.offers[2]!.threshold).toBe('1000');
    expect(Object.keys(result.file.notes.offers[2]!)).not.toContain('__proto__');

    const { serveNotesOps, updateNotes, loadNotes } = await import('./store');
    serveNotesOps();
    await updateNotes({ type: 'import/apply', file: result.file });
    await updateNotes({ type: 'settings/update', patch: JSON.parse('{"__proto__": {"polluted": "patch"}}') });
    const after = await loadNotes();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(after.settings)).toBe(Object.prototype);
    expect((after.settings as Record<string, unknown>).polluted).toBeUndefined();
  });
});
