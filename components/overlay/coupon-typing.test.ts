// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionScope } from '../../lib/overlay/scope';
import { watchCouponTyping } from './coupon-typing';

afterEach(() => document.body.replaceChildren());

function type(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe("what the user types into the page's coupon field", () => {
  it('is passed on for the coupon field only, and an empty field means nothing typed', () => {
    const scope = new SessionScope({ signal: new AbortController().signal, isValid: true });
    const coupon = document.createElement('input');
    const search = document.createElement('input');
    document.body.append(coupon, search);
    const typed = vi.fn();
    watchCouponTyping(scope, document, () => coupon, typed);
    type(search, 'hiking boots');
    type(coupon, 'WELCOME2026');
    type(coupon, '  ');
    expect(typed.mock.calls).toEqual([['WELCOME2026'], [null]]);
    scope.close();
  });

  it('reaches a field inside an open shadow root', () => {
    const scope = new SessionScope({ signal: new AbortController().signal, isValid: true });
    const host = document.createElement('div');
    document.body.append(host);
    const coupon = document.createElement('input');
    host.attachShadow({ mode: 'open' }).append(coupon);
    const typed = vi.fn();
    watchCouponTyping(scope, document, () => coupon, typed);
    type(coupon, 'CODE1');
    expect(typed).toHaveBeenCalledWith('CODE1');
    scope.close();
  });

  it('stops when the session ends', () => {
    const scope = new SessionScope({ signal: new AbortController().signal, isValid: true });
    const coupon = document.createElement('input');
    document.body.append(coupon);
    const typed = vi.fn();
    watchCouponTyping(scope, document, () => coupon, typed);
    scope.close();
    type(coupon, 'CODE1');
    expect(typed).not.toHaveBeenCalled();
  });
});
