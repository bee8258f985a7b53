/**
 * The background's side of the notes snapshot (snapshot.ts): it reads and checks the notes once per
 * change and answers every page's ask with the same string.
 */
import { browser } from 'wxt/browser';
import { NOTES_SNAPSHOT_MESSAGE, type SnapshotAsk, type SnapshotReply } from './snapshot';
import { loadNotes } from './store';

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
    // A page that saw a change asks `fresh`: its change event may reach it before ours reaches us.
    if ((message as SnapshotAsk).fresh === true) cached = null;
    const mine = (cached ??= loadNotes().then((loaded) => JSON.stringify(loaded)));
    return mine.then(
      (json): SnapshotReply => ({ ok: true, json }),
      (error: unknown): SnapshotReply => {
        if (cached === mine) cached = null;
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      },
    );
  });
}
