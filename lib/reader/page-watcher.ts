import { OWN_HOST_NAMES } from './label-index-rules';

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
  private pending: MutationRecord[][] = [];
  private quietTimer: number | null = null;
  private firstChangeAt = 0;
  private lastChangeAt = 0;

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

  /**
   * Runs at the end of every page task that touched the DOM, on the page's time: so it only keeps the
   * records and reads the clock. Sorting out our own records waits for the flush, and one timer is
   * re-armed from its own callback instead of cleared and set again on every batch.
   */
  private take(records: MutationRecord[]): void {
    const now = Date.now();
    if (this.pending.length === 0) this.firstChangeAt = now;
    this.lastChangeAt = now;
    this.pending.push(records);
    if (this.quietTimer === null) this.arm(this.options.quietMs ?? 250);
  }

  private arm(ms: number): void {
    this.quietTimer = this.options.timers.setTimeout(() => this.due(), ms);
  }

  private due(): void {
    this.quietTimer = null;
    const { quietMs = 250, maxWaitMs = 1000 } = this.options;
    const now = Date.now();
    const left = Math.min(this.lastChangeAt + quietMs - now, this.firstChangeAt + maxWaitMs - now);
    if (left > 0) this.arm(left);
    else this.flush();
  }

  private flush(): void {
    const batch = this.pending.flat().concat(this.observer.takeRecords()).filter(isPageChange);
    this.pending = [];
    if (batch.length > 0) this.options.onSettled(batch);
  }
}
