/**
 * Format versions of everything the notes keep, and the steps between them. One table serves three
 * readers: WXT's storage items in the background (which persist the result), every other context's
 * in-memory read (which must not write: lib/notes/store.ts), and import files (lib/notes/export-import.ts).
 *
 * A step never throws on a value it does not understand: it leaves it alone, and validation then
 * quarantines it. A throwing step would leave WXT's item half-migrated and the user with nothing.
 */

/**
 * v1: codes had no `activateBy` and no `rejectedCause` (only the page's message). v2 adds both.
 * v3 adds `fixes`: where the user showed a value the reader missed (issue 12).
 */
export const NOTES_VERSION = 3;
/** v2 adds `language` ("auto" for everyone who had no choice before); v3 `showMarks` (on). */
export const SETTINGS_VERSION = 3;
export const OBSERVATIONS_VERSION = 1;
export const QUARANTINE_VERSION = 1;

/** What a v1 code looked like, for tests and for reading old export files. */
export interface CodeV1 {
  id: string;
  accountId: string;
  code: string;
  source: string | null;
  receivedOn: string;
  expiresOn: string | null;
  amount: string | null;
  currency: string | null;
  status: 'unused' | 'applied' | 'rejected';
  rejectedMessage: string | null;
  appliedOn: string | null;
  createdAt: string;
  updatedAt: string;
}
export interface NotesV1 {
  accounts: unknown[];
  offers: unknown[];
  codes: CodeV1[];
  notes: unknown[];
}

/** What v2 notes looked like: v3's lists without `fixes`. */
export interface NotesV2 {
  accounts: unknown[];
  offers: unknown[];
  codes: unknown[];
  notes: unknown[];
}

export type Migration = (value: unknown) => unknown;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keyed by the version a step produces, as WXT's `migrations` option expects. */
export const notesMigrations: Record<number, Migration> = {
  2: (value) => {
    if (!isRecord(value) || !Array.isArray(value.codes)) return value;
    return {
      ...value,
      codes: value.codes.map((code: unknown) =>
        isRecord(code) ? { ...code, activateBy: code.activateBy ?? null, rejectedCause: code.rejectedCause ?? null } : code,
      ),
    };
  },
  3: (value) => {
    if (!isRecord(value) || 'fixes' in value) return value;
    return { ...value, fixes: [] };
  },
};

export const settingsMigrations: Record<number, Migration> = {
  2: (value) => (isRecord(value) && !('language' in value) ? { ...value, language: 'auto' } : value),
  3: (value) => (isRecord(value) && !('showMarks' in value) ? { ...value, showMarks: true } : value),
};

/** Runs the steps after `fromVersion` up to `toVersion`. Versions above `toVersion` are the caller's to refuse. */
export function migrate(
  value: unknown,
  fromVersion: number,
  migrations: Record<number, Migration>,
  toVersion: number,
): unknown {
  let migrated = value;
  for (let version = fromVersion + 1; version <= toVersion; version++) {
    migrated = migrations[version]?.(migrated) ?? migrated;
  }
  return migrated;
}

export const migrateNotes = (value: unknown, fromVersion: number): unknown =>
  migrate(value, fromVersion, notesMigrations, NOTES_VERSION);
