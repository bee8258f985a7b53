/**
 * Small DOM helpers shared by the collector, the label index and the selector builder: the tree,
 * texts, and visibility. Everything here works across open shadow roots, because the page's UI kit
 * renders some widgets inside custom elements.
 */

/**
 * Elements whose text is code, never shown: a script's source, a style sheet. Every text the reader
 * reads skips them by this one rule; the label index skips more (media, templates, our own UI).
 */
export const CODE_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style']);
export const isCodeElement = (name: string): boolean => CODE_ELEMENTS.has(name);
/** CODE_ELEMENTS as a selector, for `textOf`'s skip. */
export const CODE_SELECTOR = [...CODE_ELEMENTS].join(', ');

/**
 * Our own UI lives under hosts with these names; reading it would make the reader read itself. Here
 * rather than beside the label index's other skips, so what else needs them (the misread report's page
 * snapshot) does not carry the label index's rules.
 */
export const OWN_HOST_NAMES: ReadonlySet<string> = new Set(['credit-lens-overlay', 'credit-lens-outline']);

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
    const found = element.closest(selector);
    if (found) return found;
    // closest() stops at a shadow root; carry on from its host.
    const root = element.getRootNode();
    element = isShadowRoot(root) ? root.host : null;
  }
  return null;
}

/** Collapses runs of white space (including NBSP) so texts compare the way a reader sees them. */
export function squash(text: string | null | undefined): string {
  // A byte-order mark counts as white space to \s, but it is a zero-width mark: "$1\ufeff,234.50"
  // must not become "$1 ,234.50".
  const plain = text ?? '';
  return (plain.includes('\ufeff') ? plain.replace(/\ufeff/g, '') : plain).replace(/\s+/g, ' ').trim();
}

/** Whether squash would leave anything of the text. */
export const hasText = (text: string) => /[^\s\ufeff]/.test(text);

/**
 * An element's text, squashed and cut to `max`. `skip` leaves out the texts of descendants that match
 * it (a toast's close button is not part of what the toast says).
 */
export function textOf(element: Element | null | undefined, max = 400, skip?: string): string {
  if (!element) return '';
  const cap = max * 4;
  // A wrapper around a whole table would make textContent copy megabytes; stop once there is enough.
  let raw = '';
  // A leaf, or a cell holding one leaf ("<td><span>$5</span></td>"), has only a few texts: read at once.
  const only = element.firstElementChild;
  if (skip === undefined && (only === null || (only === element.lastElementChild && only.childElementCount === 0))) raw = element.textContent ?? '';
  else {
    const walker = element.ownerDocument.createTreeWalker(element, 0x4 /* SHOW_TEXT */);
    for (let node = walker.nextNode(); node && raw.length <= cap; node = walker.nextNode()) {
      const skipped = skip === undefined ? null : node.parentElement?.closest(skip);
      if (skipped && skipped !== element && element.contains(skipped)) continue;
      raw += (node as Text).data;
    }
  }
  return squash(raw.length > cap ? raw.slice(0, cap) : raw).slice(0, max);
}

/** Never read for words: code, and markup that only shows with scripts off or when cloned. */
const isUnreadElement = (name: string) => isCodeElement(name) || name === 'noscript' || name === 'template';

/** Walker filter: every text, and elements only when they host a shadow root; never script content. */
export function textsAndShadowHosts(node: Node): number {
  if (node.nodeType !== 1) return 1; // ACCEPT
  const element = node as Element;
  if (isUnreadElement(element.localName)) return 2; // REJECT
  return element.shadowRoot ? 1 : 3; // ACCEPT : SKIP
}

/** What textsAndShadowHosts rejects, asked of one text: inside a script-like element below `root`. */
export function inUnreadElement(node: Node, root: Element): boolean {
  for (let element = node.parentElement; element && element !== root; element = element.parentElement) if (isUnreadElement(element.localName)) return true;
  return false;
}

/** The text a shadow root draws, nested shadow roots included ("$" "85" "." "25" as parts). */
export function shadowText(root: ShadowRoot): string {
  let text = '';
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 | 0x4);
  for (let node = walker.nextNode(); node && text.length < 400; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      if (!isCodeElement(node.parentElement?.localName ?? '')) text += (node as Text).data;
    } else if ((node as Element).shadowRoot) text += shadowText((node as Element).shadowRoot!);
  }
  return text;
}

/** An element's text without its hidden parts (a stale amount kept for an animation, an icon label). */
export function visibleTextOf(element: Element, visible: (element: Element) => boolean): string {
  const only = element.firstChild;
  // One text straight inside: nothing to walk.
  if (only && only === element.lastChild && only.nodeType === 3 && !isCodeElement(element.localName)) return squash((only as Text).data);
  const walker = element.ownerDocument.createTreeWalker(element, 0x4 /* SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < 400; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && (parent === element || visible(parent)) && !isCodeElement(parent.localName)) text += (node as Text).data;
  }
  return squash(text);
}

/** Whether an element's text is longer than `limit` characters, reading no more of it than that. */
export function textLongerThan(element: Element, limit: number): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, 0x4 /* SHOW_TEXT */);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((length += (node as Text).data.length) > limit) return true;
  return false;
}

/** The elements an IDREF list names (aria-labelledby / aria-describedby), in the element's own tree. */
export function elementsOfIdRefs(element: Element, attribute: string): Element[] {
  const ids = element.getAttribute(attribute);
  if (!ids) return [];
  const root = element.getRootNode() as Document | ShadowRoot;
  if (!('getElementById' in root)) return [];
  return ids.split(/\s+/).flatMap((id) => {
    const found = id ? root.getElementById(id) : null;
    return found ? [found] : [];
  });
}

/** Texts of the elements named by an IDREF list (aria-labelledby / aria-describedby). */
export function textOfIdRefs(element: Element, attribute: string): string {
  const ids = element.getAttribute(attribute);
  if (!ids) return '';
  return squash(elementsOfIdRefs(element, attribute).map((referenced) => textOf(referenced)).join(' '));
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
  return new VisibilityJudge(hasLayout).isVisible(element);
}

/**
 * `isVisible` for many elements of one page: each element is judged once, and what holds for an
 * ancestor (hidden by attribute, or display:none where there is no checkVisibility) is judged once
 * for all its descendants.
 */
export class VisibilityJudge {
  readonly #verdicts = new Map<Element, boolean>();
  readonly #hiddenHere = new Map<Element, boolean>();
  #styleWalk: boolean | null = null;

  constructor(readonly hasLayout: boolean) {}

  isVisible(element: Element): boolean {
    let verdict = this.#verdicts.get(element);
    if (verdict === undefined) {
      verdict = this.#judge(element);
      this.#verdicts.set(element, verdict);
    }
    return verdict;
  }

  /**
   * After classes or inline styles changed, and nothing else: judges every element judged so far
   * again and returns those whose verdict changed. What attributes hide stays hidden; display:none
   * read from styles (where there is no checkVisibility) is read again.
   */
  judgeAgain(): Element[] {
    if (this.#styleWalk) this.#hiddenHere.clear();
    const flipped: Element[] = [];
    for (const [element, verdict] of this.#verdicts) {
      const now = this.#judge(element);
      if (now === verdict) continue;
      this.#verdicts.set(element, now);
      flipped.push(element);
    }
    return flipped;
  }

  #judge(element: Element): boolean {
    // Without checkVisibility (or without layout) display:none is read from each ancestor's style.
    this.#styleWalk ??= !(typeof (element as HTMLElement).checkVisibility === 'function' && this.hasLayout) && element.ownerDocument.defaultView != null;
    if (this.#hiddenAtOrAbove(element)) return false;
    if (!this.#styleWalk) {
      if (this.hasLayout && !(element as HTMLElement).checkVisibility({ visibilityProperty: true, opacityProperty: true } as CheckVisibilityOptions)) return false;
    } else {
      // visibility inherits, so the element's own computed value already speaks for its ancestors.
      const visibility = element.ownerDocument.defaultView!.getComputedStyle(element).visibility;
      if (visibility === 'hidden' || visibility === 'collapse') return false;
    }
    return !this.hasLayout || !isZeroSize(element);
  }

  /** Hidden by an attribute (or by display:none on the style walk) on the element or a composed ancestor. */
  #hiddenAtOrAbove(element: Element): boolean {
    const chain: Element[] = [];
    let hidden = false;
    for (let current: Element | null = element; current; current = composedParent(current)) {
      const known = this.#hiddenHere.get(current);
      if (known !== undefined) {
        hidden = known;
        break;
      }
      chain.push(current);
    }
    // Each element's own answer bottom up (a DOM without layout computes an element's style from its
    // ancestors', so asking the deepest first lets it reuse them), then combined top down.
    const own = chain.map((current) => current.matches(HIDING_ATTRIBUTES) || inClosedDetails(current) || (this.#styleWalk === true && hiddenByOwnStyle(current)));
    for (let index = chain.length - 1; index >= 0; index--) {
      hidden ||= own[index]!;
      this.#hiddenHere.set(chain[index]!, hidden);
    }
    return hidden;
  }
}

/**
 * A closed <details> shows only its summary. A browser's checkVisibility knows; a DOM without a
 * user-agent stylesheet (a saved page read by inspect) does not.
 */
function inClosedDetails(element: Element): boolean {
  const parent = element.parentElement;
  return parent !== null && parent.localName === 'details' && !parent.hasAttribute('open') && element.localName !== 'summary';
}

/**
 * Without layout, what the element's own style says: display:none, or opacity 0 (a message fading
 * out), which checkVisibility's opacityProperty also hides where there is layout.
 */
function hiddenByOwnStyle(element: Element): boolean {
  const style = element.ownerDocument.defaultView!.getComputedStyle(element);
  return style.display === 'none' || style.opacity === '0';
}

/**
 * A layout box with neither width nor height. offsetWidth/offsetHeight give the layout box without
 * building a rect (several times cheaper); they round to whole pixels, so a zero from them is
 * confirmed by the rect. Elements without them (SVG, MathML) are measured by the rect alone.
 */
function isZeroSize(element: Element): boolean {
  const html = element as HTMLElement;
  if (typeof html.offsetWidth === 'number' && (html.offsetWidth > 0 || html.offsetHeight > 0)) return false;
  const box = element.getBoundingClientRect();
  return box.width === 0 && box.height === 0;
}

export function documentHasLayout(document: Document): boolean {
  const root = document.documentElement;
  if (!root) return false;
  const box = root.getBoundingClientRect();
  return box.width > 0 || box.height > 0;
}
