import { useEffect, useState } from 'preact/hooks';
import type { BoardSnap } from '../../lib/board/snap';
import type { LoadedNotes } from '../../lib/notes/store';
import type { NotesServices } from '../notes-services';
import { useNotes } from '../popup/use-notes';

/** The board's kept copy of the notes (lib/board/snap.ts): read back and checked, kept, forgotten. */
export interface SnapServices {
  read(): Promise<BoardSnap | null>;
  keep(snap: BoardSnap): void;
  forget(): void;
}

/**
 * How long the board waits for the true notes before it draws from its copy. An awake background
 * answers in about 8 ms (issue 13, session 6), and the board then draws the true notes as before, with
 * no copy read; a background the browser let sleep (after 30 s idle: a bookmarked board in the
 * morning) takes hundreds of ms to wake and read the notebook.
 */
export const SNAP_GRACE_MS = 50;

export interface BoardNotes {
  /** The true notes once they are in; until then the kept copy's, if the background is slow and there is one. */
  loaded: LoadedNotes | null;
  /** True once `loaded` is the background's notes, not the kept copy: editing and export wait for it. */
  fresh: boolean;
  error: string | null;
}

/** Runs `task` when the page is next idle (at most 2 s from now); returns how to call it off. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const idle = requestIdleCallback(task, { timeout: 2_000 });
    return () => cancelIdleCallback(idle);
  }
  const later = setTimeout(task, 200);
  return () => clearTimeout(later);
}

const fromSnap = (snap: BoardSnap): LoadedNotes => ({ ...snap, quarantined: [], storageWarning: null });

/**
 * The board's notes: the background's, as the popup's (useNotes); if they are slow to come, the copy
 * kept at the board's last opening meanwhile (stale while revalidate). With no copy (first opening,
 * after "Delete all data", after an update that changed the notes' format) it waits, as it always did.
 */
export function useBoardNotes(services: NotesServices, snaps: SnapServices): BoardNotes {
  const notes = useNotes(services);
  const [kept, setKept] = useState<LoadedNotes | null>(null);
  const arrived = notes.loaded !== null || notes.error !== null;
  useEffect(() => {
    if (arrived) return;
    let alive = true;
    const slow = setTimeout(() => {
      void snaps.read().then((snap) => {
        if (alive && snap) setKept(fromSnap(snap));
      });
    }, SNAP_GRACE_MS);
    return () => {
      alive = false;
      clearTimeout(slow);
    };
  }, [arrived, snaps]);
  useEffect(() => {
    if (!notes.loaded) return;
    const { notes: doc, observations, settings } = notes.loaded;
    // When the page is idle, well after the paint: the copy is for the next opening, and writing an
    // agency's notebook costs 10-20 ms of JSON, which a timer would run before the first frame.
    return whenIdle(() => (doc.accounts.length === 0 ? snaps.forget() : snaps.keep({ notes: doc, observations, settings })));
  }, [notes.loaded, snaps]);
  return { loaded: notes.loaded ?? kept, fresh: notes.loaded !== null, error: notes.error };
}
