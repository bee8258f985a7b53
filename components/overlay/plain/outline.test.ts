// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { testRoot } from '../../../tests/support/test-root';
import { englishTranslator } from '../../../lib/i18n/node-catalog';
import type { OutlineLayout } from '../../../lib/overlay/outline-geometry';
import type { CouponTargetTracker, EntryKind } from '../outline-tracker';
import { OutlineView } from './outline';

const t = englishTranslator();

/** A tracker whose layout a test publishes. */
function fakeTracker(kind: EntryKind) {
  const listeners = new Set<(layout: OutlineLayout | null) => void>();
  let layout: OutlineLayout | null = null;
  const fake = {
    listeners,
    kind,
    current: () => layout,
    subscribe(listener: (layout: OutlineLayout | null) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(next: OutlineLayout | null) {
      layout = next;
      for (const listener of listeners) listener(layout);
    },
  };
  return { fake, tracker: fake as unknown as CouponTargetTracker };
}

const parent = testRoot();

const outline = () => parent.querySelector<HTMLElement>('.coupon-outline');
const callout = () => parent.querySelector<HTMLElement>('.coupon-callout');

describe('OutlineView', () => {
  it('draws nothing without a tracker, nor while the field has no layout', () => {
    const { fake, tracker } = fakeTracker('field');
    const view = new OutlineView(parent);
    view.update({ tracker: null }, t);
    expect(parent.children).toHaveLength(0);
    view.update({ tracker }, t);
    expect(parent.children).toHaveLength(0);
    fake.publish({ outline: { left: 1, top: 2, width: 3, height: 4 }, callout: null });
    expect(outline()).not.toBeNull();
    fake.publish(null);
    expect(parent.children).toHaveLength(0);
  });

  it('frames the field at whole pixels, out of the way of assistive tech, with a callout saying what goes there', () => {
    const { fake, tracker } = fakeTracker('field');
    new OutlineView(parent).update({ tracker }, t);
    fake.publish({ outline: { left: 10.4, top: 20.6, width: 200.5, height: 31.2 }, callout: { left: 15.5, top: 60.4, placement: 'below' } });
    const frame = outline()!;
    expect(frame.dataset.hintTarget).toBe('coupon-entry');
    expect(frame.getAttribute('aria-hidden')).toBe('true');
    expect([frame.style.left, frame.style.top, frame.style.width, frame.style.height]).toEqual(['10px', '21px', '201px', '31px']);
    const words = callout()!;
    expect(words.getAttribute('aria-hidden')).toBe('true');
    expect(words.dataset.placement).toBe('below');
    expect([words.style.left, words.style.top]).toEqual(['16px', '60px']);
    expect(words.textContent).toBe('Enter your promo code here');
    expect([...parent.children]).toEqual([frame, words]);
  });

  it("says to open the page's button when the field is behind one", () => {
    const { fake, tracker } = fakeTracker('opener');
    new OutlineView(parent).update({ tracker }, t);
    fake.publish({ outline: { left: 0, top: 0, width: 9, height: 9 }, callout: { left: 0, top: 20, placement: 'above' } });
    expect(callout()!.textContent).toBe('Open this to enter your promo code');
  });

  it('follows the field in place as the page scrolls, and drops the callout where it has no room', () => {
    const { fake, tracker } = fakeTracker('field');
    new OutlineView(parent).update({ tracker }, t);
    fake.publish({ outline: { left: 10, top: 20, width: 200, height: 30 }, callout: { left: 10, top: 60, placement: 'below' } });
    const [frame, words] = [outline(), callout()];
    fake.publish({ outline: { left: 10, top: 5, width: 200, height: 30 }, callout: { left: 10, top: 45, placement: 'above' } });
    expect(outline()).toBe(frame);
    expect(callout()).toBe(words);
    expect([frame!.style.top, words!.style.top, words!.dataset.placement]).toEqual(['5px', '45px', 'above']);
    fake.publish({ outline: { left: 10, top: 5, width: 200, height: 30 }, callout: null });
    expect(outline()).toBe(frame);
    expect(callout()).toBeNull();
  });

  it('tells the dock each time the tracker measures the field anew, not when the overlay only redraws', () => {
    const { fake, tracker } = fakeTracker('field');
    const moved = vi.fn();
    const view = new OutlineView(parent, moved);
    view.update({ tracker }, t);
    expect(moved).not.toHaveBeenCalled();
    fake.publish({ outline: { left: 10, top: 20, width: 200, height: 30 }, callout: { left: 10, top: 60, placement: 'below' } });
    expect(moved).toHaveBeenCalledTimes(1);
    view.update({ tracker }, t);
    expect(moved).toHaveBeenCalledTimes(1);
    fake.publish(null);
    expect(moved).toHaveBeenCalledTimes(2);
  });

  it('follows its tracker only while it has one, and keeps its place among its siblings', () => {
    const before = parent.appendChild(document.createElement('p'));
    const view = new OutlineView(parent);
    const after = parent.appendChild(document.createElement('p'));
    const one = fakeTracker('field');
    one.fake.publish({ outline: { left: 1, top: 2, width: 3, height: 4 }, callout: { left: 1, top: 9, placement: 'below' } });
    view.update({ tracker: one.tracker }, t);
    expect(one.fake.listeners.size).toBe(1);
    expect([...parent.children]).toEqual([before, outline(), callout(), after]);
    view.update({ tracker: null }, t);
    expect(one.fake.listeners.size).toBe(0);
    expect([...parent.children]).toEqual([before, after]);
    const two = fakeTracker('field');
    view.update({ tracker: two.tracker }, t);
    two.fake.publish({ outline: { left: 1, top: 2, width: 3, height: 4 }, callout: null });
    expect([...parent.children]).toEqual([before, outline(), after]);
    view.destroy();
    expect(two.fake.listeners.size).toBe(0);
    expect([...parent.childNodes]).toEqual([before, after]);
  });
});
