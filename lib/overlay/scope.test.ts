import { describe, expect, it, vi } from 'vitest';
import { SessionScope, type ContextLike } from './scope';
import { testTimers } from './test-scope';

function fakeContext() {
  const controller = new AbortController();
  const ctx: ContextLike = {
    get signal() {
      return controller.signal;
    },
    get isValid() {
      return !controller.signal.aborted;
    },
  };
  return { ctx, timers: testTimers, invalidate: () => controller.abort() };
}

describe('a Billing session scope', () => {
  it('runs timers while the session lives', async () => {
    vi.useFakeTimers();
    const { ctx, timers } = fakeContext();
    const scope = new SessionScope(ctx, timers);
    const fired = vi.fn();
    scope.setTimeout(fired, 100);
    scope.requestAnimationFrame(fired);
    await vi.advanceTimersByTimeAsync(200);
    expect(fired).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });

  it('cancels timers and removes listeners when the user leaves the Finance pages', async () => {
    vi.useFakeTimers();
    const { ctx, timers } = fakeContext();
    const scope = new SessionScope(ctx, timers);
    const fired = vi.fn();
    const target = new EventTarget();
    scope.setTimeout(fired, 100);
    scope.requestIdleCallback(fired);
    scope.addEventListener(target, 'scroll', fired);
    scope.close();
    target.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(200);
    expect(fired).not.toHaveBeenCalled();
    expect(scope.active).toBe(false);
    vi.useRealTimers();
  });

  it('stops everything when the extension context goes away', async () => {
    vi.useFakeTimers();
    const { ctx, timers, invalidate } = fakeContext();
    const scope = new SessionScope(ctx, timers);
    const fired = vi.fn();
    const closed = vi.fn();
    const target = new EventTarget();
    scope.onClose(closed);
    scope.setTimeout(fired, 100);
    scope.addEventListener(target, 'input', fired);
    invalidate();
    target.dispatchEvent(new Event('input'));
    await vi.advanceTimersByTimeAsync(200);
    expect(fired).not.toHaveBeenCalled();
    expect(closed).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });

  it('a cleared timer does not fire', async () => {
    vi.useFakeTimers();
    const { ctx, timers } = fakeContext();
    const scope = new SessionScope(ctx, timers);
    const fired = vi.fn();
    scope.clearTimeout(scope.setTimeout(fired, 100));
    await vi.advanceTimersByTimeAsync(200);
    expect(fired).not.toHaveBeenCalled();
    vi.useRealTimers();
  });

  it('keeps no record of timers that already ran, however many a long session sets', async () => {
    vi.useFakeTimers();
    const { ctx, timers } = fakeContext();
    const scope = new SessionScope(ctx, timers);
    const listeners = vi.spyOn(ctx.signal, 'addEventListener');
    for (let i = 0; i < 1_000; i++) scope.setTimeout(() => {}, 1);
    await vi.advanceTimersByTimeAsync(10);
    expect(listeners).not.toHaveBeenCalled();
    expect((scope as unknown as { pending: Map<string, unknown> }).pending.size).toBe(0);
    vi.useRealTimers();
  });
});
