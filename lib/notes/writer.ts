/**
 * The single writer. Runs in the background only: ops from every context arrive here (lib/notes/store.ts)
 * and apply one at a time, each as read, apply, one atomic `storage.local.set`. A failed op changes
 * nothing and does not stop the ones queued after it.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { newId } from './ids';
import { FALLBACKS, STORED_KEYS, VERSIONS, metaKey, readState, storageKey, storedMigrationsDone, storedVersion } from './items';
import { OpRefused, applyOp, type NotesOp, type NotesState } from './ops';
import type { StoredKey } from './quarantine';
import { REVISION_KEY } from './revision';
import { NOTES_COPY_KEY } from './snapshot';
import { assertWithinQuota, bytesInUse, entryBytes, quotaBytes } from './size-guard';

let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every task queued before it, whether those succeeded or not. */
export function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

let queued = 0;
/** How many ops were queued so far: notes read before may be out of date once this has moved (snapshot-serve.ts). */
export const opsQueued = (): number => queued;

export const applyQueued = (op: NotesOp, now?: () => Date): Promise<void> => {
  queued += 1;
  return enqueue(() => applyNow(op, now?.() ?? new Date()));
};

const json = (value: unknown) => JSON.stringify(value);
/** Where the writer keeps the revision (revision.ts): a new one with every change. */
const REVISION_ITEM = `local:${REVISION_KEY}` as const;

async function applyNow(op: NotesOp, now: Date): Promise<void> {
  await storedMigrationsDone();
  const read = await readState();
  if (read.newer.length > 0) {
    throw new OpRefused(
      'Not saved: these notes were written by a newer version of Credit Lens. Update the extension, then try again. Nothing was changed.',
    );
  }

  if (op.type === 'all/delete') {
    // With no revision stored, no copy of the notes counts (snapshot.ts); the copy itself goes too, so
    // nothing deleted stays in the browser's memory.
    await storage.removeItems([...STORED_KEYS.flatMap((key) => [storageKey(key), metaKey(key)]), REVISION_ITEM]);
    await browser.storage.session?.remove(NOTES_COPY_KEY).catch(() => {});
    return;
  }

  const moved = read.moves.map((move) => ({ ...move, id: newId(), at: now.toISOString() }));
  const before: NotesState = { ...read.state, quarantine: [...read.state.quarantine, ...moved] };
  const after = applyOp(before, op);

  const changed = STORED_KEYS.filter((key) => {
    const stored = read.raw.values[key];
    if (stored === null) return json(after[key]) !== json(FALLBACKS[key]);
    return json(after[key]) !== json(stored) || storedVersion(read.raw, key) !== VERSIONS[key];
  });
  if (changed.length === 0) return;

  await assertRoomFor(changed, after, read.raw.values);
  // Values, versions and the revision in one `set`: storage.local applies a single set entirely or not at all.
  await storage.setItems([
    ...changed.flatMap((key) => [
      { key: storageKey(key), value: after[key] },
      { key: metaKey(key), value: { ...read.raw.metas[key], v: VERSIONS[key] } },
    ]),
    { key: REVISION_ITEM, value: newId() },
  ]);
}

async function assertRoomFor(changed: StoredKey[], after: NotesState, stored: Record<StoredKey, unknown>): Promise<void> {
  const delta = changed.reduce((sum, key) => sum + entryBytes(key, after[key]) - entryBytes(key, stored[key]), 0);
  if (delta <= 0) return;
  assertWithinQuota((await bytesInUse()) + delta, quotaBytes());
}
