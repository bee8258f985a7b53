import { OWN_HOST_NAMES } from './label-index';

/**
 * One MutationObserver for the page and each open shadow root the reader found, batching records
 * until the page has been quiet for `quietMs` (or `maxWaitMs` has passed while it keeps changing),
 * then handing them over in idle time. Our own overlay host is ignored, so drawing never re-reads.
 */
export interface WatcherTimers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface PageWatcherOptions {
  timers: WatcherTimers;
  quietMs?: number;
  maxWaitMs?: number;
  onSettled(mutations: MutationRecord[]): void;
}

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

export class PageWatcher {
  private readonly observer: MutationObserver;
  private readonly observed = new Set<Node>();
  private pending: MutationRecord[] = [];
  private quietTimer: number | null = null;
  private firstPendingAt = 0;

  constructor(private readonly options: PageWatcherOptions) {
    this.observer = new MutationObserver((records) => this.take(records));
  }

  observe(root: Node): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, OPTIONS);
  }

  disconnect(): void {
    this.observer.disconnect();
    this.observed.clear();
    if (this.quietTimer !== null) this.options.timers.clearTimeout(this.quietTimer);
    this.quietTimer = null;
    this.pending = [];
  }

  private take(records: MutationRecord[]): void {
    const relevant = records.filter((record) => !isOwn(record.target) && !(record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(isOwn)));
    if (relevant.length === 0) return;
    if (this.pending.length === 0) this.firstPendingAt = Date.now();
    this.pending.push(...relevant);
    const { quietMs = 250, maxWaitMs = 1000 } = this.options;
    if (this.quietTimer !== null) this.options.timers.clearTimeout(this.quietTimer);
    const waited = Date.now() - this.firstPendingAt;
    this.quietTimer = this.options.timers.setTimeout(() => this.flush(), waited >= maxWaitMs ? 0 : quietMs);
  }

  private flush(): void {
    this.quietTimer = null;
    const batch = this.pending.concat(this.observer.takeRecords());
    this.pending = [];
    if (batch.length > 0) this.options.onSettled(batch);
  }
}
