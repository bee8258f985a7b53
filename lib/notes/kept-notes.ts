/**
 * The background's read of the notes, kept until they change and shared by everything in the background
 * that needs them: the pages' snapshots (snapshot-serve.ts) and the reminders (reminder-alarms.ts). A
 * worker woken by the popup's or the board's ask used to read and check the whole notebook twice on its
 * one thread, once for the page and once for the reminders' plan, before the page got its reply.
 */
import { browser } from 'wxt/browser';
import { readRevision } from './revision';
import { loadNotes, type LoadedNotes } from './store';
import { enqueue, opsQueued } from './writer';

/** The notes as last read; `fresh` reads them again whatever was kept. */
export type ReadNotes = (fresh?: boolean) => Promise<LoadedNotes>;

const revisions = new WeakMap<LoadedNotes, string>();
/** The revision (revision.ts) storage held when these notes were read, if it held one. */
export const revisionOf = (loaded: LoadedNotes): string | undefined => revisions.get(loaded);

async function readWithRevision(): Promise<LoadedNotes> {
  // Run in the writer's queue, so no op lands between the revision and the notes.
  const revision = await readRevision();
  const loaded = await loadNotes();
  if (revision !== null) revisions.set(loaded, revision);
  return loaded;
}

/**
 * Called once from the background's main(), so its change listener is registered as the worker starts.
 *
 * The read is queued behind the writer's ops, so it sees every op queued before it. An op queued since
 * makes it stale at once, without waiting for storage's change event, which reaches this context only
 * after the write has resolved for the page that asked (a popup reopened right after a save would
 * otherwise get the notes from before it). Any change to local storage makes it stale too: every key
 * counts, since the storage warning depends on the bytes all of them use.
 */
export function keepNotes(): ReadNotes {
  let kept: { ops: number; loaded: Promise<LoadedNotes> } | null = null;
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local') kept = null;
  });
  return (fresh = false) => {
    if (fresh || kept?.ops !== opsQueued()) kept = null;
    if (!kept) {
      const mine = { ops: opsQueued(), loaded: enqueue(readWithRevision) };
      // A read that failed is not kept: the next one tries again.
      mine.loaded.catch(() => {
        if (kept === mine) kept = null;
      });
      kept = mine;
    }
    return kept.loaded;
  };
}
