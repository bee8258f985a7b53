// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { testRoot } from '../../../tests/support/test-root';
import { readCatalog } from '../../../lib/i18n/node-catalog';
import { createTranslator } from '../../../lib/i18n/translate';
import type { Msg } from '../../../lib/i18n/message';
import type { MarkPlace } from '../../../lib/overlay/mark-geometry';
import type { Mark } from '../../../lib/overlay/marks';
import type { MarkPlaces, MarkTracker } from '../mark-tracker';
import { preloadParts } from '../parts/load';
import { MarksView } from './marks';

vi.mock('../parts/load', () => ({ preloadParts: vi.fn() }));

const t = createTranslator('en', { ...readCatalog('en', 'page'), 'test.text': '{text}' });
const text = (words: string): Msg => ({ key: 'test.text' as Msg['key'], params: { text: words } });

const balance: Mark = { id: 'credit-status:o1#balance', kind: 'balance', hintId: 'credit-status:o1', severity: 'info', text: text('$50.00 pending · expected Dec 5'), anchor: { type: 'amount', role: 'creditBalance' } };
const rejection: Mark = { id: 'rejection:page#rejection', kind: 'rejection', hintId: 'rejection:page', severity: 'critical', text: text('likely: expired'), anchor: { type: 'message', text: 'Code expired' } };

/** A tracker whose places a test publishes, and which records what the view tells it. */
function fakeTracker() {
  const listeners = new Set<(places: MarkPlaces) => void>();
  let places: MarkPlaces = new Map();
  const fake = {
    listeners,
    current: () => places,
    subscribe(listener: (places: MarkPlaces) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setMarks: vi.fn<MarkTracker['setMarks']>(),
    setSizes: vi.fn<MarkTracker['setSizes']>(),
    publish(next: Record<string, MarkPlace>) {
      places = new Map(Object.entries(next));
      for (const listener of listeners) listener(places);
    },
  };
  return { fake, tracker: fake as unknown as MarkTracker };
}

const parent = testRoot();

const button = (kind: string) => parent.querySelector<HTMLButtonElement>(`button.mark[data-mark="${kind}"]`)!;

describe('MarksView', () => {
  it('a mark is a named button saying its answer; pressing it opens its hint with the latest handler', () => {
    const { tracker } = fakeTracker();
    const view = new MarksView(parent);
    const first = vi.fn();
    view.update({ marks: [balance], tracker, onOpen: first }, t);
    const group = parent.querySelector('.marks')!;
    expect(group.getAttribute('role')).toBe('group');
    expect(group.getAttribute('aria-label')).toBe('Credit Lens marks on this page');
    const mark = button('balance');
    // Named by what it shows, then what it does (axe: the visible words are in the name).
    expect(mark.textContent!.replace(/\s+/g, ' ').trim()).toBe('$50.00 pending · expected Dec 5 Open this hint in Credit Lens');
    expect(mark.hasAttribute('aria-label')).toBe(false);
    expect(mark.getAttribute('type')).toBe('button');
    expect(mark.dataset).toMatchObject({ testid: 'mark', markId: balance.id, severity: 'info' });
    expect(mark.querySelector('.mark-text > .severity')!.getAttribute('aria-hidden')).toBe('true');
    expect(mark.querySelector('.mark-text bdi')!.textContent).toBe('$50.00 pending · expected Dec 5');
    mark.click();
    expect(first).toHaveBeenCalledWith('credit-status:o1');
    const second = vi.fn();
    view.update({ marks: [balance], tracker, onOpen: second }, t);
    mark.click();
    expect(second).toHaveBeenCalledWith('credit-status:o1');
    expect(first).toHaveBeenCalledTimes(1);
  });

  it('a mark without a place is laid out for measuring only, out of sight and out of the Tab order; placed, it sits at whole pixels', () => {
    const { fake, tracker } = fakeTracker();
    const view = new MarksView(parent);
    view.update({ marks: [balance], tracker, onOpen() {} }, t);
    const mark = button('balance');
    expect(mark.dataset.placed).toBe('false');
    expect(mark.getAttribute('tabindex')).toBe('-1');
    expect(mark.getAttribute('aria-hidden')).toBe('true');
    expect(mark.hasAttribute('data-placement')).toBe(false);
    expect(mark.hasAttribute('style')).toBe(false);
    fake.publish({ [balance.id]: { left: 10.4, top: 20.6, placement: 'end' } });
    expect(mark.dataset.placed).toBe('true');
    expect(mark.dataset.placement).toBe('end');
    expect(mark.getAttribute('tabindex')).toBe('0');
    expect(mark.hasAttribute('aria-hidden')).toBe(false);
    expect([mark.style.left, mark.style.top]).toEqual(['10px', '21px']);
    fake.publish({});
    expect(mark.dataset.placed).toBe('false');
    expect(mark.getAttribute('tabindex')).toBe('-1');
    expect(mark.getAttribute('aria-hidden')).toBe('true');
    expect(mark.hasAttribute('data-placement')).toBe(false);
    expect(mark.style.left).toBe('');
  });

  it('shows the places the tracker already has when it first draws', () => {
    const { fake, tracker } = fakeTracker();
    fake.publish({ [balance.id]: { left: 3, top: 4, placement: 'below' } });
    new MarksView(parent).update({ marks: [balance], tracker, onOpen() {} }, t);
    expect(button('balance').dataset.placement).toBe('below');
  });

  it('a focused mark keeps its focus while the page scrolls and the marks around it change', () => {
    const { fake, tracker } = fakeTracker();
    const view = new MarksView(parent);
    fake.publish({ [balance.id]: { left: 10, top: 20, placement: 'end' } });
    view.update({ marks: [balance], tracker, onOpen() {} }, t);
    const mark = button('balance');
    mark.focus();
    expect(document.activeElement).toBe(mark);
    fake.publish({ [balance.id]: { left: 10, top: 90, placement: 'end' } });
    view.update({ marks: [rejection, { ...balance, text: text('$60.00 pending') }], tracker, onOpen() {} }, t);
    expect(button('balance')).toBe(mark);
    expect(document.activeElement).toBe(mark);
    expect(mark.querySelector('.mark-text')!.textContent).toBe('$60.00 pending');
    expect([...parent.querySelectorAll<HTMLElement>('button.mark')].map((each) => each.dataset.mark)).toEqual(['rejection', 'balance']);
    view.update({ marks: [rejection], tracker, onOpen() {} }, t);
    expect(mark.isConnected).toBe(false);
    expect(parent.querySelectorAll('button.mark')).toHaveLength(1);
  });

  it('starts loading the parts when the pointer enters a mark or it gets the focus', () => {
    const { tracker } = fakeTracker();
    new MarksView(parent).update({ marks: [balance], tracker, onOpen() {} }, t);
    const mark = button('balance');
    vi.mocked(preloadParts).mockClear();
    mark.dispatchEvent(new PointerEvent('pointerenter'));
    expect(preloadParts).toHaveBeenCalledTimes(1);
    mark.dispatchEvent(new FocusEvent('focus'));
    expect(preloadParts).toHaveBeenCalledTimes(2);
  });

  it('shows spend toward the threshold as a decorative bar beside its words, full at the threshold', () => {
    const { tracker } = fakeTracker();
    const left = text('12 days left');
    new MarksView(parent).update({ marks: [{ ...balance, progress: { current: 520, target: 1000, currency: 'USD', left } }, { ...rejection, progress: { current: 1500, target: 1000, currency: 'USD' } }], tracker, onOpen() {} }, t);
    const bar = button('balance').querySelector('.progress > progress')!;
    expect(bar.getAttribute('aria-hidden')).toBe('true');
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['520', '1000']);
    expect(button('balance').querySelector('.progress-text')!.textContent).toBe('$520.00 of $1,000.00 · 12 days left');
    expect(button('rejection').querySelector('progress')!.getAttribute('value')).toBe('1000');
    expect(button('rejection').querySelector('.progress-left')).toBeNull();
  });

  it('shows page text as text', () => {
    const { tracker } = fakeTracker();
    new MarksView(parent).update({ marks: [{ ...balance, text: text('<img src=x onerror=alert(1)>') }], tracker, onOpen() {} }, t);
    expect(parent.querySelector('img')).toBeNull();
    expect(button('balance').querySelector('bdi')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('tells the tracker its marks when they change, and its buttons\' sizes after each update and each new place', () => {
    const { fake, tracker } = fakeTracker();
    vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(180.4);
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(26);
    const view = new MarksView(parent);
    const marks = [balance, rejection];
    view.update({ marks, tracker, onOpen() {} }, t);
    expect(fake.setMarks).toHaveBeenCalledTimes(1);
    expect(fake.setMarks).toHaveBeenLastCalledWith(marks);
    expect(fake.setSizes).toHaveBeenLastCalledWith(new Map([[balance.id, { width: 180.4, height: 26 }], [rejection.id, { width: 180.4, height: 26 }]]));
    view.update({ marks, tracker, onOpen() {} }, t);
    expect(fake.setMarks).toHaveBeenCalledTimes(1);
    const sizes = fake.setSizes.mock.calls.length;
    fake.publish({ [balance.id]: { left: 1, top: 2, placement: 'end' } });
    expect(fake.setSizes).toHaveBeenCalledTimes(sizes + 1);
    view.update({ marks: [rejection], tracker, onOpen() {} }, t);
    expect(fake.setMarks).toHaveBeenLastCalledWith([rejection]);
  });

  it('tells the dock each time the tracker places the marks anew, not when the overlay only redraws', () => {
    const { fake, tracker } = fakeTracker();
    const moved = vi.fn();
    const view = new MarksView(parent, moved);
    const props = { marks: [balance, rejection], tracker, onOpen: vi.fn() };
    view.update(props, t);
    expect(moved).not.toHaveBeenCalled();
    fake.publish({ [balance.id]: { left: 10, top: 20, placement: 'end' } });
    expect(moved).toHaveBeenCalledTimes(1);
    view.update(props, t);
    expect(moved).toHaveBeenCalledTimes(1);
    fake.publish({ [balance.id]: { left: 10, top: 8, placement: 'end' }, [rejection.id]: { left: 5, top: 90, placement: 'end' } });
    expect(moved).toHaveBeenCalledTimes(2);
  });

  it('draws nothing without a tracker or marks, follows the tracker only while it shows marks, and keeps its place among its siblings', () => {
    const before = parent.appendChild(document.createElement('p'));
    const view = new MarksView(parent);
    const after = parent.appendChild(document.createElement('p'));
    const one = fakeTracker();
    view.update({ marks: [balance], tracker: null, onOpen() {} }, t);
    view.update({ marks: [], tracker: one.tracker, onOpen() {} }, t);
    expect(parent.querySelector('.marks')).toBeNull();
    expect(one.fake.listeners.size).toBe(0);
    view.update({ marks: [balance], tracker: one.tracker, onOpen() {} }, t);
    expect(one.fake.listeners.size).toBe(1);
    expect([...parent.children]).toEqual([before, parent.querySelector('.marks'), after]);
    view.update({ marks: [], tracker: one.tracker, onOpen() {} }, t);
    expect(parent.querySelector('.marks')).toBeNull();
    expect(one.fake.listeners.size).toBe(0);
    view.update({ marks: [balance], tracker: one.tracker, onOpen() {} }, t);
    const two = fakeTracker();
    view.update({ marks: [balance], tracker: two.tracker, onOpen() {} }, t);
    expect([one.fake.listeners.size, two.fake.listeners.size]).toEqual([0, 1]);
    expect([...parent.children]).toEqual([before, parent.querySelector('.marks'), after]);
    view.destroy();
    expect(two.fake.listeners.size).toBe(0);
    expect([...parent.childNodes]).toEqual([before, after]);
  });
});
