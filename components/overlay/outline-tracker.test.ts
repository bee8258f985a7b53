// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutlineLayout } from '../../lib/overlay/outline-geometry';
import { SessionScope } from '../../lib/overlay/scope';
import { testTimers as timers } from '../../lib/overlay/test-scope';
import { CALLOUT_SIZE, CouponTargetTracker } from './outline-tracker';


let scope: SessionScope;
let ownHost: HTMLElement;
let topmost: Element | null;

function field(top = 200): HTMLInputElement {
  const input = document.createElement('input');
  input.id = 'promo';
  input.getBoundingClientRect = () => ({ left: 300, top, width: 240, height: 36, right: 540, bottom: top + 36, x: 300, y: top, toJSON() {} }) as DOMRect;
  return input;
}

function track(): { tracker: CouponTargetTracker; layouts: (OutlineLayout | null)[] } {
  const tracker = new CouponTargetTracker(scope, document, () => ownHost);
  const layouts: (OutlineLayout | null)[] = [];
  tracker.subscribe((layout) => layouts.push(layout));
  return { tracker, layouts };
}

beforeEach(() => {
  vi.useFakeTimers();
  scope = new SessionScope({ signal: new AbortController().signal, isValid: true }, timers);
  ownHost = document.createElement('credit-lens-overlay');
  document.body.append(ownHost);
  topmost = null;
  // happy-dom does no layout: the element "at the point" is whatever the test says is on top.
  (document as unknown as { elementsFromPoint: () => Element[] }).elementsFromPoint = () => [ownHost, ...(topmost ? [topmost] : [])];
});
afterEach(() => {
  scope.close();
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('following the coupon field', () => {
  it('draws around the field the reading found, over our own overlay host', async () => {
    const input = field();
    document.body.append(input);
    topmost = input;
    const { tracker, layouts } = track();
    tracker.setEntry('field', 'input[id="promo"]', input);
    await vi.advanceTimersByTimeAsync(50);
    expect(layouts.at(-1)?.outline).toEqual({ left: 296, top: 196, width: 248, height: 44 });
  });

  it("gives the dock the callout's whole box to keep clear, and nothing once the field is gone", async () => {
    const input = field();
    document.body.append(input);
    topmost = input;
    const { tracker, layouts } = track();
    expect(tracker.boxes()).toEqual([]);
    tracker.setEntry('field', 'input[id="promo"]', input);
    await vi.advanceTimersByTimeAsync(50);
    const callout = layouts.at(-1)!.callout!;
    expect(tracker.boxes()).toEqual([{ left: callout.left, top: callout.top, width: CALLOUT_SIZE.width, height: CALLOUT_SIZE.height }]);
    tracker.setEntry('none', null);
    await vi.advanceTimersByTimeAsync(50);
    expect(tracker.boxes()).toEqual([]);
  });

  it('finds the field again when the page replaced its node', async () => {
    const first = field();
    document.body.append(first);
    topmost = first;
    const { tracker, layouts } = track();
    tracker.setEntry('field', 'input[id="promo"]', first);
    await vi.advanceTimersByTimeAsync(50);

    const second = field(320);
    first.replaceWith(second);
    topmost = second;
    expect(tracker.target()).toBe(second);
    document.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(50);
    expect(layouts.at(-1)?.outline.top).toBe(316);
  });

  it('hides the outline while something else covers the field (a modal mask)', async () => {
    const input = field();
    const mask = document.createElement('div');
    document.body.append(input, mask);
    topmost = mask;
    const { tracker, layouts } = track();
    tracker.setEntry('field', 'input[id="promo"]', input);
    await vi.advanceTimersByTimeAsync(50);
    expect(layouts.at(-1) ?? null).toBeNull();
  });

  it('does not count its own wrapper drawn over the field (a floating label) as covering it', async () => {
    const wrapper = document.createElement('div');
    const inner = document.createElement('div');
    const input = field();
    const label = document.createElement('span');
    inner.append(input, label);
    wrapper.append(inner);
    document.body.append(wrapper);
    topmost = label;
    const { tracker, layouts } = track();
    tracker.setEntry('field', 'input[id="promo"]', input);
    await vi.advanceTimersByTimeAsync(50);
    expect(layouts.at(-1)).not.toBeNull();
  });

  it('tells the coupon field apart from an opener button', () => {
    const button = document.createElement('button');
    document.body.append(button);
    const { tracker } = track();
    tracker.setEntry('opener', 'button', button);
    expect(tracker.field()).toBeNull();
    expect(tracker.target()).toBe(button);
    tracker.setEntry('none', null);
    expect(tracker.target()).toBeNull();
  });

  it('measures at most once per frame however many scroll events arrive', async () => {
    const input = field();
    document.body.append(input);
    topmost = input;
    const spy = vi.spyOn(input, 'getBoundingClientRect');
    const { tracker } = track();
    tracker.setEntry('field', 'input[id="promo"]', input);
    await vi.advanceTimersByTimeAsync(50);
    spy.mockClear();
    for (let i = 0; i < 30; i++) document.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(20);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('stops listening when the session ends', async () => {
    const input = field();
    document.body.append(input);
    topmost = input;
    const spy = vi.spyOn(input, 'getBoundingClientRect');
    const { tracker } = track();
    tracker.setEntry('field', 'input[id="promo"]', input);
    scope.close();
    document.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(50);
    expect(spy).not.toHaveBeenCalled();
  });
});

describe("the callout's box", () => {
  it('is the one overlay.css places the callout in: the tracker keeps clear the box the callout fills against its field', () => {
    const css = readFileSync(join(import.meta.dirname, 'overlay.css'), 'utf8');
    const callout = /\.coupon-callout \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(/--cl-callout-width: (\d+)px/.exec(callout)?.[1]).toBe(String(CALLOUT_SIZE.width));
    expect(/--cl-callout-height: (\d+)px/.exec(callout)?.[1]).toBe(String(CALLOUT_SIZE.height));
  });
});
