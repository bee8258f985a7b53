/**
 * What the content script's loader (entrypoints/content/index.ts) hands to the Billing module and its
 * later parts through the content script's global scope (its own isolated world, which the page cannot
 * see). The module and its parts are built apart (modules/billing-module.ts) and cannot import the
 * loader's code, nor, under `use_dynamic_url`, their sibling chunks: Chrome refuses that `import()`
 * from the module but allows it from the content script. The keys are `Symbol.for` names, so every
 * build that reads them agrees without sharing a module.
 */

/** The loader's `browser` (the polyfill), so the Billing module carries no second copy (billing-browser.ts). */
export const HANDED_BROWSER = Symbol.for('credit-lens.browser');

/** The loader's importer of a chunk beside the Billing module, by its fixed file name. */
export const CHUNK_IMPORTER = Symbol.for('credit-lens.import-billing-chunk');
export type ChunkImporter = (file: string) => Promise<unknown>;

const scope = globalThis as Record<symbol, unknown>;

/** The loader's side: hands a value over under its key, once (a second Billing route keeps the first). */
export function handOver(key: symbol, value: unknown): void {
  scope[key] ??= value;
}

/** What the loader handed over under a key, if anything. */
export const handed = (key: symbol): unknown => scope[key];

/** The importer the loader handed over, or null where there is none (tests, the popup, inspect). */
export function handedImporter(): ChunkImporter | null {
  const importer = handed(CHUNK_IMPORTER);
  return typeof importer === 'function' ? (importer as ChunkImporter) : null;
}

interface ChunkState {
  loading: Promise<unknown> | null;
  module: unknown;
  /** Told once the module is in, whoever asked for it. */
  listeners: Set<() => void>;
}
/** Per file, whoever asks for it: `parts.js` serves the overlay's parts, a hint rule and the pseudo-locale. */
const chunks = new Map<string, ChunkState>();

/**
 * A chunk loaded once, through the loader's importer, on first use by any of its loaders: a load in
 * progress is shared, a failed one (an extension reload mid-way) may be tried again, and without the
 * loader it fails clearly. `T` is what this caller uses of the chunk's exports.
 */
export interface ChunkLoader<T> {
  load(): Promise<T>;
  /** The module, once it has arrived; null before. */
  loaded(): T | null;
  /** Whether a load is on its way: a caller that only starts one need not ask again meanwhile. */
  loading(): boolean;
  /**
   * Calls `listener` once the module arrives, loaded by any of the file's loaders: what works with it
   * when it is there (a hint's details) is worked out again. Returns the unsubscribe.
   */
  onLoaded(listener: () => void): () => void;
}

export function chunkLoader<T>(file: string): ChunkLoader<T> {
  let chunk = chunks.get(file);
  if (!chunk) chunks.set(file, (chunk = { loading: null, module: null, listeners: new Set() }));
  const state = chunk;
  return {
    load() {
      const importer = handedImporter();
      if (!importer) return Promise.reject(new Error(`no Billing chunk importer for ${file} (the content script sets it)`));
      state.loading ??= importer(file).then(
        (loaded) => {
          state.module = loaded;
          for (const listener of state.listeners) listener();
          return loaded;
        },
        (cause: unknown) => {
          state.loading = null;
          throw cause;
        },
      );
      return state.loading as Promise<T>;
    },
    loaded: () => state.module as T | null,
    loading: () => state.loading !== null && state.module === null,
    onLoaded(listener) {
      state.listeners.add(listener);
      return () => state.listeners.delete(listener);
    },
  };
}
