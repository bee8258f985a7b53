/**
 * The notes as a file: export is versioned JSON; import validates, migrates older formats, and
 * previews before anything is applied. Applying is one op (`import/apply`), so a bad file, or a
 * refused write, changes nothing.
 */
import { utcDayOf } from '../iso-day';
import { describeIssue, formatPath, type IssueLike } from './issues';
import { jsonErrorLocation, linesOfPaths } from './json-lines';
import { NOTES_VERSION, migrateNotes } from './migrations';
import { flattenObservations } from './observations';
import { EXPORT_FORMAT, ExportFile, type NotesDoc, type StoredNotes } from './schema';
import { errorText } from './op-message';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
const MAX_ERRORS_SHOWN = 50;

export interface ImportError {
  /** 1-based line in the file; null when the file has no such place (e.g. it is empty). */
  line: number | null;
  /** Path like `offers[2].threshold`; empty for the file as a whole. */
  field: string;
  message: string;
}
export interface ImportPreview {
  accounts: number;
  offers: number;
  codes: number;
  notes: number;
  fixes: number;
  observations: number;
}
export type ParsedNotesFile = { ok: true; file: ExportFile; preview: ImportPreview } | { ok: false; errors: ImportError[] };

export function exportNotes(
  loaded: StoredNotes,
  now: Date,
): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: NOTES_VERSION,
    exportedAt: now.toISOString(),
    notes: loaded.notes,
    observations: flattenObservations(loaded.observations),
    settings: loaded.settings,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Keys that could reach a prototype were a later step to merge the parsed object into another. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const fail = (...errors: ImportError[]): ParsedNotesFile => ({ ok: false, errors });
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseNotesFile(text: string): ParsedNotesFile {
  const megabytes = MAX_IMPORT_BYTES / (1024 * 1024);
  if (text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
    return fail({ line: null, field: '', message: `This file is larger than ${megabytes} MB; a Credit Lens notes export is far smaller. Nothing was imported.` });
  }
  if (text.trim() === '') return fail({ line: null, field: '', message: 'This file is empty. Nothing was imported.' });

  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value));
  } catch (error) {
    const message = errorText(error);
    const at = jsonErrorLocation(message, text);
    const where = at ? ` at line ${at.line}, column ${at.column}` : '';
    return fail({ line: at?.line ?? null, field: '', message: `This is not valid JSON${where} (${message}). Nothing was imported.` });
  }

  if (!isRecord(parsed) || parsed.format !== EXPORT_FORMAT) {
    return fail(located(text, ['format'], `This is not a Credit Lens notes export (expected "format": "${EXPORT_FORMAT}"). Nothing was imported.`));
  }
  const { version } = parsed;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(located(text, ['version'], 'The file has no valid format version (a whole number). Nothing was imported.'));
  }
  if (version > NOTES_VERSION) {
    return fail(
      located(text, ['version'], `This file was made by a newer version of Credit Lens (format ${version}); this one reads formats up to ${NOTES_VERSION}. Update Credit Lens, then import again.`),
    );
  }

  // Paths and lines stay those of the original file: migrations add fields, they do not move them.
  const migrated = { ...parsed, version: NOTES_VERSION, notes: migrateNotes(parsed.notes, version) };
  const result = ExportFile.safeParse(migrated, { reportInput: true });
  if (!result.success) return fail(...locatedIssues(text, result.error.issues));
  const duplicates = duplicateIds(result.data.notes);
  if (duplicates.length > 0) return fail(...locatedIssues(text, duplicates));
  const missingDays = daysThatDoNotExist(result.data.notes);
  if (missingDays.length > 0) return fail(...locatedIssues(text, missingDays));

  const { notes, observations } = result.data;
  return {
    ok: true,
    file: result.data,
    preview: {
      accounts: notes.accounts.length,
      offers: notes.offers.length,
      codes: notes.codes.length,
      notes: notes.notes.length,
      fixes: notes.fixes.length,
      observations: observations.length,
    },
  };
}

/** Two offers with one id would make every later edit ambiguous. */
function duplicateIds(notes: NotesDoc): IssueLike[] {
  const issues: IssueLike[] = [];
  for (const list of ['accounts', 'offers', 'codes', 'notes', 'fixes'] as const) {
    const seen = new Map<string, number>();
    notes[list].forEach((item, index) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, index);
      else issues.push({ path: ['notes', list, index, 'id'], message: `a different id: ${formatPath(['notes', list, first])} already has this one` });
    });
  }
  return issues;
}

/** The notes' date-only fields (export-import.test.ts holds this list to the schemas'). */
export const DAY_FIELDS = { offers: ['qualifyBy', 'expiresOn'], codes: ['receivedOn', 'activateBy', 'expiresOn'] } as const;

/**
 * A day that does not exist (2026-02-31): the schema checks a date's shape only, and the credit state
 * reads such a day as no deadline at all. An import names it rather than bring it in. Stored notes keep
 * the schema's check alone, so a notebook that already holds one is read as before, not quarantined.
 */
function daysThatDoNotExist(notes: NotesDoc): IssueLike[] {
  const issues: IssueLike[] = [];
  const check = (list: keyof typeof DAY_FIELDS, items: readonly Record<string, unknown>[]) =>
    items.forEach((item, index) => {
      for (const field of DAY_FIELDS[list]) {
        const day = item[field];
        if (typeof day === 'string' && utcDayOf(day) === null) issues.push({ path: ['notes', list, index, field], message: `a day of the calendar: ${day} does not exist` });
      }
    });
  check('offers', notes.offers);
  check('codes', notes.codes);
  return issues;
}

function located(text: string, path: PropertyKey[], message: string): ImportError {
  return locatedIssues(text, [{ path, message }], () => message)[0]!;
}

function locatedIssues(text: string, issues: readonly IssueLike[], describe: (issue: IssueLike) => string = describeIssue): ImportError[] {
  const shown = issues.slice(0, MAX_ERRORS_SHOWN);
  // A missing field has no line of its own: the nearest enclosing object's line is the place to look.
  const prefixes = shown.map((issue) => issue.path.map((_, n) => formatPath(issue.path.slice(0, issue.path.length - n))).concat(''));
  const lines = linesOfPaths(text, new Set(prefixes.flat()));
  const errors = shown.map((issue, n) => ({
    line: prefixes[n]!.map((path) => lines.get(path)).find((line) => line !== undefined) ?? null,
    field: formatPath(issue.path),
    message: describe(issue),
  }));
  if (issues.length > shown.length) {
    errors.push({ line: null, field: '', message: `…and ${issues.length - shown.length} more problems.` });
  }
  return errors;
}
