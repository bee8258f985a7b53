import { OWN_HOST_NAMES } from './dom';
import { PageChanges } from './page-changes';

/**
 * One MutationObserver for the page and each open shadow root the reader found, folding records as
 * they arrive (page-changes.ts) until the page has been quiet for `quietMs` (or `maxWaitMs` has
 * passed while it keeps changing), then handing the changes over in idle time. Our own overlay host
 * is ignored, so drawing never re-reads.
 *
 * A page that changes a lot (a live table re-rendering) would make every change cost twice: once
 * to deliver and fold its record, once to follow it in the reader. Past `floodRecords` records in a
 * batch, one fresh read costs less than following them, so the watcher stops observing, hands the
 * batch over as "everything changed" (see `due` for when), and observes again.
 */
export interface WatcherTimers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface PageWatcherOptions {
  timers: WatcherTimers;
  quietMs?: number;
  maxWaitMs?: number;
  /** Records in one batch past which the watcher stops following it (see above). */
  floodRecords?: number;
  onSettled(changes: PageChanges): void;
}

/**
 * Folding a record and delivering it cost a few microseconds; a fresh read of a 14,000-element page
 * about a millisecond and a half (`npm run bench`). Past this many records, reading afresh is cheaper.
 */
const FLOOD_RECORDS = 500;
/** A flood that goes on is read at most every `maxWaitMs`, then every 2, then every 4 times that. */
const MAX_FLOOD_BACKOFF = 4;

// Attributes that change what is visible or selected; style and class churn from animations is
// the price of catching `display:none` toggles, so batching absorbs it.
const WATCHED_ATTRIBUTES = ['hidden', 'aria-hidden', 'style', 'class', 'open', 'aria-selected', 'aria-pressed', 'aria-current', 'aria-invalid', 'aria-expanded', 'disabled', 'role', 'aria-live', 'contenteditable'];
// The old value of a changed text tells a shown text replaced by another (re-read in part, see
// page-changes.ts) from a text appearing where there was none (which may change what is shown).
const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  characterDataOldValue: true,
  attributes: true,
  attributeFilter: WATCHED_ATTRIBUTES,
};

const isOwn = (node: Node) => node.nodeType === 1 && OWN_HOST_NAMES.has((node as Element).localName);

function touchesOnlyOwn(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (!isOwn(nodes[i]!)) return false;
  return true;
}

/** Records about our own overlay and outline hosts say nothing about the page. */
function isPageChange(record: MutationRecord): boolean {
  if (isOwn(record.target)) return false;
  return record.type !== 'childList' || !touchesOnlyOwn(record.addedNodes) || !touchesOnlyOwn(record.removedNodes);
}

export class PageWatcher {
  readonly #observer: MutationObserver;
  readonly #observed = new Set<Node>();
  #changes = new PageChanges();
  /** Not observing, in a flooded batch, until the next look (see `due`). */
  #paused = false;
  #quietTimer: number | null = null;
  #firstChangeAt = 0;
  #lastChangeAt = 0;
  /** Flooded batches handed over in a row. */
  #floods = 0;

  readonly #options: PageWatcherOptions;

  constructor(options: PageWatcherOptions) {
    this.#options = options;
    this.#observer = new MutationObserver((records) => this.#take(records));
  }

  observe(root: Node): void {
    if (this.#observed.has(root)) return;
    this.#observed.add(root);
    if (!this.#paused) this.#observer.observe(root, OPTIONS);
  }

  disconnect(): void {
    this.#observer.disconnect();
    this.#observed.clear();
    if (this.#quietTimer !== null) this.#options.timers.clearTimeout(this.#quietTimer);
    this.#quietTimer = null;
    this.#changes = new PageChanges();
    this.#paused = false;
    this.#floods = 0;
  }

  /**
   * Runs at the end of every page task that touched the DOM, on the page's time: it folds the
   * records and reads the clock. One timer is re-armed from its own callback instead of cleared and
   * set again on every batch.
   */
  #take(records: Iterable<MutationRecord>): void {
    const changes = this.#changes;
    if (changes.everything) {
      // A flooded batch, looked at again: still changing, so stop observing until the next look.
      for (const record of records) {
        if (!isPageChange(record)) continue;
        this.#lastChangeAt = Date.now();
        this.#pause();
        return;
      }
      return;
    }
    const before = changes.count;
    for (const record of records) if (isPageChange(record)) changes.fold(record);
    if (changes.count === before) return;
    const now = Date.now();
    if (before === 0) this.#firstChangeAt = now;
    this.#lastChangeAt = now;
    if (changes.count > (this.#options.floodRecords ?? FLOOD_RECORDS)) {
      // What was folded so far is moot: the batch will be read afresh.
      this.#changes = new PageChanges();
      this.#changes.everything = true;
      this.#pause();
    }
    if (this.#quietTimer === null) this.#arm(this.#options.quietMs ?? 250);
  }

  #pause(): void {
    this.#observer.disconnect();
    this.#paused = true;
  }

  #resume(): void {
    this.#paused = false;
    for (const root of this.#observed) this.#observer.observe(root, OPTIONS);
  }

  #arm(ms: number): void {
    this.#quietTimer = this.#options.timers.setTimeout(() => this.#due(), ms);
  }

  /**
   * The batch is handed over once the page has been quiet for `quietMs`, or `maxWaitMs` after its
   * first change. Paused in a flood, the watcher cannot see the page go quiet: it observes again
   * each `quietMs` and pauses at the first record, so a flood that has stopped is handed over
   * `quietMs` after that look, and one that goes on costs one delivery per look. A flood that goes
   * on batch after batch is handed over less and less often (up to `MAX_FLOOD_BACKOFF` times
   * `maxWaitMs`): each hand-over is a fresh read of the whole page.
   */
  #due(): void {
    this.#quietTimer = null;
    const { quietMs = 250, maxWaitMs = 1000 } = this.#options;
    const now = Date.now();
    const backoff = this.#changes.everything ? Math.min(2 ** this.#floods, MAX_FLOOD_BACKOFF) : 1;
    const untilMax = this.#firstChangeAt + maxWaitMs * backoff - now;
    if (untilMax > 0 && this.#paused) {
      this.#resume();
      this.#lastChangeAt = now;
      this.#arm(Math.min(quietMs, untilMax));
      return;
    }
    const left = Math.min(this.#lastChangeAt + quietMs - now, untilMax);
    if (left > 0) this.#arm(left);
    else this.#flush();
  }

  #flush(): void {
    if (this.#paused) {
      this.#resume();
    } else {
      const pending = this.#observer.takeRecords();
      if (!this.#changes.everything) for (const record of pending) if (isPageChange(record)) this.#changes.fold(record);
    }
    const changes = this.#changes;
    this.#changes = new PageChanges();
    this.#floods = changes.everything ? this.#floods + 1 : 0;
    if (!changes.empty) this.#options.onSettled(changes);
  }
}
