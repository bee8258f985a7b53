/**
 * What the board needs from the rest of the extension: the notes services every page uses, except that
 * the first load takes the background's snapshot (lib/notes/snapshot.ts) rather than reading and
 * checking storage in the page. Board-only, so the popup's code does not grow.
 */
import { loadNotesSnapshot } from '../../lib/notes/snapshot';
import { notesServices, type NotesServices } from '../popup/services';

export const boardServices: NotesServices = { ...notesServices, loadNotes: () => loadNotesSnapshot() };
