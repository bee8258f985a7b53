/**
 * The notes as the background last loaded them, handed to an extension page in one message (issue 13,
 * the board's first paint; issue 11, the popup's). A page that reads storage itself pays, every time it
 * opens, for the storage read, for checking every item of the notebook (~70 ms for an agency's 470 KB
 * of notes) and for loading the schemas to check them with (zod and the notes schema, a fifth of the
 * popup's first paint). Here the background reads and checks them once per change (`loadNotes`,
 * lib/notes/store.ts; served by snapshot-serve.ts) and keeps them as one JSON string, which a page
 * takes in one `JSON.parse`.
 *
 * An extension page asks through the background worker's message port where it has one
 * (worker-post.ts: a structured clone, about 30 ms sooner for an agency's notes than a runtime message),
 * else by `runtime.sendMessage`.
 *
 * Trust: the reply is checked by its shape (an object holding one string), not by the notes schema
 * again. Only the extension's own pages and background answer either ask (content scripts never
 * receive a runtime message, and only our own pages share the worker's origin), and the string is the
 * background's own output of a checked read. Any failure (no background, a refusal, text that does
 * not parse) reads storage in the page, loading the store then, so nothing is lost.
 */
import { browser } from 'wxt/browser';
import { reloadOnChange } from './reload';
import { readRevision } from './revision';
import { postToWorker } from './worker-post';
import type { LoadedNotes } from './store';

export const NOTES_SNAPSHOT_MESSAGE = 'credit-lens/notes-snapshot';

/** The ask: `fresh` when the page saw a change, so the background reads again rather than answer from what it kept. */
export interface SnapshotAsk {
  type: typeof NOTES_SNAPSHOT_MESSAGE;
  fresh?: boolean;
}
export type SnapshotReply = { ok: true; json: string } | { ok: false; error: string };

/** The last reply the background made, kept in session storage (snapshot-serve.ts), with the revision it was read at. */
export const NOTES_COPY_KEY = 'notesCopy';
export interface NotesCopy {
  revision: string;
  json: string;
}

type Ask = (message: SnapshotAsk) => Promise<unknown>;
const askBackground: Ask = (message) => browser.runtime.sendMessage(message);
/** An extension page's ask: a post to the background's worker where the page is its client; the Billing module never is. */
const askFromPage: Ask = (message) => postToWorker(message) ?? askBackground(message);

const readHere = async (): Promise<LoadedNotes> => (await import('./store')).loadNotes();

function fromReply(reply: unknown): LoadedNotes {
  const { ok, json, error } = (typeof reply === 'object' && reply !== null ? reply : {}) as { ok?: unknown; json?: unknown; error?: unknown };
  if (ok !== true || typeof json !== 'string') {
    throw new Error(`The background gave no notes${ok === false && typeof error === 'string' ? `: ${error}` : ''}`);
  }
  const loaded = JSON.parse(json) as unknown;
  // The background's own checked read; the lists' presence is what a broken reply would lack.
  if (typeof loaded === 'object' && loaded !== null && 'notes' in loaded && 'settings' in loaded) return loaded as LoadedNotes;
  throw new Error('The background gave notes without their lists');
}

/** How a context gets the notes: `fresh` when it saw a change, so nothing kept from before it answers. */
export type NotesLoader = (fresh: boolean) => Promise<LoadedNotes>;

/**
 * The background's snapshot, with no fallback: for the Billing module, which cannot load the store
 * later (Chrome refuses its imports of sibling chunks) and has no use for it (its reads are only as
 * good as the background that writes its changes). Rejects with the reason when there is none.
 */
export const askNotesSnapshot = (ask: Ask = askBackground): NotesLoader => async (fresh) => fromReply(await ask({ type: NOTES_SNAPSHOT_MESSAGE, fresh }));

/**
 * The notes from the background's snapshot, or read from storage here when the background cannot give
 * one.
 */
export async function loadNotesSnapshot(ask: Ask = askFromPage, fresh = false): Promise<LoadedNotes> {
  try {
    return await askNotesSnapshot(ask)(fresh);
  } catch {
    // No background to answer (it is starting, or the page outlived an update), or the text did not parse.
  }
  return readHere();
}

/**
 * A page's first notes: the copy the background kept in session storage while it is of the notes stored
 * now, else the snapshot (or storage read here, as `loadNotesSnapshot`). A browser stops the background
 * after some 30 s idle; starting it again, then its reading and checking the notebook, were most of
 * the time a popup or a board opened then took to show its notes (issue 13). The copy is read without
 * waking it.
 *
 * Exact: the copy counts only when its revision is the stored one (revision.ts), which changes with
 * every write. A write that lands after this read fires the change event the page already listens to
 * (it subscribes before loading, use-notes.ts), so the page loads again.
 */
export async function loadPageNotes(): Promise<LoadedNotes> {
  return (await keptCopy().catch(() => null)) ?? loadNotesSnapshot();
}

async function keptCopy(): Promise<LoadedNotes | null> {
  if (!browser.storage.session) return null;
  const [kept, revision] = await Promise.all([browser.storage.session.get(NOTES_COPY_KEY), readRevision()]);
  const copy = kept[NOTES_COPY_KEY] as Partial<NotesCopy> | undefined;
  // Same trust as a reply: only the extension's pages and background can write session storage.
  return copy?.revision === revision ? fromReply({ ok: true, json: copy.json }) : null;
}

/**
 * Calls `callback` with fresh notes from `load` after every change to the extension's storage, from
 * any context; not initially (the caller loads first). Changes in quick succession load once, never
 * out of order (reload.ts), as `watchNotes` (lib/notes/store.ts) does for pages that read storage
 * themselves.
 */
export function watchNotesSnapshot(callback: (loaded: LoadedNotes) => void, load: NotesLoader): () => void {
  const follow = reloadOnChange(() => load(true), callback);
  const onChanged = (_changes: unknown, area: string) => {
    if (area === 'local') follow.changed();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    follow.stop();
    try {
      browser.storage.onChanged.removeListener(onChanged);
    } catch {
      /* context invalidated */
    }
  };
}
