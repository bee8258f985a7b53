/**
 * Reading a stored value keeps every valid entity and names every invalid one as a quarantine move.
 * One bad offer must not cost the user the other forty, nor be silently dropped.
 */
import { z } from '../zod';
import { describeIssues, formatPath } from './issues';
import { QuarantineEntry, type QuarantineMove } from './quarantine';
import {
  Account,
  AccountId,
  Code,
  DEFAULT_SETTINGS,
  EMPTY_NOTES,
  FreeNote,
  Observation,
  Offer,
  ReadingFix,
  Settings,
  type NotesDoc,
  type ObservationsByAccount,
} from './schema';

export interface Salvaged<T> {
  value: T;
  moves: QuarantineMove[];
}

type Schema = z.ZodMiniType;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function check(schema: Schema, value: unknown): { ok: true; data: unknown } | { ok: false; reason: string } {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? { ok: true, data: result.data } : { ok: false, reason: describeIssues(result.error.issues) };
}

// One list schema per item schema, made on first use.
const lists = new WeakMap<Schema, Schema>();
const listOf = (schema: Schema): Schema => {
  let list = lists.get(schema);
  if (!list) lists.set(schema, (list = z.array(schema)));
  return list;
};

/**
 * `belongs` is a check beyond the schema (a reading filed under its own account), returning why an
 * item that fits the schema is still out of place.
 */
function salvageList<T>(
  key: QuarantineMove['key'],
  path: PropertyKey[],
  raw: unknown,
  schema: Schema,
  moves: QuarantineMove[],
  belongs: (item: T) => string | null = () => null,
): T[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    moves.push({ key, path: formatPath(path), reason: 'expected a list', value: raw });
    return [];
  }
  // Stored lists are nearly always valid as a whole, and one parse of the list costs less than one per
  // item (a board of 1,000 items reads them all before its first paint). Item by item only when not.
  const whole = listOf(schema).safeParse(raw);
  if (whole.success && (whole.data as T[]).every((item) => belongs(item) === null)) return whole.data as T[];
  const kept: T[] = [];
  raw.forEach((item, index) => {
    const result = check(schema, item);
    const misplaced = result.ok ? belongs(result.data as T) : null;
    if (result.ok && misplaced === null) kept.push(result.data as T);
    else moves.push({ key, path: formatPath([...path, index]), reason: result.ok ? misplaced! : result.reason, value: item });
  });
  return kept;
}

const NOTES_LISTS = { accounts: Account, offers: Offer, codes: Code, notes: FreeNote, fixes: ReadingFix } as const;

export function salvageNotes(raw: unknown): Salvaged<NotesDoc> {
  if (raw === undefined || raw === null) return { value: structuredClone(EMPTY_NOTES), moves: [] };
  if (!isRecord(raw)) return { value: structuredClone(EMPTY_NOTES), moves: [{ key: 'notes', path: '', reason: 'expected an object', value: raw }] };
  const moves: QuarantineMove[] = [];
  const value = {} as NotesDoc;
  for (const [list, schema] of Object.entries(NOTES_LISTS)) {
    (value as Record<string, unknown[]>)[list] = salvageList('notes', [list], raw[list], schema, moves);
  }
  for (const key of Object.keys(raw)) {
    if (!(key in NOTES_LISTS)) moves.push({ key: 'notes', path: formatPath([key]), reason: 'not a field of the notes', value: raw[key] });
  }
  return { value, moves };
}

export function salvageSettings(raw: unknown): Salvaged<Settings> {
  const value = structuredClone(DEFAULT_SETTINGS);
  if (raw === undefined || raw === null) return { value, moves: [] };
  if (!isRecord(raw)) return { value, moves: [{ key: 'settings', path: '', reason: 'expected an object', value: raw }] };
  const moves: QuarantineMove[] = [];
  const shape = Settings.shape as Record<string, Schema>;
  for (const [key, item] of Object.entries(raw)) {
    const schema = Object.prototype.hasOwnProperty.call(shape, key) ? shape[key] : undefined;
    if (!schema) {
      moves.push({ key: 'settings', path: formatPath([key]), reason: 'not a setting', value: item });
      continue;
    }
    // A setting added in a later release is simply absent from older values: its default applies.
    if (item === undefined) continue;
    const result = check(schema, item);
    if (result.ok) (value as Record<string, unknown>)[key] = result.data;
    else moves.push({ key: 'settings', path: formatPath([key]), reason: result.reason, value: item });
  }
  return { value, moves };
}

export function salvageObservations(raw: unknown): Salvaged<ObservationsByAccount> {
  const value: ObservationsByAccount = {};
  if (raw === undefined || raw === null) return { value, moves: [] };
  if (!isRecord(raw)) return { value, moves: [{ key: 'observations', path: '', reason: 'expected an object', value: raw }] };
  const moves: QuarantineMove[] = [];
  for (const [accountId, list] of Object.entries(raw)) {
    if (!AccountId.safeParse(accountId).success) {
      moves.push({ key: 'observations', path: formatPath([accountId]), reason: 'not an advertiser id', value: list });
      continue;
    }
    // Checked against its key too: a reading filed under another account would skew that account's history.
    const filedHere = (observation: Observation) => (observation.accountId === accountId ? null : `expected a reading of account ${accountId}`);
    const kept = salvageList<Observation>('observations', [accountId], list, Observation, moves, filedHere);
    if (kept.length > 0) value[accountId] = kept;
  }
  return { value, moves };
}

/** The quarantine itself is salvaged too: anything unrecognisable in it is wrapped, not lost. */
export function salvageQuarantine(raw: unknown): Salvaged<QuarantineEntry[]> {
  if (raw === undefined || raw === null) return { value: [], moves: [] };
  if (!Array.isArray(raw)) return { value: [], moves: [{ key: 'quarantine', path: '', reason: 'expected a list', value: raw }] };
  const moves: QuarantineMove[] = [];
  const value = salvageList<QuarantineEntry>('quarantine', [], raw, QuarantineEntry, moves);
  return { value, moves };
}
