// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testScope } from '../../lib/overlay/test-scope';
import { PageFollower } from './page-follower';

let session: ReturnType<typeof testScope>;
let value: number;
let measured: number;
let scrolls: number;
let resizes: number;

function follow(): { follower: PageFollower<number>; seen: number[] } {
  const follower = new PageFollower<number>(session.scope, document, {
    initial: 0,
    measure: () => {
      measured += 1;
      return value;
    },
    same: (a, b) => Math.round(a) === Math.round(b),
    onScroll: () => {
      scrolls += 1;
      follower.schedule();
    },
    onResize: () => {
      resizes += 1;
      follower.schedule();
    },
  });
  const seen: number[] = [];
  follower.subscribe((next) => seen.push(next));
  return { follower, seen };
}

beforeEach(() => {
  vi.useFakeTimers();
  session = testScope();
  value = 10;
  measured = 0;
  scrolls = 0;
  resizes = 0;
});
afterEach(() => {
  session.scope.close();
  vi.useRealTimers();
});

describe('following the page frame by frame', () => {
  it('measures once per frame however many scrolls arrive, and tells the tracker of each', async () => {
    const { seen } = follow();
    for (let i = 0; i < 5; i++) document.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(20);
    expect(scrolls).toBe(5);
    expect(measured).toBe(1);
    expect(seen).toEqual([10]);
  });

  it('hears scrolls of inner containers, which do not bubble', async () => {
    const inner = document.createElement('div');
    document.body.append(inner);
    follow();
    inner.dispatchEvent(new Event('scroll', { bubbles: false }));
    expect(scrolls).toBe(1);
    inner.remove();
  });

  it('publishes a measurement only when it would draw differently', async () => {
    const { follower, seen } = follow();
    follower.schedule();
    await vi.advanceTimersByTimeAsync(20);
    value = 10.2;
    follower.schedule();
    await vi.advanceTimersByTimeAsync(20);
    value = 11;
    follower.scheduleAfterFrame();
    await vi.advanceTimersByTimeAsync(20);
    expect(measured).toBe(3);
    expect(seen).toEqual([10, 11]);
    expect(follower.current()).toBe(11);
  });

  it('measures nothing for nobody, and nothing once the session has ended', async () => {
    const follower = new PageFollower<number>(session.scope, document, {
      initial: 0,
      measure: () => ++measured,
      same: (a, b) => a === b,
      onScroll: () => follower.schedule(),
      onResize: () => follower.schedule(),
    });
    follower.schedule();
    await vi.advanceTimersByTimeAsync(20);
    expect(measured).toBe(0);

    const { follower: followed } = follow();
    session.invalidate();
    followed.schedule();
    window.dispatchEvent(new Event('resize'));
    await vi.advanceTimersByTimeAsync(20);
    expect(measured).toBe(0);
  });

  it('forgets its measurement when the last listener leaves: what nobody draws is nowhere', async () => {
    const follower = new PageFollower<number>(session.scope, document, {
      initial: 0,
      measure: () => {
        measured += 1;
        return value;
      },
      same: (a, b) => a === b,
      onScroll: () => follower.schedule(),
      onResize: () => follower.schedule(),
    });
    const stopOne = follower.subscribe(() => {});
    const seen: number[] = [];
    const stopTwo = follower.subscribe((next) => seen.push(next));
    follower.schedule();
    await vi.advanceTimersByTimeAsync(20);
    expect([follower.current(), seen]).toEqual([10, [10]]);
    stopOne();
    expect(follower.current()).toBe(10);
    value = 30;
    follower.schedule();
    stopTwo();
    expect(follower.current()).toBe(0);
    // The frame asked for before the last listener left measures nothing.
    await vi.advanceTimersByTimeAsync(20);
    expect([measured, follower.current(), seen]).toEqual([1, 0, [10]]);
  });

  it('passes a window resize to the tracker', () => {
    follow();
    window.dispatchEvent(new Event('resize'));
    expect(resizes).toBe(1);
  });

  it('watches the size of exactly the elements last named', () => {
    const watched = new Set<Element>();
    const original = window.ResizeObserver;
    window.ResizeObserver = class {
      observe = (element: Element) => watched.add(element);
      unobserve = (element: Element) => watched.delete(element);
      disconnect = () => watched.clear();
    } as unknown as typeof ResizeObserver;
    try {
      const { follower } = follow();
      const [a, b, c] = ['a', 'b', 'c'].map((id) => Object.assign(document.createElement('div'), { id }));
      follower.observe([a!, b!]);
      follower.observe([b!, c!]);
      expect([...watched].map((element) => element.id).sort()).toEqual(['b', 'c']);
      session.scope.close();
      expect(watched.size).toBe(0);
    } finally {
      window.ResizeObserver = original;
    }
  });
});
