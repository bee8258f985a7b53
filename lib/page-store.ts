/**
 * An extension page's own `localStorage`: the one store a page can read synchronously, for what must be
 * known before its first render (the board's remembered layout and its words). Never for the notes (the
 * background's storage is their one home), and never from a content script, where it is the host
 * page's.
 */
export type PageStore = Pick<Storage, 'getItem' | 'setItem'>;

/** The page's store, or null where storage is switched off: callers then do without, as on a first opening. */
export function pageStore(): PageStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
