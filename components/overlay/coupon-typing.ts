import type { SessionScope } from '../../lib/overlay/scope';

/**
 * What the user types into the page's coupon field, as they type it. One passive capture listener on
 * the document: it only reads the value of the one element the reading named (found through open
 * shadow roots with `composedPath`), never other inputs, and never changes anything.
 */
export function watchCouponTyping(
  scope: SessionScope,
  document: Document,
  couponField: () => Element | null,
  onTyped: (code: string | null) => void,
): void {
  scope.addEventListener(
    document,
    'input',
    (event) => {
      const field = couponField();
      if (!field) return;
      const origin = event.composedPath()[0];
      if (origin !== field || !('value' in field)) return;
      const value = (field as HTMLInputElement).value;
      onTyped(typeof value === 'string' && value.trim() !== '' ? value : null);
    },
    { capture: true, passive: true },
  );
}
