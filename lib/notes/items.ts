/**
 * Where the notes live in `storage.local`, and how any context reads them.
 *
 * Only the background defines the WXT storage items: WXT migrates a versioned item's stored value as
 * soon as the item is defined, and that is a write. Were the popup or a content script to define them,
 * a migration there could overwrite an op the background applied a moment earlier. Every other
 * context reads the raw values and migrates in memory with the same table (lib/notes/migrations.ts).
 */
import { storage } from 'wxt/utils/storage';
import {
  NOTES_VERSION,
  OBSERVATIONS_VERSION,
  QUARANTINE_VERSION,
  SETTINGS_VERSION,
  migrate,
  notesMigrations,
  settingsMigrations,
  type Migration,
} from './migrations';
import type { NotesState } from './ops';
import type { QuarantineEntry, QuarantineMove, StoredKey } from './quarantine';
import { salvageNotes, salvageObservations, salvageQuarantine, salvageSettings } from './salvage';
import { DEFAULT_SETTINGS, EMPTY_NOTES } from './defaults';
import type { NotesDoc, ObservationsByAccount, Settings } from './schema';

export const STORED_KEYS = ['notes', 'settings', 'observations', 'quarantine'] as const satisfies readonly StoredKey[];
export const storageKey = (key: StoredKey) => `local:${key}` as const;
/** WXT keeps an item's version in a sibling key ending in `$`. */
export const metaKey = (key: StoredKey) => `local:${key}$` as const;

export const VERSIONS: Record<StoredKey, number> = {
  notes: NOTES_VERSION,
  settings: SETTINGS_VERSION,
  observations: OBSERVATIONS_VERSION,
  quarantine: QUARANTINE_VERSION,
};
const MIGRATIONS: Record<StoredKey, Record<number, Migration>> = {
  notes: notesMigrations,
  settings: settingsMigrations,
  observations: {},
  quarantine: {},
};
/** What an absent value means; nothing is written for a key that still equals it. */
export const FALLBACKS: NotesState = {
  notes: EMPTY_NOTES,
  settings: DEFAULT_SETTINGS,
  observations: {},
  quarantine: [],
};

function defineItems() {
  return {
    notes: storage.defineItem<NotesDoc>(storageKey('notes'), {
      fallback: EMPTY_NOTES,
      version: NOTES_VERSION,
      migrations: notesMigrations,
    }),
    settings: storage.defineItem<Settings>(storageKey('settings'), {
      fallback: DEFAULT_SETTINGS,
      version: SETTINGS_VERSION,
      migrations: MIGRATIONS.settings,
    }),
    observations: storage.defineItem<ObservationsByAccount>(storageKey('observations'), {
      fallback: {},
      version: OBSERVATIONS_VERSION,
      migrations: MIGRATIONS.observations,
    }),
    quarantine: storage.defineItem<QuarantineEntry[]>(storageKey('quarantine'), {
      fallback: [],
      version: QUARANTINE_VERSION,
      migrations: MIGRATIONS.quarantine,
    }),
  };
}
export type NotesItems = ReturnType<typeof defineItems>;

let items: NotesItems | null = null;
/** The writer's items (see the note at the top); defining them starts WXT's stored migrations. */
function writerItems(): NotesItems {
  items ??= defineItems();
  return items;
}

let migrated: Promise<void> | null = null;
/**
 * Resolves once WXT has migrated every stored value that was behind its version (a failed step is
 * logged by WXT and read in memory instead). The items are defined only when one is behind: defining a
 * versioned item reads its whole value twice, even when there is nothing to migrate, and a worker woken
 * by the popup paid that for the whole notebook, on every wake, before it read the notes for the popup.
 * Once the versions are current they stay so: the writer stores every value at its current version.
 */
export function storedMigrationsDone(): Promise<void> {
  migrated ??= (async () => {
    if (await anyVersionBehind()) await Promise.all(Object.values(writerItems()).map((item) => item.getMeta()));
  })().catch((error: unknown) => {
    // Storage was not readable: the next op asks again.
    migrated = null;
    throw error;
  });
  return migrated;
}

/** Whether a stored value is at an older version than this build's, read from the versions alone where they are stored. */
async function anyVersionBehind(): Promise<boolean> {
  const metas = new Map((await storage.getItems(STORED_KEYS.map(metaKey))).map(({ key, value }) => [key, value as unknown]));
  const unversioned: StoredKey[] = [];
  for (const key of STORED_KEYS) {
    const version = metaOf(metas.get(metaKey(key))).v;
    if (typeof version === 'number') {
      if (version < VERSIONS[key]) return true;
    } else if (VERSIONS[key] > 1) unversioned.push(key);
  }
  if (unversioned.length === 0) return false;
  // A value stored without a version is at version 1 (WXT's convention): behind only where there is one.
  return (await storage.getItems(unversioned.map(storageKey))).some(({ value }) => value != null);
}

export interface RawStore {
  values: Record<StoredKey, unknown>;
  metas: Record<StoredKey, Record<string, unknown>>;
}

/** One read of every value and its version, so a read never mixes two writes. */
export async function readRaw(): Promise<RawStore> {
  const keys = STORED_KEYS.flatMap((key) => [storageKey(key), metaKey(key)]);
  const found = new Map((await storage.getItems(keys)).map(({ key, value }) => [key, value as unknown]));
  const values = {} as RawStore['values'];
  const metas = {} as RawStore['metas'];
  for (const key of STORED_KEYS) {
    values[key] = found.get(storageKey(key)) ?? null;
    metas[key] = metaOf(found.get(metaKey(key)));
  }
  return { values, metas };
}

/** A stored meta value (WXT's `key$`, holding the version): anything but an object counts as none. */
const metaOf = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The stored version: WXT's convention is that a value without one is version 1. */
export const storedVersion = (raw: RawStore, key: StoredKey): number =>
  typeof raw.metas[key].v === 'number' ? raw.metas[key].v : 1;

export interface ReadState {
  raw: RawStore;
  /** Everything valid, migrated to the current versions. */
  state: NotesState;
  /** Invalid parts still sitting in storage; the writer moves them to the quarantine on its next write. */
  moves: QuarantineMove[];
  /** Keys written by a newer Credit Lens: readable as far as they validate, never to be overwritten. */
  newer: StoredKey[];
}

export async function readState(): Promise<ReadState> {
  const raw = await readRaw();
  const newer = STORED_KEYS.filter((key) => storedVersion(raw, key) > VERSIONS[key]);
  const current = (key: StoredKey) =>
    raw.values[key] === null ? null : migrate(raw.values[key], storedVersion(raw, key), MIGRATIONS[key], VERSIONS[key]);
  const notes = salvageNotes(current('notes'));
  const settings = salvageSettings(current('settings'));
  const observations = salvageObservations(current('observations'));
  const quarantine = salvageQuarantine(current('quarantine'));
  return {
    raw,
    state: { notes: notes.value, settings: settings.value, observations: observations.value, quarantine: quarantine.value },
    moves: [...notes.moves, ...settings.moves, ...observations.moves, ...quarantine.moves],
    newer,
  };
}
