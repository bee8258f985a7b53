import { CHUNK_IMPORTER, type ChunkImporter } from '../../../lib/lexicon/packs';

/**
 * Loads the overlay's parts that a user action shows (./entry.tsx, built as `parts.js` beside the
 * Billing module). The content script's loader imports it: Chrome refuses the Billing module's own
 * import of a sibling under `use_dynamic_url`. Without the loader's importer it fails (unit tests
 * install one).
 */
type Parts = typeof import('./entry');

let loading: Promise<Parts> | null = null;

export function loadParts(): Promise<Parts> {
  const importer = (globalThis as Record<symbol, unknown>)[CHUNK_IMPORTER] as ChunkImporter | undefined;
  if (typeof importer !== 'function') return Promise.reject(new Error('no Billing chunk importer (the content script sets it)'));
  loading ??= (importer('parts.js') as Promise<Parts>).catch((cause: unknown) => {
    loading = null; // a failed load (an extension reload mid-way) may be tried again
    throw cause;
  });
  return loading;
}
