/**
 * The board's kept copy checked as storage is (lib/notes/schema.ts): it is a copy of the user's notes
 * read back from `localStorage`, so it passes the same schema before the board draws from it
 * (lib/board/snap.ts). Apart from snap.ts so its tests can read and write copies without zod.
 */
import { recordOf, z } from '../zod';
import { NotesDoc, Observation, Settings } from '../notes/schema';
import type { SnapCheck } from './snap';

const KeptNotes = z.object({ notes: NotesDoc, observations: recordOf(z.array(Observation)), settings: Settings });

export const checkBoardSnap: SnapCheck = (value) => KeptNotes.parse(value);
