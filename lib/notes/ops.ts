/**
 * Every change to the notes is one of these operations. Contexts never write storage themselves:
 * they send an op to the background, which applies ops one at a time (lib/notes/writer.ts), so two
 * writers can never overwrite each other's read-modify-write. `applyOp` is the pure part.
 */
import { z } from '../zod';
import { NOTES_VERSION } from './migrations';
import { groupObservations, recordObservation } from './observations';
import type { QuarantineEntry } from './quarantine';
import { NOTES_OP_MESSAGE } from './op-message';
import { addedAccount, unnamedAccount } from './defaults';
import {
  Account,
  Code,
  DEFAULT_SETTINGS,
  EMPTY_NOTES,
  EntityId,
  ExportFile,
  FreeNote,
  IsoDateTime,
  Observation,
  LanguageSetting,
  MAX_ACCOUNTS_ADDED,
  Offer,
  ReadingFix,
  Settings,
  type NotesDoc,
  type StoredNotes,
} from './schema';

/**
 * A settings change names only what changes. Settings' defaults (language: "auto") must not fill in a
 * patch: folding the overlay would otherwise reset the Language setting to automatic.
 */
const SettingsPatch = z.partial(z.extend(Settings, { language: LanguageSetting, showMarks: z.boolean() }));

export const NotesOp = z.discriminatedUnion('type', [
  /** Adds accounts, from one form or a pasted list; an id already in the notes keeps what they know where the new entry is blank. */
  z.object({ type: z.literal('accounts/add'), accounts: z.array(Account).check(z.minLength(1), z.maxLength(MAX_ACCOUNTS_ADDED)) }),
  z.object({ type: z.literal('offer/upsert'), offer: Offer }),
  z.object({ type: z.literal('offer/delete'), id: EntityId }),
  z.object({ type: z.literal('code/upsert'), code: Code }),
  z.object({ type: z.literal('code/delete'), id: EntityId }),
  z.object({ type: z.literal('note/upsert'), note: FreeNote }),
  z.object({ type: z.literal('note/delete'), id: EntityId }),
  z.object({ type: z.literal('settings/update'), patch: SettingsPatch }),
  /** Appends one id, so two tabs dismissing at once do not overwrite each other's list. */
  z.object({ type: z.literal('hint/dismiss'), hintId: z.string().check(z.minLength(1), z.maxLength(200)) }),
  /** Removes ids from the list, likewise without replacing what another tab dismissed meanwhile. */
  z.object({ type: z.literal('hint/restore'), hintIds: z.array(z.string().check(z.maxLength(200))) }),
  z.object({ type: z.literal('observation/record'), observation: Observation }),
  /** One fix per account, page kind and field: a new one for the same value replaces the old. */
  z.object({ type: z.literal('fix/save'), fix: ReadingFix }),
  z.object({ type: z.literal('fix/delete'), id: EntityId }),
  /** A fix no longer finds its element (`at`), or finds it again (null): the card says so once. */
  z.object({ type: z.literal('fix/lost'), id: EntityId, at: z.nullable(IsoDateTime) }),
  /** Atomic replace of notes, observations, and settings when the file has them. */
  z.object({ type: z.literal('import/apply'), file: ExportFile }),
  /** After the user exported the values kept aside. */
  z.object({ type: z.literal('quarantine/clear') }),
  z.object({ type: z.literal('all/delete') }),
]);
export type NotesOp = z.infer<typeof NotesOp>;

export { NOTES_OP_MESSAGE };
export const NotesOpMessage = z.object({ type: z.literal(NOTES_OP_MESSAGE), op: NotesOp });
export type NotesOpMessage = z.infer<typeof NotesOpMessage>;
export const NotesOpReply = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type NotesOpReply = z.infer<typeof NotesOpReply>;

/** The writer's state: the notebook and the values kept aside. */
export interface NotesState extends StoredNotes {
  quarantine: QuarantineEntry[];
}

/** Thrown for an op that is valid in shape but cannot apply; its message is shown to the user. */
export class OpRefused extends Error {
  override name = 'OpRefused';
}

const MAX_DISMISSED_HINTS = 200;

function upsert<T extends { id: string }>(list: readonly T[], item: T): T[] {
  const index = list.findIndex((existing) => existing.id === item.id);
  return index < 0 ? [...list, item] : list.map((existing, i) => (i === index ? item : existing));
}

const without = <T extends { id: string }>(list: readonly T[], id: string): T[] => list.filter((item) => item.id !== id);

function addAccount(accounts: readonly Account[], added: Account): Account[] {
  return upsert(accounts, addedAccount(accounts.find((candidate) => candidate.id === added.id), added));
}

/** Offers and codes always belong to an account the popup can list, even one the user never named. */
function withAccount(notes: NotesDoc, accountId: string, currency: string | null): Account[] {
  if (notes.accounts.some((account) => account.id === accountId)) return notes.accounts;
  return [...notes.accounts, unnamedAccount(accountId, currency)];
}

export function applyOp(state: NotesState, op: NotesOp): NotesState {
  const { notes } = state;
  switch (op.type) {
    case 'accounts/add':
      return { ...state, notes: { ...notes, accounts: op.accounts.reduce(addAccount, notes.accounts) } };
    case 'offer/upsert':
      return {
        ...state,
        notes: { ...notes, accounts: withAccount(notes, op.offer.accountId, op.offer.currency), offers: upsert(notes.offers, op.offer) },
      };
    case 'offer/delete':
      return { ...state, notes: { ...notes, offers: without(notes.offers, op.id) } };
    case 'code/upsert':
      return {
        ...state,
        notes: { ...notes, accounts: withAccount(notes, op.code.accountId, op.code.currency), codes: upsert(notes.codes, op.code) },
      };
    case 'code/delete':
      return { ...state, notes: { ...notes, codes: without(notes.codes, op.id) } };
    case 'note/upsert':
      return { ...state, notes: { ...notes, notes: upsert(notes.notes, op.note) } };
    case 'note/delete':
      return { ...state, notes: { ...notes, notes: without(notes.notes, op.id) } };
    case 'settings/update': {
      const merged = Settings.safeParse({ ...state.settings, ...withoutUndefined(op.patch) });
      if (!merged.success) throw new OpRefused('Those settings are not valid; nothing was changed.');
      return { ...state, settings: merged.data };
    }
    case 'hint/dismiss': {
      const kept = state.settings.dismissedHints.filter((id) => id !== op.hintId);
      const dismissedHints = [...kept, op.hintId].slice(-MAX_DISMISSED_HINTS);
      return { ...state, settings: { ...state.settings, dismissedHints } };
    }
    case 'hint/restore': {
      const restored = new Set(op.hintIds);
      return { ...state, settings: { ...state.settings, dismissedHints: state.settings.dismissedHints.filter((id) => !restored.has(id)) } };
    }
    case 'observation/record': {
      const { accountId } = op.observation;
      const list = recordObservation(state.observations[accountId] ?? [], op.observation);
      return { ...state, observations: { ...state.observations, [accountId]: list } };
    }
    case 'fix/save': {
      const { fix } = op;
      const others = notes.fixes.filter((old) => old.id !== fix.id && !(old.accountId === fix.accountId && old.pageKind === fix.pageKind && old.field === fix.field));
      return { ...state, notes: { ...notes, fixes: [...others, fix] } };
    }
    case 'fix/delete':
      return { ...state, notes: { ...notes, fixes: without(notes.fixes, op.id) } };
    case 'fix/lost':
      return { ...state, notes: { ...notes, fixes: notes.fixes.map((fix) => (fix.id === op.id ? { ...fix, lostAt: op.at } : fix)) } };
    case 'import/apply':
      if (op.file.version !== NOTES_VERSION) {
        throw new OpRefused(`The import must be migrated to format ${NOTES_VERSION} first (parseNotesFile does this); nothing was changed.`);
      }
      return {
        ...state,
        notes: op.file.notes,
        observations: groupObservations(op.file.observations),
        settings: op.file.settings ?? state.settings,
      };
    case 'quarantine/clear':
      return { ...state, quarantine: [] };
    case 'all/delete':
      return { notes: structuredClone(EMPTY_NOTES), settings: structuredClone(DEFAULT_SETTINGS), observations: {}, quarantine: [] };
  }
}

function withoutUndefined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
