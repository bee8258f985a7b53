import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionScope } from '../overlay/scope';
import { noticeExtensionGone } from './extension-gone';
import { testTimers } from '../overlay/test-scope';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A context whose `isValid` getter counts how often it is asked, as WXT's aborts on the first false. */
function context() {
  const controller = new AbortController();
  let valid = true;
  let asked = 0;
  const ctx = {
    signal: controller.signal,
    get isValid() {
      asked++;
      if (!valid) controller.abort();
      return valid;
    },
  };
  return { ctx, asked: () => asked, remove: () => (valid = false) };
}

describe('an extension reloaded under an open page', () => {
  it('is noticed within a second on a quiet page, and the session ends', async () => {
    const { ctx, remove } = context();
    const scope = new SessionScope(ctx, testTimers);
    const closed = vi.fn();
    scope.onClose(closed);
    noticeExtensionGone(scope, ctx);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(closed).not.toHaveBeenCalled();
    remove();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(closed).toHaveBeenCalledTimes(1);
  });

  it('stops asking once the session has ended', async () => {
    const { ctx, asked } = context();
    const scope = new SessionScope(ctx, testTimers);
    noticeExtensionGone(scope, ctx);
    await vi.advanceTimersByTimeAsync(2_000);
    scope.close();
    const before = asked();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(asked()).toBe(before);
  });
});
