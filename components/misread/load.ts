/**
 * Loads the misread module (./lazy.ts, built as `misread.js` beside the Billing module). The content
 * script's loader imports it: Chrome refuses the Billing module's own import of a sibling under
 * `use_dynamic_url`. Without the loader (unit tests, which import ./lazy.ts's parts directly) it fails.
 */
type Lazy = typeof import('./lazy');
type ChunkImporter = (file: string) => Promise<unknown>;

const CHUNK_IMPORTER = Symbol.for('credit-lens.import-billing-chunk');

let loading: Promise<Lazy> | null = null;

export function loadMisread(): Promise<Lazy> {
  const importer = (globalThis as Record<symbol, unknown>)[CHUNK_IMPORTER] as ChunkImporter | undefined;
  if (typeof importer !== 'function') return Promise.reject(new Error('no Billing chunk importer (the content script sets it)'));
  loading ??= (importer('misread.js') as Promise<Lazy>).catch((cause: unknown) => {
    loading = null; // a failed load (an extension reload mid-way) may be tried again
    throw cause;
  });
  return loading;
}
