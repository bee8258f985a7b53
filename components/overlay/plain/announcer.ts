import type { Hint } from '../../../lib/hints/types';
import { msg } from '../../../lib/i18n/message';
import type { Translator } from '../../../lib/i18n/translate';
import { el, type View } from './view';

export interface AnnouncerProps {
  hints: readonly Hint[];
}

/**
 * Tells screen readers about critical hints as they appear (each once), without moving focus. The
 * region exists from the start: live regions added together with their text are often not announced.
 */
export class AnnouncerView implements View<AnnouncerProps> {
  readonly #region: HTMLDivElement;
  /** The region's words, changed in place. */
  readonly #text: Text;
  readonly #announced = new Set<string>();

  constructor(parent: HTMLElement) {
    const doc = parent.ownerDocument;
    this.#text = doc.createTextNode('');
    this.#region = parent.appendChild(el(doc, 'div', { class: 'visually-hidden', role: 'alert', 'aria-live': 'assertive', 'aria-atomic': 'true', 'data-testid': 'announcer' }, this.#text));
  }

  update({ hints }: AnnouncerProps, t: Translator): void {
    const fresh = hints.filter((hint) => hint.severity === 'critical' && !this.#announced.has(hint.id));
    if (fresh.length === 0) return;
    for (const hint of fresh) this.#announced.add(hint.id);
    this.#text.data = t.t(msg('overlay.announce', { titles: { list: fresh.map((hint) => ({ msg: hint.title })) } }));
  }

  destroy(): void {
    this.#region.remove();
  }
}
