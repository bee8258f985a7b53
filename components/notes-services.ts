/**
 * What the extension's pages need of the notes, in one place so component tests can hand in fakes (the
 * real writer lives in the background, which a DOM test does not run). These read storage in the page;
 * the popup and the board take the background's snapshot instead (lib/notes/snapshot.ts).
 */
import { loadNotes, newId, updateNotes, watchNotes, type LoadedNotes, type NotesOp } from '../lib/notes/store';

export interface NotesServices {
  loadNotes(): Promise<LoadedNotes>;
  watchNotes(callback: (loaded: LoadedNotes) => void): () => void;
  updateNotes(op: NotesOp): Promise<void>;
  newId(): string;
  now(): Date;
}

export const notesServices: NotesServices = {
  loadNotes,
  watchNotes,
  updateNotes,
  newId,
  now: () => new Date(),
};
