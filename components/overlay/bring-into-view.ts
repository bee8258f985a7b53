/**
 * Scrolls the page to one of its elements (the promo code entry, a promotion's row): centred, smoothly
 * unless the user asked for less motion, or where no window says either way. The scrolling is the page's own.
 */
export function bringIntoView(target: Element): void {
  const reduce = target.ownerDocument.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
}
