/**
 * What the board needs from the rest of the extension: the notes from the background's snapshot, as the
 * popup takes them (components/snapshot-services.ts).
 */
import type { NotesServices } from '../notes-services';
import { snapshotNotesServices } from '../snapshot-services';

export const boardServices: NotesServices = snapshotNotesServices;
