/**
 * A session scope for tests, on the global timers (so `vi.useFakeTimers()` drives it), with the
 * context's end in the test's hands. Test-only; nothing in the extension imports it.
 */
import { SessionScope, type ContextLike, type Timers } from './scope';

const later = (fn: () => void, ms = 0) => setTimeout(fn, ms) as unknown as number;
export const testTimers: Timers = {
  setTimeout: (handler, ms) => later(handler, ms),
  clearTimeout: (id) => clearTimeout(id),
  requestAnimationFrame: (callback) => later(() => callback(0), 16),
  cancelAnimationFrame: (id) => clearTimeout(id),
  requestIdleCallback: (callback) => later(() => callback({ didTimeout: false, timeRemaining: () => 10 })),
  cancelIdleCallback: (id) => clearTimeout(id),
};

export function testScope(): { scope: SessionScope; ctx: ContextLike; invalidate(): void } {
  const controller = new AbortController();
  let valid = true;
  const ctx: ContextLike = {
    get signal() {
      return controller.signal;
    },
    get isValid() {
      return valid;
    },
  };
  return {
    scope: new SessionScope(ctx, testTimers),
    ctx,
    invalidate: () => {
      valid = false;
      controller.abort();
    },
  };
}
