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
      if (event.composedPath()[0] !== field) return;
      onTyped(typedValueOf(field));
    },
    { capture: true, passive: true },
  );
}

/** The code in the field now, or null; also read when the field is first found, in case the user typed before we were there. */
export function typedValueOf(field: Element | null): string | null {
  if (!field || !('value' in field)) return null;
  const value = (field as HTMLInputElement).value;
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}
