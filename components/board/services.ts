/**
 * What the board needs from the rest of the extension: the notes from the background's snapshot, as the
 * popup takes them (components/snapshot-services.ts).
 */
import type { NotesServices } from '../notes-services';
import { clearBoardSnap, readBoardSnap, writeBoardSnap } from '../../lib/board/snap';
import { snapshotNotesServices } from '../snapshot-services';
import type { SnapServices } from './use-board-notes';

export const boardServices: NotesServices = snapshotNotesServices;

/**
 * The board's kept copy in the page's `localStorage` (lib/board/snap.ts). The check (zod and the notes
 * schema) loads only when the copy is read, when the background is slow: never on the way to a first
 * paint that has the true notes.
 */
export const boardSnaps: SnapServices = {
  read: async () => readBoardSnap((await import('../../lib/board/snap-schema')).checkBoardSnap),
  keep: (snap) => writeBoardSnap(snap),
  forget: () => clearBoardSnap(),
};
