import { CHUNK_IMPORTER, type ChunkImporter } from '../../../lib/lexicon/packs';

/**
 * Loads the overlay's parts that a user action shows (./entry.tsx, built as `parts.js` beside the
 * Billing module). The content script's loader imports it: Chrome refuses the Billing module's own
 * import of a sibling under `use_dynamic_url`. Without the loader's importer it fails (unit tests
 * install one).
 */
type Parts = typeof import('./entry');

let loading: Promise<Parts> | null = null;
let loaded: Parts | null = null;

/** The module, once it has loaded: a part shown after that renders in the same frame as its tree. */
export function loadedParts(): Parts | null {
  return loaded;
}

export function loadParts(): Promise<Parts> {
  const importer = (globalThis as Record<symbol, unknown>)[CHUNK_IMPORTER] as ChunkImporter | undefined;
  if (typeof importer !== 'function') return Promise.reject(new Error('no Billing chunk importer (the content script sets it)'));
  loading ??= (importer('parts.js') as Promise<Parts>).then((module) => (loaded = module)).catch((cause: unknown) => {
    loading = null; // a failed load (an extension reload mid-way) may be tried again
    throw cause;
  });
  return loading;
}

/**
 * Starts loading on a sign the user is about to open the dock (the pointer or the focus on its pill), so
 * the misread panel shows with the open dock rather than a few frames after it. A failure is told when a
 * part asks for the module itself.
 */
export function preloadParts(): void {
  loadParts().catch(() => {});
}
