import { useLayoutEffect, useState } from 'preact/hooks';
import type { LoadedNotes } from '../../lib/notes/store';
import type { NotesServices } from './services';
import { errorText } from '../../lib/notes/op-message';

/**
 * The notes, kept current: a change from another context (the background recording an observation,
 * the options page importing) shows up without reopening the popup.
 */
export function useNotes(services: NotesServices): { loaded: LoadedNotes | null; error: string | null } {
  const [loaded, setLoaded] = useState<LoadedNotes | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A layout effect, not an effect: the storage read starts before the first paint rather than after
  // it, so reading the notes overlaps the frame that shows "loading" (the board's first paint, issue 13).
  useLayoutEffect(() => {
    let alive = true;
    let watched = false;
    // Subscribe before loading, so a write landing in between is not missed; a watched value is newer.
    const stop = services.watchNotes((next) => {
      watched = true;
      if (alive) setLoaded(next);
    });
    services.loadNotes().then(
      (first) => {
        if (alive && !watched) setLoaded(first);
      },
      (cause: unknown) => {
        if (alive) setError(errorText(cause));
      },
    );
    return () => {
      alive = false;
      stop();
    };
  }, [services]);
  return { loaded, error };
}
