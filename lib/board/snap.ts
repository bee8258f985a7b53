/**
 * The board's kept copy of the notes (issue 13, stale while revalidate): the notebook the board last
 * drew, in the board's own `localStorage` (the extension's origin), so an opening whose background is
 * slow to answer (asleep after 30 s idle) can draw from it and then show the true notes when they come.
 *
 * What is kept is the input, never the rows: the rows are worked out at opening with the current time,
 * so no countdown is ever older than the page. The tradeoff: if the notes changed since the board last
 * had them, it first shows the old ones until the true notes arrive. Editing and export wait for them.
 *
 * The copy is the user's notes, so it is a trust boundary like storage itself: it is read only if its
 * version is this build's and it passes the notes schema; anything else is dropped with a warning, and
 * the board opens as it would with no copy. Deleting all data on the options page removes it.
 */
import type { Catalog } from '../i18n/catalog-shape';
import { isUiLocale, type UiLocale } from '../i18n/locales';
import { NOTES_VERSION, OBSERVATIONS_VERSION, SETTINGS_VERSION } from '../notes/migrations';
import type { NotesDoc, ObservationsByAccount, Settings } from '../notes/schema';

export const BOARD_SNAP_KEY = 'credit-lens/board-snap';
/** Bump when what is kept changes; the stored formats' versions are part of it, so a schema change drops every copy. */
export const BOARD_SNAP_VERSION = `1/${NOTES_VERSION}.${SETTINGS_VERSION}.${OBSERVATIONS_VERSION}`;

/** What the board draws from: the notebook as it last had it, and its words in the language it last spoke. */
export interface BoardSnap {
  locale: UiLocale;
  catalog: Catalog;
  notes: NotesDoc;
  observations: ObservationsByAccount;
  settings: Settings;
}

export type SnapStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Checks a parsed copy against the notes schema; throws what is wrong. Passed in, so the check's cost is the caller's choice of schema. */
export type SnapCheck = (value: { notes: unknown; observations: unknown; settings: unknown }) => Pick<BoardSnap, 'notes' | 'observations' | 'settings'>;

function isCatalog(value: unknown): value is Catalog {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((entry) => typeof entry === 'string' || (typeof entry === 'object' && entry !== null && Object.values(entry as object).every((form) => typeof form === 'string')));
}

export function localSnapStore(): SnapStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can be switched off; the board then waits for the notes, as on its first opening.
    return null;
  }
}

const warn = (why: string) => console.warn(`[Credit Lens] the board's saved copy was not used (${why}); it paints when the notes arrive.`);

/** The kept copy if there is one, it is this version's and it passes `check`; otherwise null (and a warning, and the copy dropped, if one was there). */
export function readBoardSnap(check: SnapCheck, store: SnapStore | null = localSnapStore()): BoardSnap | null {
  let text: string | null;
  try {
    text = store?.getItem(BOARD_SNAP_KEY) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const kept = JSON.parse(text) as { version?: unknown; locale?: unknown; catalog?: unknown; notes?: unknown; observations?: unknown; settings?: unknown };
    if (typeof kept !== 'object' || kept === null) throw new Error('not an object');
    if (kept.version !== BOARD_SNAP_VERSION) throw new Error(`version ${String(kept.version)}, not ${BOARD_SNAP_VERSION}`);
    if (typeof kept.locale !== 'string' || !isUiLocale(kept.locale)) throw new Error('no language');
    if (!isCatalog(kept.catalog)) throw new Error('no words');
    return { locale: kept.locale, catalog: kept.catalog, ...check({ notes: kept.notes, observations: kept.observations, settings: kept.settings }) };
  } catch (cause) {
    warn(cause instanceof Error ? cause.message : String(cause));
    clearBoardSnap(store);
    return null;
  }
}

/** Keeps `snap` for the next opening; a full or switched-off storage keeps nothing (never an older copy). */
export function writeBoardSnap(snap: BoardSnap, store: SnapStore | null = localSnapStore()): void {
  try {
    store?.setItem(BOARD_SNAP_KEY, JSON.stringify({ version: BOARD_SNAP_VERSION, ...snap }));
  } catch {
    clearBoardSnap(store);
  }
}

/** Forgets the copy (options page, "Delete all data"). */
export function clearBoardSnap(store: SnapStore | null = localSnapStore()): void {
  try {
    store?.removeItem(BOARD_SNAP_KEY);
  } catch {
    // Switched off: nothing can have been kept.
  }
}
