/**
 * The notes API every context uses: read and watch anywhere; change only through `updateNotes`, which
 * hands the op to the background's single writer (lib/notes/writer.ts). Popup, options page, content
 * scripts in several tabs and the background may all change notes at once; a read-modify-write in
 * each of them would lose updates, a queue in one place cannot.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { describeIssues } from './issues';
import { STORED_KEYS, readState, storageKey, storedMigrationsDone } from './items';
import { NOTES_OP_MESSAGE, NotesOp, NotesOpMessage, NotesOpReply } from './ops';
import type { QuarantineEntry } from './quarantine';
import type { StoredNotes } from './schema';
import { errorText, sendNotesOp } from './op-message';
import { reloadOnChange } from './reload';
import { bytesInUse, quotaBytes, storageWarningText } from './size-guard';
import { applyQueued } from './writer';

export { newId } from './ids';
export { exportQuarantine, type QuarantineEntry } from './quarantine';
export type { NotesOp } from './ops';

export interface LoadedNotes extends StoredNotes {
  /** Values kept aside because they failed validation: already moved, or to be moved at the next change. */
  quarantined: QuarantineEntry[];
  /** Shown to the user as is: storage nearly full, or notes written by a newer version. */
  storageWarning: string | null;
}

const NEWER_VERSION_WARNING =
  'These notes were saved by a newer version of Credit Lens. They are shown as far as this version understands them; update the extension before changing them.';

export async function loadNotes(): Promise<LoadedNotes> {
  const [read, used] = await Promise.all([readState(), bytesInUse()]);
  const at = new Date().toISOString();
  // Not yet moved: a reader never writes (see lib/notes/items.ts), so these are still in place, safe.
  const pending = read.moves.map((move) => ({ ...move, id: `pending:${move.key}:${move.path}`, at }));
  return {
    notes: read.state.notes,
    settings: read.state.settings,
    observations: read.state.observations,
    quarantined: [...read.state.quarantine, ...pending],
    storageWarning: read.newer.length > 0 ? NEWER_VERSION_WARNING : storageWarningText(used, quotaBytes()),
  };
}

/**
 * Calls `cb` with freshly loaded notes after every change, from any context; not initially (call
 * `loadNotes` for that). Changes in quick succession load once, and never out of order.
 */
export function watchNotes(cb: (loaded: LoadedNotes) => void): () => void {
  const follow = reloadOnChange(loadNotes, cb);
  const onChange = follow.changed;
  const unwatchers = STORED_KEYS.map((key) => storage.watch(storageKey(key), onChange));
  return () => {
    follow.stop();
    for (const unwatch of unwatchers) {
      // After an extension reload the API is gone and removing a listener throws "Extension context
      // invalidated"; there is nothing left to remove, and the page must not see the error.
      try {
        unwatch();
      } catch {
        /* context invalidated */
      }
    }
  };
}

let serving = false;
let listener: ((message: unknown) => Promise<NotesOpReply> | undefined) | null = null;

/** Called once from the background's main(): from then on this context is the only writer. */
export function serveNotesOps(): void {
  serving = true;
  // WXT's stored migrations, if any is due, start now rather than at the first change.
  void storedMigrationsDone().catch(() => undefined);
  if (listener) browser.runtime.onMessage.removeListener(listener);
  listener = (message: unknown) => {
    // Other messages are for other listeners: answer nothing, so they can.
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== NOTES_OP_MESSAGE) {
      return undefined;
    }
    const parsed = NotesOpMessage.safeParse(message, { reportInput: true });
    if (!parsed.success) {
      return Promise.resolve({ ok: false, error: `Not saved: ${describeIssues(parsed.error.issues)}. Nothing was changed.` });
    }
    return applyQueued(parsed.data.op).then(
      (): NotesOpReply => ({ ok: true }),
      (error): NotesOpReply => ({ ok: false, error: errorText(error) }),
    );
  };
  browser.runtime.onMessage.addListener(listener);
}

/** Resolves once the change is stored; rejects with a message for the user when it was refused. */
export async function updateNotes(op: NotesOp): Promise<void> {
  if (serving) {
    const parsed = NotesOp.safeParse(op, { reportInput: true });
    if (!parsed.success) throw new Error(`Not saved: ${describeIssues(parsed.error.issues)}. Nothing was changed.`);
    return applyQueued(parsed.data);
  }
  return sendNotesOp(op);
}
