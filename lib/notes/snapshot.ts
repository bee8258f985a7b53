/**
 * The notes as the background last loaded them, handed to an extension page in one message (issue 13,
 * the board's first paint). A page that reads storage itself pays, every time it opens, for the storage
 * read and for checking every item of the notebook (~70 ms for an agency's 470 KB of notes); here the
 * background reads and checks them once per change (`loadNotes`, lib/notes/store.ts) and keeps them as
 * one JSON string, which a page takes in one `JSON.parse`.
 *
 * Trust: the reply still crosses a boundary, so it is checked there, but cheaply: one zod parse of an
 * object holding one string. Only the extension's own contexts answer runtime messages, and what the
 * string holds is the background's own checked `LoadedNotes`. Any failure (no background, a refusal,
 * text that does not parse) falls back to reading storage in the page, so nothing is lost.
 */
import { browser } from 'wxt/browser';
import { z } from '../zod';
import { loadNotes, type LoadedNotes } from './store';

export const NOTES_SNAPSHOT_MESSAGE = 'credit-lens/notes-snapshot';
const SnapshotReply = z.object({ ok: z.literal(true), json: z.string() });
type SnapshotReply = z.infer<typeof SnapshotReply>;
type SnapshotFailure = { ok: false; error: string };

let cached: Promise<string> | null = null;

/** Called once from the background's main(): answers snapshot asks, reading again after any change. */
export function serveNotesSnapshots(): void {
  // Any write (an op, an observation, a migration) makes the snapshot stale; the next ask reads again.
  // Every key counts: the storage warning depends on the bytes all of them use.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local') cached = null;
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== NOTES_SNAPSHOT_MESSAGE) return undefined;
    const mine = (cached ??= loadNotes().then((loaded) => JSON.stringify(loaded)));
    return mine.then(
      (json): SnapshotReply => ({ ok: true, json }),
      (error: unknown): SnapshotFailure => {
        if (cached === mine) cached = null;
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      },
    );
  });
}

/**
 * The notes from the background's snapshot, or read from storage here when the background cannot give
 * one. A page that also watches the notes (`watchNotes`) gets later changes from storage as before.
 */
export async function loadNotesSnapshot(ask: (message: unknown) => Promise<unknown> = (m) => browser.runtime.sendMessage(m)): Promise<LoadedNotes> {
  try {
    const reply = SnapshotReply.safeParse(await ask({ type: NOTES_SNAPSHOT_MESSAGE }));
    if (reply.success) return JSON.parse(reply.data.json) as LoadedNotes;
  } catch {
    // No background to answer (it is starting, or the page outlived an update): read it here.
  }
  return loadNotes();
}
