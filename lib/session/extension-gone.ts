import type { ContextLike, SessionScope } from '../overlay/scope';

/**
 * An extension reload or update leaves the content script running in the page with a dead API. WXT
 * notices only when something asks `ctx.isValid`, and a quiet page asks nothing, so the overlay would
 * stay up, stale. Asking once a second is a property read: no reading, no DOM work. Once invalid, the
 * scope closes itself (its signal follows `ctx.signal`), taking the overlay with it.
 */
export function noticeExtensionGone(scope: SessionScope, ctx: ContextLike): void {
  const id = setInterval(() => {
    if (!ctx.isValid) clearInterval(id);
  }, 1000);
  scope.onClose(() => clearInterval(id));
}
