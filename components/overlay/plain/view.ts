/**
 * The overlay's first paint in plain DOM. It ships into every billing page the extension reads, so it
 * pays for no framework there: Preact comes only with what a user action brings (parts.js, misread.js).
 * A view writes the DOM the Preact components wrote, and updates it in place so focus survives.
 */
import type { Msg } from '../../../lib/i18n/message';
import type { Translator } from '../../../lib/i18n/translate';

/** A piece of the overlay's first paint in plain DOM: made once, updated with new props, removed. */
export interface View<P> {
  update(props: P, t: Translator): void;
  destroy(): void;
}

/** A CSS length in whole pixels: what the overlay writes for every place it measured. */
export const px = (value: number): string => Math.round(value) + 'px';

/** A message as nodes, each value in its own <bdi> (what <Text> rendered). */
export function textNodes(t: Translator, message: Msg): Node[] {
  const doc = document;
  return t.parts(message).map((part) => {
    if (!part.param) return doc.createTextNode(part.text);
    const bdi = doc.createElement('bdi');
    bdi.textContent = part.text;
    return bdi;
  });
}

/** Sets each attribute on a node kept across updates, as Preact did: null/undefined removes it, a boolean is written "true"/"false". */
export function attrs(node: Element, values: Record<string, string | number | boolean | null | undefined>): void {
  for (const name in values) {
    const value = values[name];
    if (value == null) node.removeAttribute(name);
    else node.setAttribute(name, String(value));
  }
}

/** `el(doc, 'button', { class: 'mark', 'data-testid': 'mark' }, ...children)`: attributes set as strings, null/undefined/false left out. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes?: Record<string, string | number | boolean | null | undefined>,
  ...children: (Node | string | null | false | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (attributes) {
    for (const name in attributes) {
      const value = attributes[name];
      if (value != null && value !== false) node.setAttribute(name, String(value));
    }
  }
  for (const child of children) if (child != null && child !== false) node.append(child);
  return node;
}
