// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { msg } from '../../lib/i18n/message';
import { PickMode, type PickHandlers } from './pick-mode';

let host: HTMLElement;
let heard: string[];
const record = (event: Event) => heard.push(`${event.type}`);

beforeEach(() => {
  document.body.innerHTML = '<main><p id="a">Cash balance</p><p id="b">$1,234.50</p><button id="c">Redeem coupon</button></main>';
  host = document.createElement('credit-lens-overlay');
  host.attachShadow({ mode: 'open' }).innerHTML = '<div data-pick-bar tabindex="-1"><button data-action="cancel-pick">Cancel</button></div>';
  document.body.append(host);
  heard = [];
  for (const type of ['keydown', 'click']) {
    document.addEventListener(type, record, true);
    document.addEventListener(type, record);
  }
  // happy-dom has no layout: give every element a box so the keyboard can step to it.
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({ top: 1, left: 1, width: 10, height: 10, right: 11, bottom: 11, x: 1, y: 1, toJSON: () => ({}) } as DOMRect);
});
afterEach(() => {
  for (const type of ['keydown', 'click']) {
    document.removeEventListener(type, record, true);
    document.removeEventListener(type, record);
  }
  vi.restoreAllMocks();
});

function start(picked: PickHandlers['picked'] = () => null) {
  const handlers = { picked: vi.fn(picked), cancelled: vi.fn(), changed: vi.fn() };
  const mode = new PickMode(document, () => host, handlers);
  mode.start();
  return { mode, handlers };
}
const key = (target: EventTarget, key: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));

describe('pick mode', () => {
  it('steps through the page with the arrow keys and picks with Enter; the page hears none of the keys', () => {
    const { mode, handlers } = start();
    key(document.body, 'ArrowDown');
    expect(mode.view.target?.id).toBe('a');
    key(document.body, 'ArrowDown');
    expect(mode.view.text).toBe('$1,234.50');
    key(document.body, 'ArrowUp');
    key(document.body, 'ArrowDown');
    key(document.body, 'Enter');
    expect(handlers.picked).toHaveBeenCalledWith(document.getElementById('b'));
    expect(mode.active).toBe(false);
    expect(heard).toEqual([]);
  });

  it('keeps picking, with the reason, when a pick is refused; Esc cancels', () => {
    const refused = msg('misread.pickNotUnique');
    const { mode, handlers } = start(() => refused);
    key(document.body, 'ArrowDown');
    key(document.body, 'Enter');
    expect(mode.active).toBe(true);
    expect(mode.problem).toBe(refused);
    key(document.body, 'Escape');
    expect(handlers.cancelled).toHaveBeenCalledOnce();
    expect(mode.active).toBe(false);
    // Once stopped, the page's own keys reach it again.
    key(document.body, 'a');
    expect(heard).toEqual(['keydown', 'keydown']);
  });

  it("never steps onto Credit Lens's own overlay, and its Cancel button cancels", () => {
    const { mode, handlers } = start();
    for (let i = 0; i < 6; i++) {
      key(document.body, 'ArrowDown');
      expect(host.contains(mode.view.target)).toBe(false);
      expect(mode.view.target).not.toBe(host);
    }
    host.shadowRoot!.querySelector<HTMLElement>('[data-action="cancel-pick"]')!.click();
    expect(handlers.cancelled).toHaveBeenCalledOnce();
    expect(heard).toEqual([]);
  });
});
