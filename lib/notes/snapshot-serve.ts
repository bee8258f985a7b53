/**
 * The background's side of the notes snapshot (snapshot.ts): it answers every page's ask with the notes
 * the background keeps (kept-notes.ts), as one string made once per read, and keeps that string in
 * session storage too, for the pages that open while this worker sleeps.
 */
import { browser } from 'wxt/browser';
import { keepNotes, revisionOf, type ReadNotes } from './kept-notes';
import type { LoadedNotes } from './store';
import { errorText } from './op-message';
import { NOTES_COPY_KEY, NOTES_SNAPSHOT_MESSAGE, type NotesCopy, type SnapshotAsk, type SnapshotReply } from './snapshot';
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
      json = loaded.then((notes) => {
        const text = JSON.stringify(notes);
        keepCopy(revisionOf(notes), text);
        return text;
      });
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

/**
 * The reply, kept in session storage with the revision it was read at (snapshot.ts takes it). Session
 * storage is for the extension's own pages and background only (content scripts are refused it unless
 * the extension opens it to them), and is emptied when the browser closes or the extension updates.
 * Not awaited: the page that asked has its reply sooner.
 */
function keepCopy(revision: string | undefined, json: string): void {
  // No revision: notes never written by this version's writer, which no copy could be checked against.
  if (revision === undefined || !browser.storage.session) return;
  const copy: NotesCopy = { revision, json };
  browser.storage.session.set({ [NOTES_COPY_KEY]: copy }).catch(() => {
    // No room (10 MB in Chrome): pages ask, as they did before there was a copy.
  });
}
