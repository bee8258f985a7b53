/**
 * What the board needs from the rest of the extension: the notes from the background's snapshot, as the
 * popup takes them (components/snapshot-services.ts).
 */
import type { NotesServices } from '../notes-services';
import { clearBoardSnap, readBoardSnap, writeBoardSnap } from '../../lib/board/snap';
import { checkBoardSnap } from '../../lib/board/snap-schema';
import { snapshotNotesServices } from '../snapshot-services';
import type { SnapServices } from './use-board-notes';

export const boardServices: NotesServices = snapshotNotesServices;

/** The board's kept copy in the page's `localStorage` (lib/board/snap.ts), checked by the notes schema before the first render. */
export const boardSnaps: SnapServices = {
  read: () => readBoardSnap(checkBoardSnap),
  keep: (snap) => writeBoardSnap(snap),
  forget: () => clearBoardSnap(),
};
