import { sendNotesOp } from '../notes/op-message';
import type { NotesOp } from '../notes/ops';
import { askNotesSnapshot, watchNotesSnapshot, type NotesLoader } from '../notes/snapshot';
import type { LoadedNotes } from '../notes/store';
import type { StoredNotes } from '../notes/schema';
import { NO_PENDING, settlePending, type PendingSettings } from '../overlay/overlay-view';
import type { SessionScope } from '../overlay/scope';
import { quietly } from './quietly';

/** The notes as this tab knows them. */
export interface SyncedNotes {
  /** True once the first load finished, even when it failed (then `stored` stays null). */
  readonly loaded: boolean;
  readonly stored: StoredNotes | null;
}

/**
 * The tab's copy of the notes and settings: loaded once, then followed as any context changes them.
 * The overlay's own changes (a dismissal, minimising) show at once as `pending` and are sent to the
 * background's writer; storage's echo settles them, a refused write drops them.
 *
 * The notes come from the background's snapshot (lib/notes/snapshot.ts), checked there once per
 * change, and changes go to it as messages: the Billing module carries neither the store nor zod nor
 * the notes schema (issue 11, its weight), and the tabs stop checking the same notes each.
 */
export class NotesSync implements SyncedNotes {
  loaded = false;
  stored: StoredNotes | null = null;
  pending: PendingSettings = NO_PENDING;

  /** `changed(firstLoad)` runs after every change to what this tab knows, including its own sends. */
  readonly #scope: SessionScope;
  readonly #changed: (firstLoad: boolean) => void;

  constructor(
    scope: SessionScope,
    changed: (firstLoad: boolean) => void,
    load: NotesLoader = askNotesSnapshot(),
  ) {
    this.#scope = scope;
    this.#changed = changed;
    let changedSince = false;
    scope.onClose(
      watchNotesSnapshot((loaded) => {
        changedSince = true;
        this.#take(loaded);
      }, load),
    );
    load(false).then(
      // A change that arrived while this first load was under way is newer than what it read.
      (loaded) => this.#take(changedSince ? null : loaded),
      (cause) => {
        quietly('could not load notes')(cause);
        this.#take(null);
      },
    );
  }

  dismiss(hintId: string): void {
    this.pending = { ...this.pending, dismissed: [...this.pending.dismissed, hintId] };
    this.#send({ type: 'hint/dismiss', hintId });
  }

  restore(hintIds: readonly string[]): void {
    const ids = [...hintIds];
    this.pending = { ...this.pending, dismissed: this.pending.dismissed.filter((id) => !ids.includes(id)), restored: [...this.pending.restored, ...ids] };
    // Only these ids: a whole-list write could undo a dismissal another tab made meanwhile.
    this.#send({ type: 'hint/restore', hintIds: ids });
  }

  setMinimised(minimised: boolean): void {
    this.pending = { ...this.pending, minimised };
    this.#send({ type: 'settings/update', patch: { overlayMinimised: minimised } });
  }

  #take(loaded: LoadedNotes | null): void {
    if (!this.#scope.active) return;
    if (loaded) {
      this.stored = loaded;
      this.pending = settlePending(this.pending, loaded.settings);
    }
    const first = !this.loaded;
    this.loaded = true;
    this.#changed(first);
  }

  #send(op: NotesOp): void {
    this.#changed(false);
    sendNotesOp(op).catch((cause) => {
      // Not saved: show the stored state again rather than a change that did not happen.
      quietly('could not save a setting')(cause);
      this.pending = NO_PENDING;
      this.#changed(false);
    });
  }
}
