/**
 * A Billing session's share of the content script's context. WXT's `ctx` ends everything when the
 * extension goes away; a session also ends when the user leaves the Finance pages while the script
 * lives on. Every timer and listener here ends with either: listeners take a signal that aborts with
 * `ctx.signal` or with the session, and pending timers are cancelled by one listener on that signal.
 *
 * Timers are not made with `ctx.setTimeout` and friends: each of those adds an abort listener to
 * `ctx.signal` that is never removed, and the page watcher sets a timer per batch of page changes, so
 * a dashboard that ticks all day would grow that list without end.
 */
/** What the scope needs of WXT's `ContentScriptContext`. */
export interface ContextLike {
  readonly signal: AbortSignal;
  /** Also false once the extension was reloaded or removed under the page. */
  readonly isValid: boolean;
}

export interface Timers {
  setTimeout(handler: () => void, ms?: number): number;
  clearTimeout(id: number): void;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  cancelAnimationFrame(id: number): void;
  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number;
  cancelIdleCallback(id: number): void;
}

const globalTimers = (): Timers => {
  const g = globalThis as unknown as Timers;
  return {
    setTimeout: (handler, ms) => g.setTimeout(handler, ms),
    clearTimeout: (id) => g.clearTimeout(id),
    requestAnimationFrame: (callback) => g.requestAnimationFrame(callback),
    cancelAnimationFrame: (id) => g.cancelAnimationFrame(id),
    requestIdleCallback: (callback, options) => g.requestIdleCallback(callback, options),
    cancelIdleCallback: (id) => g.cancelIdleCallback(id),
  };
};

export class SessionScope {
  readonly #controller = new AbortController();
  // TS-private: scope.test.ts checks that nothing is left pending.
  private readonly pending = new Map<string, () => void>();
  readonly signal: AbortSignal;

  readonly #ctx: ContextLike;
  readonly #timers: Timers;

  constructor(
    ctx: ContextLike,
    timers: Timers = globalTimers(),
  ) {
    this.#ctx = ctx;
    this.#timers = timers;
    this.signal = AbortSignal.any([ctx.signal, this.#controller.signal]);
    this.signal.addEventListener('abort', () => {
      for (const cancel of this.pending.values()) cancel();
      this.pending.clear();
    }, { once: true });
  }

  get active(): boolean {
    return !this.signal.aborted && this.#ctx.isValid;
  }

  addEventListener<T extends EventTarget>(target: T, type: string, handler: (event: Event) => void, options: AddEventListenerOptions = {}): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  setTimeout(handler: () => void, ms: number): number {
    return this.#track('timeout', (done) => this.#timers.setTimeout(() => done() && handler(), ms), (id) => this.#timers.clearTimeout(id));
  }

  clearTimeout(id: number): void {
    this.#untrack('timeout', id);
  }

  requestAnimationFrame(callback: () => void): number {
    return this.#track('frame', (done) => this.#timers.requestAnimationFrame(() => done() && callback()), (id) => this.#timers.cancelAnimationFrame(id));
  }

  cancelAnimationFrame(id: number): void {
    this.#untrack('frame', id);
  }

  requestIdleCallback(callback: () => void, options?: IdleRequestOptions): number {
    return this.#track('idle', (done) => this.#timers.requestIdleCallback(() => done() && callback(), options), (id) => this.#timers.cancelIdleCallback(id));
  }

  /**
   * Schedules and cancels on close. `done` forgets the cancel once the callback runs
   * (so a long session that scrolls a lot keeps no list of old frames) and says whether to go on.
   */
  #track(kind: string, schedule: (done: () => boolean) => number, cancel: (id: number) => void): number {
    let key = '';
    const done = () => {
      this.pending.delete(key);
      return this.active;
    };
    const id = schedule(done);
    key = `${kind}:${id}`;
    if (this.signal.aborted) cancel(id);
    else this.pending.set(key, () => cancel(id));
    return id;
  }

  #untrack(kind: string, id: number): void {
    const key = `${kind}:${id}`;
    this.pending.get(key)?.();
    this.pending.delete(key);
  }

  /** Runs `cb` once, when the session stops or the context is invalidated. */
  onClose(cb: () => void): void {
    if (this.signal.aborted) return cb();
    this.signal.addEventListener('abort', cb, { once: true });
  }

  close(): void {
    this.#controller.abort();
  }
}
