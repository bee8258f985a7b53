/**
 * The background's side of the notes snapshot (snapshot.ts): it answers every page's ask with the notes
 * the background keeps (kept-notes.ts), as one string made once per read.
 */
import { browser } from 'wxt/browser';
import { keepNotes, type ReadNotes } from './kept-notes';
import type { LoadedNotes } from './store';
import { errorText } from './op-message';
import { NOTES_SNAPSHOT_MESSAGE, type SnapshotAsk, type SnapshotReply } from './snapshot';
import { answerPosts } from './worker-post';

/** Called once from the background's main(): answers snapshot asks from `read`, which reads again after any change. */
export function serveNotesSnapshots(read: ReadNotes = keepNotes()): void {
  const texts = new WeakMap<Promise<LoadedNotes>, Promise<string>>();
  /** The reply to a snapshot ask, from a runtime message or a post (worker-post.ts); undefined for any other message. */
  const answer = (message: unknown): Promise<SnapshotReply> | undefined => {
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== NOTES_SNAPSHOT_MESSAGE) return undefined;
    // A page that saw a change asks `fresh`: its change event may reach it before ours reaches us.
    const loaded = read((message as SnapshotAsk).fresh === true);
    let json = texts.get(loaded);
    if (!json) {
      json = loaded.then((notes) => JSON.stringify(notes));
      texts.set(loaded, json);
    }
    return json.then(
      (text): SnapshotReply => ({ ok: true, json: text }),
      (error: unknown): SnapshotReply => ({ ok: false, error: errorText(error) }),
    );
  };
  browser.runtime.onMessage.addListener(answer);
  answerPosts(answer);
}
