/**
 * The background's side of the notes snapshot (snapshot.ts): it reads and checks the notes once per
 * change and answers every page's ask with the same string.
 */
import { browser } from 'wxt/browser';
import { errorText } from './op-message';
import { NOTES_SNAPSHOT_MESSAGE, type SnapshotAsk, type SnapshotReply } from './snapshot';
import { loadNotes } from './store';
import { answerPosts } from './worker-post';
import { enqueue, opsQueued } from './writer';

/**
 * The snapshot last read, and how many ops had been queued then. The read is queued behind the writer's
 * ops, so it sees every op queued before it; an op queued since makes it stale at once, without waiting
 * for storage's change event, which reaches this context only after the write has resolved for the page
 * that asked (a popup reopened right after a save would otherwise get the notes from before it).
 */
let cached: { ops: number; json: Promise<string> } | null = null;

/** Called once from the background's main(): answers snapshot asks, reading again after any change. */
export function serveNotesSnapshots(): void {
  // Any write (an op, an observation, a migration) makes the snapshot stale; the next ask reads again.
  // Every key counts: the storage warning depends on the bytes all of them use.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local') cached = null;
  });
  browser.runtime.onMessage.addListener(answerSnapshot);
  answerPosts(answerSnapshot);
}

/** The reply to a snapshot ask, from a runtime message or a post (worker-post.ts); undefined for any other message. */
function answerSnapshot(message: unknown): Promise<SnapshotReply> | undefined {
  if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== NOTES_SNAPSHOT_MESSAGE) return undefined;
  // A page that saw a change asks `fresh`: its change event may reach it before ours reaches us.
  if ((message as SnapshotAsk).fresh === true || cached?.ops !== opsQueued()) cached = null;
  cached ??= { ops: opsQueued(), json: enqueue(loadNotes).then((loaded) => JSON.stringify(loaded)) };
  const mine = cached;
  return mine.json.then(
    (json): SnapshotReply => ({ ok: true, json }),
    (error: unknown): SnapshotReply => {
      if (cached === mine) cached = null;
      return { ok: false, error: errorText(error) };
    },
  );
}
