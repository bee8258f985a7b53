/**
 * The notes' revision: a random id the writer (writer.ts) stores in the same atomic `set` as each
 * change. A copy of the notes tagged with the revision it was read at is therefore current exactly
 * while the stored revision is still that one (the copy a page takes without waking the background,
 * snapshot.ts). Read by its raw key: the pages' first paint does not load WXT's storage.
 */
import { browser } from 'wxt/browser';

export const REVISION_KEY = 'notesRevision';

export async function readRevision(): Promise<string | null> {
  const value = (await browser.storage.local.get(REVISION_KEY))[REVISION_KEY];
  return typeof value === 'string' ? value : null;
}
