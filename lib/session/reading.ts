import { isInstalled, loadLanguages, type LanguageCode } from '../lexicon';
import type { SessionScope } from '../overlay/scope';
import { pageLanguages } from '../reader/page-languages';
import { PageWatcher } from '../reader/page-watcher';
import { accountIdFromUrl } from '../reader/page-kind';
import { PageReader } from '../reader/read-page';
import type { BillingReading } from '../reader/reading';
import type { FixField, ReadingFix } from '../notes/schema';
import type { applyFixes, fixesFor } from './fixes';
import { NO_READ_ELEMENTS, type ReadElements } from '../reader/read-elements';
import { quietly } from './quietly';

/** A reading that threw. Only its presence counts: the status card says it in the user's words (`status.failed`). */
export const READ_FAILED = 'unread';

export interface ReadDone {
  /** The page element the coupon entry was read from, for the outline. */
  couponElement: Element | null;
  /** The reading (or the error) differs from the last one. */
  changed: boolean;
  /** The coupon entry is another element than in the last reading (always so for the first). */
  entryMoved: boolean;
  /** Fixes of this page that found their element, and those that did not (lib/session/fixes.ts). */
  fixesFound: readonly ReadingFix[];
  fixesLost: readonly ReadingFix[];
}

/** The code that applies the user's fixes (./fixes.ts), loaded with the misread loop's. */
export interface FixApplier {
  applyFixes: typeof applyFixes;
  fixesFor: typeof fixesFor;
}

/** The fixes the user stored (every account's; those of the page's account and kind apply), and how to load their code. */
export interface StoredFixes {
  stored: () => readonly ReadingFix[];
  load: () => Promise<FixApplier>;
}

/** The fixes' code, among what `PageReading` waits for (beside language codes). */
const FIX_CODE = 'fix-code';

const NO_FIXES: StoredFixes = { stored: () => [], load: () => Promise.reject(new Error('no fixes to apply')) };

/**
 * Reads the page in idle time: once at the start, after each settled batch of page changes (one
 * observer, on the page and the shadow roots the reader found), and from scratch on a new route.
 * A page that does not change is never read again: no polling.
 */
export class PageReading {
  reading: BillingReading | null = null;
  error: string | null = null;
  /** Fields the user's fixes supplied: the status card says "read as you showed". */
  shown: readonly FixField[] = [];
  /** Completed reads, shown by the status card (`data-reads`): e2e tests count them. */
  reads = 0;
  /** The elements of the page the last reading came from, found when first asked. */
  elements: () => ReadElements = () => NO_READ_ELEMENTS;
  #lastJson = '';
  readonly #reader: PageReader;
  readonly #watcher: PageWatcher;
  /** Languages whose chunk failed to load: the page is read without them rather than not at all. */
  readonly #unloadable = new Set<LanguageCode>();
  /**
   * Loaded before the first read of a page whose account has fixes; null until then, or for good if it
   * failed to load.
   */
  #applier: FixApplier | null = null;
  #applierFailed = false;
  /** What is on its way before the next read (language codes, `FIX_CODE`): asked for once, not at every change. */
  readonly #loading = new Set<string>();

  readonly #scope: SessionScope;
  readonly #document: Document;
  readonly #onRead: (done: ReadDone) => void;
  readonly #fixes: StoredFixes;

  constructor(
    scope: SessionScope,
    document: Document,
    public url: string,
    onRead: (done: ReadDone) => void,
    fixes: StoredFixes = NO_FIXES,
  ) {
    this.#scope = scope;
    this.#document = document;
    this.#onRead = onRead;
    this.#fixes = fixes;
    this.#reader = new PageReader(document);
    this.#watcher = new PageWatcher({
      timers: { setTimeout: (handler, ms) => scope.setTimeout(handler, ms), clearTimeout: (id) => scope.clearTimeout(id) },
      onSettled: (changes) => {
        // Any settled change may move a value, a message or visibility: update the index, then read.
        this.#reader.update(changes);
        this.schedule();
      },
    });
    this.#watcher.observe(document.documentElement);
    scope.onClose(() => this.#watcher.disconnect());
  }

  /** The open shadow roots the reader found: the dock keeps clear of their controls too. */
  get shadowRoots(): Iterable<ShadowRoot> {
    return this.#reader.index.shadowRoots;
  }

  /** A new route renders a new page in place: forget the old labels and read from scratch. */
  navigated(url: string): void {
    this.url = url;
    this.#reader.reset();
    this.schedule();
  }

  schedule(): void {
    this.#scope.requestIdleCallback(() => this.#readWhenReady(), { timeout: 500 });
  }

  /** Reads once what the read needs has loaded: the page's languages, then the fixes' code if there are fixes. */
  #readWhenReady(): void {
    if (!this.#needsLanguages() && !this.#needsFixApplier() && this.#loading.size === 0) this.#read();
  }

  /** Waits for `load` before the next read: the page is read again once it settles, if the session lasts. */
  #readAfter(what: readonly string[], load: Promise<unknown>): void {
    for (const key of what) this.#loading.add(key);
    void load.then(() => {
      for (const key of what) this.#loading.delete(key);
      if (this.#scope.active) this.schedule();
    });
  }

  /**
   * Whether the lexicon lacks one of the page's languages (lib/reader/page-languages.ts) not yet on its
   * way, each a chunk of its own (lib/lexicon/packs.ts); if so it starts loading, and the page is read
   * once it has.
   * A page that renders late, or changes language, may need one later: the kept labels are then
   * dropped (they were judged without it).
   */
  #needsLanguages(): boolean {
    const missing = pageLanguages(this.#document).filter((code) => !isInstalled(code) && !this.#unloadable.has(code) && !this.#loading.has(code));
    if (missing.length === 0) return false;
    this.#readAfter(
      missing,
      loadLanguages(missing).then(
        () => this.#reader.reset(),
        (cause: unknown) => {
          for (const code of missing) this.#unloadable.add(code);
          quietly('could not load a lexicon language')(cause);
        },
      ),
    );
    return true;
  }

  /**
   * Whether fixes may apply here and their code is still to load, and not on its way; if so it starts
   * loading, and the page is read once it has. Only a user's pick makes a fix, so most sessions never
   * load it, nor does a page of an account without fixes. Code that failed to load leaves the page read
   * without its fixes rather than not at all.
   */
  #needsFixApplier(): boolean {
    if (this.#applier || this.#applierFailed || this.#loading.has(FIX_CODE) || !this.#mayHaveFixes()) return false;
    this.#readAfter(
      [FIX_CODE],
      this.#fixes.load().then(
        (applier) => {
          this.#applier = applier;
        },
        (cause: unknown) => {
          this.#applierFailed = true;
          quietly('could not load the fixes')(cause);
        },
      ),
    );
    return true;
  }

  /**
   * Whether a stored fix may be this page's, before it is read: the reading's account is the one the
   * address names whenever it names one (lib/reader/read-page.ts), so only that account's fixes can
   * apply; an address that names none may be any account's page.
   */
  #mayHaveFixes(): boolean {
    const stored = this.#fixes.stored();
    const account = accountIdFromUrl(this.url).accountId;
    return account === null ? stored.length > 0 : stored.some((fix) => fix.accountId === account);
  }

  #read(): void {
    let reading = this.reading;
    let error: string | null = null;
    let couponElement: Element | null = null;
    let shown = this.shown;
    let fixesFound: readonly ReadingFix[] = [];
    let fixesLost: readonly ReadingFix[] = [];
    try {
      const read = this.#reader.read(this.url);
      ({ reading, couponElement } = read);
      this.elements = read.elements;
      for (const shadowRoot of this.#reader.index.shadowRoots) this.#watcher.observe(shadowRoot);
      if (this.#applier) {
        const fixed = this.#applier.applyFixes(this.#document, reading, this.#applier.fixesFor({ fixes: this.#fixes.stored() }, reading), couponElement);
        ({ reading, couponElement, shown } = fixed);
        ({ found: fixesFound, lost: fixesLost } = fixed);
      } else shown = [];
    } catch (cause) {
      // A page we cannot read gets a plain sentence, never an exception thrown into the page.
      error = READ_FAILED;
      quietly('read failed')(cause);
    }
    this.reads++;
    const json = JSON.stringify(reading) + shown.join() + (error ?? '');
    const changed = json !== this.#lastJson;
    const entryMoved = changed && this.reading?.couponEntry.selector !== reading?.couponEntry.selector;
    if (changed) {
      this.#lastJson = json;
      this.reading = reading;
      this.shown = shown;
      this.error = error;
    }
    this.#onRead({ couponElement, changed, entryMoved, fixesFound, fixesLost });
  }
}
