/**
 * Small DOM helpers shared by the collector and the selector builder. Everything here works across
 * open shadow roots, because the page's UI kit renders some widgets inside custom elements.
 */

/** The element above this node, stepping out of a shadow root to its host. */
export function composedParent(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return parent && isShadowRoot(parent) ? parent.host : null;
}

export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node && (node as ShadowRoot).host != null;
}

export function closestComposed(node: Node, selector: string): Element | null {
  let element: Element | null = node.nodeType === 1 ? (node as Element) : composedParent(node);
  while (element) {
    if (element.matches(selector)) return element;
    element = composedParent(element);
  }
  return null;
}

/** Collapses runs of white space (including NBSP) so texts compare the way a reader sees them. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Visible text of an element, without script/style content, capped so a huge node cannot stall us. */
export function textOf(element: Element | null | undefined, max = 400): string {
  if (!element) return '';
  const raw = element.textContent ?? '';
  return squash(raw.length > max * 4 ? raw.slice(0, max * 4) : raw).slice(0, max);
}

/** Texts of the elements named by an IDREF list (aria-labelledby / aria-describedby). */
export function textOfIdRefs(element: Element, attribute: string): string {
  const ids = element.getAttribute(attribute);
  if (!ids) return '';
  const root = element.getRootNode() as Document | ShadowRoot;
  return squash(
    ids
      .split(/\s+/)
      .map((id) => (id && 'getElementById' in root ? textOf(root.getElementById(id)) : ''))
      .join(' '),
  );
}

// noscript content is only shown with scripts off; a DOM built without scripts (our inspect command)
// turns it into real elements, so it counts as hidden like the rest.
const HIDING_ATTRIBUTES = '[hidden], [aria-hidden="true"], [inert], noscript, template';

/**
 * Whether a person can see the element: not hidden by attribute, not display:none or
 * visibility:hidden anywhere up the (composed) tree, and not a zero-size box where the document
 * has layout. Saved pages read outside a browser have no layout, so size is not held against them.
 */
export function isVisible(element: Element, hasLayout: boolean): boolean {
  if (closestComposed(element, HIDING_ATTRIBUTES)) return false;
  const view = element.ownerDocument.defaultView;
  if (typeof (element as HTMLElement).checkVisibility === 'function' && hasLayout) {
    if (!(element as HTMLElement).checkVisibility({ visibilityProperty: true, opacityProperty: true } as CheckVisibilityOptions)) {
      return false;
    }
  } else if (view) {
    let current: Element | null = element;
    while (current) {
      const style = view.getComputedStyle(current);
      if (style.display === 'none') return false;
      current = composedParent(current);
    }
    // visibility inherits, so the element's own computed value already speaks for its ancestors.
    const visibility = view.getComputedStyle(element).visibility;
    if (visibility === 'hidden' || visibility === 'collapse') return false;
  }
  if (hasLayout) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return false;
  }
  return true;
}

export function documentHasLayout(document: Document): boolean {
  const root = document.documentElement;
  if (!root) return false;
  const box = root.getBoundingClientRect();
  return box.width > 0 || box.height > 0;
}
