import { MAX_TIMER_MS, nextChangeAt } from '../overlay/next-change';
import { hintsSignature } from '../overlay/page-hints';
import { overlayView, type ViewInputs } from '../overlay/overlay-view';
import type { SessionScope } from '../overlay/scope';
import { quietly } from './quietly';

/**
 * One timer for the next moment a hint changes state (a 48 h window ends, a deadline passes), found
 * by asking the rules about later times; never polling. Worked out in idle time, once per burst of
 * changes, and set again whenever what the hints depend on changed.
 */
export class NextChangeTimer {
  #timer: number | null = null;
  #queued = false;

  readonly #scope: SessionScope;
  readonly #inputs: () => ViewInputs;
  readonly #onChange: () => void;

  constructor(
    scope: SessionScope,
    inputs: () => ViewInputs,
    onChange: () => void,
  ) {
    this.#scope = scope;
    this.#inputs = inputs;
    this.#onChange = onChange;
  }

  queue(): void {
    if (this.#queued) return;
    this.#queued = true;
    this.#scope.requestIdleCallback(
      () => {
        this.#queued = false;
        this.#set();
      },
      { timeout: 2_000 },
    );
  }

  #set(): void {
    if (this.#timer !== null) this.#scope.clearTimeout(this.#timer);
    this.#timer = null;
    const inputs = this.#inputs();
    const observedAt = new Date();
    let next: Date | null;
    try {
      next = nextChangeAt((at) => hintsSignature(overlayView(inputs, at, observedAt).hints), observedAt);
    } catch (cause) {
      quietly('could not work out the next hint change')(cause);
      return;
    }
    const delay = next ? Math.max(0, next.getTime() - Date.now()) : MAX_TIMER_MS;
    this.#timer = this.#scope.setTimeout(() => {
      this.#timer = null;
      this.#onChange();
    }, delay);
  }
}
