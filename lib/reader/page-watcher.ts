import { OWN_HOST_NAMES } from './label-index-rules';
import { PageChanges } from './page-changes';

/**
 * One MutationObserver for the page and each open shadow root the reader found, folding records as
 * they arrive (page-changes.ts) until the page has been quiet for `quietMs` (or `maxWaitMs` has
 * passed while it keeps changing), then handing the changes over in idle time. Our own overlay host
 * is ignored, so drawing never re-reads.
 *
 * A page that changes a lot (a live table re-rendering) would make every change cost twice: once
 * to deliver and fold its record, once to follow it in the reader. Past `floodRecords` records in a
 * batch, a fresh read costs less than following them, so the watcher stops observing until the
 * batch is handed over (at `maxWaitMs` after its first change: without records there is no telling
 * when the page went quiet), hands it over as "everything changed", and observes again.
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
  private readonly observer: MutationObserver;
  private readonly observed = new Set<Node>();
  private changes = new PageChanges();
  /** Stopped observing for the rest of a flooded batch. */
  private paused = false;
  private quietTimer: number | null = null;
  private firstChangeAt = 0;
  private lastChangeAt = 0;

  constructor(private readonly options: PageWatcherOptions) {
    this.observer = new MutationObserver((records) => this.take(records));
  }

  observe(root: Node): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    if (!this.paused) this.observer.observe(root, OPTIONS);
  }

  disconnect(): void {
    this.observer.disconnect();
    this.observed.clear();
    if (this.quietTimer !== null) this.options.timers.clearTimeout(this.quietTimer);
    this.quietTimer = null;
    this.changes = new PageChanges();
    this.paused = false;
  }

  /**
   * Runs at the end of every page task that touched the DOM, on the page's time: it folds the
   * records and reads the clock. One timer is re-armed from its own callback instead of cleared and
   * set again on every batch.
   */
  private take(records: Iterable<MutationRecord>): void {
    const changes = this.changes;
    const before = changes.count;
    for (const record of records) if (isPageChange(record)) changes.fold(record);
    if (changes.count === before) return;
    const now = Date.now();
    if (before === 0) this.firstChangeAt = now;
    this.lastChangeAt = now;
    if (changes.count > (this.options.floodRecords ?? FLOOD_RECORDS)) this.flooded();
    if (this.quietTimer === null) this.arm(this.options.quietMs ?? 250);
  }

  private flooded(): void {
    this.observer.disconnect();
    this.paused = true;
    // What was folded so far is moot: the batch will be read afresh.
    this.changes = new PageChanges();
    this.changes.everything = true;
  }

  private arm(ms: number): void {
    this.quietTimer = this.options.timers.setTimeout(() => this.due(), ms);
  }

  private due(): void {
    this.quietTimer = null;
    const { quietMs = 250, maxWaitMs = 1000 } = this.options;
    const now = Date.now();
    const untilMax = this.firstChangeAt + maxWaitMs - now;
    const left = this.paused ? untilMax : Math.min(this.lastChangeAt + quietMs - now, untilMax);
    if (left > 0) this.arm(left);
    else this.flush();
  }

  private flush(): void {
    if (this.paused) {
      this.paused = false;
      for (const root of this.observed) this.observer.observe(root, OPTIONS);
    } else {
      for (const record of this.observer.takeRecords()) if (isPageChange(record)) this.changes.fold(record);
    }
    const changes = this.changes;
    this.changes = new PageChanges();
    if (!changes.empty) this.options.onSettled(changes);
  }
}
