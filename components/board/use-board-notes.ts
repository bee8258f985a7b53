import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { BoardSnap } from '../../lib/board/snap';
import { loadBoardCatalog, loadBoardTranslator } from '../../lib/i18n/board-translator';
import { chooseLocale } from '../../lib/i18n/locales';
import { createTranslator, type Translator } from '../../lib/i18n/translate';
import type { LoadedNotes } from '../../lib/notes/store';
import { usePageLanguage } from '../i18n/i18n';
import { browserLanguage } from '../i18n/ui-locale';
import type { NotesServices } from '../notes-services';
import { useNotes } from '../popup/use-notes';

/** The board's kept copy (lib/board/snap.ts): read back and checked at once, kept, forgotten. */
export interface SnapServices {
  read(): BoardSnap | null;
  keep(snap: BoardSnap): void;
  forget(): void;
}

export interface BoardNotes {
  /** The true notes once they are in; until then the kept copy's, if there is one. */
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

const fromSnap = (snap: BoardSnap): LoadedNotes => ({ notes: snap.notes, observations: snap.observations, settings: snap.settings, quarantined: [], storageWarning: null });

/**
 * The board's notes and words: drawn at once, in the first render, from the copy kept at its last
 * opening; then the true ones (the background's snapshot, the language's chunk) as they arrive, kept
 * again for the next opening. With no copy (first opening, after "Delete all data", after an update
 * that changed the notes' format) the board waits for both, as it always did.
 */
export function useBoardData(services: NotesServices, timeZone: string, snaps: SnapServices): BoardNotes & { translator: Translator | null } {
  const [snap] = useState(() => snaps.read());
  const notes = useNotes(services);
  const loaded = notes.loaded ?? (snap && fromSnap(snap));
  const locale = chooseLocale(loaded?.settings.language, browserLanguage());
  const [kept] = useState(() => (snap && snap.locale === locale ? createTranslator(snap.locale, snap.catalog, { timeZone }) : null));
  const [translator, setTranslator] = useState<Translator | null>(kept);
  // As useTranslator (components/i18n/i18n.tsx): asked as the page mounts, alongside the notes.
  useLayoutEffect(() => {
    let alive = true;
    void loadBoardTranslator(locale, timeZone).then((next) => {
      if (alive) setTranslator(next);
    });
    return () => {
      alive = false;
    };
  }, [locale, timeZone]);
  usePageLanguage(translator);

  useEffect(() => {
    // Kept once the true notes and the language's own words are both in, when the page is idle.
    if (!notes.loaded || !translator || translator === kept) return;
    const { notes: doc, observations, settings } = notes.loaded;
    let alive = true;
    const cancel = whenIdle(() => {
      void loadBoardCatalog(translator.locale).then(({ locale: spoken, catalog }) => {
        if (!alive) return;
        if (doc.accounts.length === 0) snaps.forget();
        else snaps.keep({ locale: spoken, catalog, notes: doc, observations, settings });
      });
    });
    return () => {
      alive = false;
      cancel();
    };
  }, [notes.loaded, translator, kept, snaps]);
  return { loaded, fresh: notes.loaded !== null, error: notes.error, translator };
}
