import { chunkLoader } from '../../../lib/handover';

/**
 * Loads the overlay's parts that a user action shows (./entry.tsx, built as `parts.js` beside the
 * Billing module) through the loader's importer (lib/handover.ts). Without it, it fails (unit tests
 * install one).
 */
const parts = chunkLoader<typeof import('./entry')>('parts.js');

export const loadParts = parts.load;

/** The module, once it has loaded: a part shown after that renders in the same frame as its tree. */
export const loadedParts = parts.loaded;

/**
 * Starts loading on a sign the user is about to open the dock (the pointer or the focus on its pill), so
 * the misread panel shows with the open dock rather than a few frames after it. A failure is told when a
 * part asks for the module itself.
 */
export function preloadParts(): void {
  loadParts().catch(() => {});
}
