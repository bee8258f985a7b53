/**
 * The notes services of the pages that open often and must paint fast, the popup and the board: the
 * notes come from the background's snapshot (lib/notes/snapshot.ts), and the store, with zod and the
 * notes schema, never loads unless the snapshot fails (issue 11: "the popup's first paint needs the lists,
 * not every schema"; issue 13, the board's first paint).
 */
import { newId } from '../lib/notes/ids';
import { sendNotesOp } from '../lib/notes/op-message';
import { loadNotesSnapshot, loadPageNotes, watchNotesSnapshot } from '../lib/notes/snapshot';
import type { NotesServices } from './notes-services';

export const snapshotNotesServices: NotesServices = {
  loadNotes: loadPageNotes,
  watchNotes: (callback) => watchNotesSnapshot(callback, (fresh) => loadNotesSnapshot(undefined, fresh)),
  // Sent at once, not after loading the store: a popup closed right after Save must not lose the change.
  updateNotes: sendNotesOp,
  newId,
  now: () => new Date(),
};
