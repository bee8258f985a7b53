import { matchConcepts, type Concept, type ConceptMatch } from '../lexicon';
import { LABEL_CONCEPTS } from './concept-groups';

/** Labels are short; a long text node is a paragraph or a data dump and never names an amount. */
const MAX_LABEL_LENGTH = 120;

const SKIPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'video', 'audio', 'iframe', 'object']);

/** Our own UI lives under hosts with these names; reading it would make the reader read itself. */
export const OWN_HOST_NAMES = new Set(['credit-lens-overlay', 'credit-lens-outline']);

const NOTABLE_TAGS = new Set(['input', 'textarea', 'table', 'title', 'h1', 'h2', 'output']);
const NOTABLE_ROLES = new Set(['alert', 'status', 'tab', 'table', 'grid', 'treegrid', 'textbox', 'combobox', 'heading', 'button', 'link', 'menuitem']);
const TOAST_CLASS = /toast|snackbar|notification|message|notice/i;

/** Cheap first sort of elements the reader may ask about; collect.ts applies the exact selectors. */
function isNotable(element: Element): boolean {
  if (NOTABLE_TAGS.has(element.localName)) return true;
  if (!element.hasAttributes()) return false;
  const role = element.getAttribute('role');
  if (role !== null && NOTABLE_ROLES.has(role)) return true;
  if (element.hasAttribute('aria-live') || element.hasAttribute('aria-current') || element.hasAttribute('contenteditable')) return true;
  // Icon-only buttons carry their words here; buttons with text are found through their labels.
  if (element.hasAttribute('aria-label') || element.hasAttribute('title')) return true;
  const className = element.getAttribute('class');
  return className !== null && TOAST_CLASS.test(className);
}

/** Steps past the current node's subtree: its next sibling, or the next sibling of an ancestor. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

// Pages repeat texts ("Settled", "Ad group 3", column values), so each distinct string is judged once.
const MEMO_LIMIT = 20_000;
const memo = new Map<string, ConceptMatch[] | null>();
const memoConcepts = new WeakMap<readonly Concept[], Map<string, ConceptMatch[] | null>>();

// Texts that are values, not labels: no two letters in a row (amounts, dates, separators), or a run
// of four digits with hardly a word (ids like TX700123, years). Tested before the lexicon is asked.
const TWO_LETTERS = /\p{L}{2}|[\u2e80-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/u;
const FOUR_DIGITS = /\d{4}/;
const A_WORD = /\p{L}{3}/u;

function labelMatches(data: string, concepts: readonly Concept[]): ConceptMatch[] | null {
  let cache = concepts === LABEL_CONCEPTS ? memo : memoConcepts.get(concepts);
  if (!cache) memoConcepts.set(concepts, (cache = new Map()));
  const cached = cache.get(data);
  if (cached !== undefined) return cached;
  let result: ConceptMatch[] | null = null;
  if (TWO_LETTERS.test(data) && !(FOUR_DIGITS.test(data) && !A_WORD.test(data))) {
    const text = data.trim();
    const matches = text ? matchConcepts(text, concepts) : [];
    result = matches.length > 0 ? matches : null;
  }
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(data, result);
  return result;
}

export interface LabelHit {
  node: Text;
  matches: ConceptMatch[];
}

/**
 * The one full walk of the page: every short text that says a concept the reader looks for.
 * Kept between reads and updated from MutationObserver records, so a re-read after a small change
 * walks only the changed subtrees. Hidden subtrees are walked too (visibility is judged at read time),
 * so showing a hidden panel needs no re-walk.
 */
export class LabelIndex {
  private readonly hits = new Map<Text, ConceptMatch[]>();
  readonly shadowRoots = new Set<ShadowRoot>();
  /** Inputs, controls, message regions, tabs, tables and titles seen on the walk, so reads query nothing. */
  private readonly notable = new Set<Element>();
  /** Text nodes looked at since the index was made; the benchmark and tests read it. */
  textNodesVisited = 0;

  constructor(private readonly concepts: readonly Concept[] = LABEL_CONCEPTS) {}

  scan(root: Node): void {
    if (root.nodeType === 3) {
      this.consider(root as Text);
      return;
    }
    if (root.nodeType === 1 && this.isSkipped(root as Element)) return;
    if (root.nodeType === 1 && isNotable(root as Element)) this.notable.add(root as Element);
    const document = root.ownerDocument ?? (root as Document);
    // No filter callback: calling into JS for every node costs more than the walk itself, so
    // skipped subtrees are stepped over by hand.
    const walker = document.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
    const pendingShadowRoots: ShadowRoot[] = [];
    if (root.nodeType === 1 && (root as Element).shadowRoot) pendingShadowRoots.push((root as Element).shadowRoot!);
    let node = walker.nextNode();
    while (node) {
      if (node.nodeType === 3) {
        this.consider(node as Text);
        node = walker.nextNode();
        continue;
      }
      if (this.isSkipped(node as Element)) {
        node = nextOutside(walker);
        continue;
      }
      if (isNotable(node as Element)) this.notable.add(node as Element);
      const shadow = (node as Element).shadowRoot;
      if (shadow) pendingShadowRoots.push(shadow);
      node = walker.nextNode();
    }
    for (const shadow of pendingShadowRoots) {
      this.shadowRoots.add(shadow);
      this.scan(shadow);
    }
  }

  /** Brings the index up to date with what the page changed. Returns whether any label came or went. */
  update(mutations: readonly MutationRecord[]): boolean {
    const before = this.hits.size;
    let changed = false;
    let removedAny = false;
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') {
        const text = mutation.target as Text;
        const had = this.hits.has(text);
        if (text.isConnected && !this.insideSkipped(text)) this.consider(text);
        else this.hits.delete(text);
        changed ||= had || this.hits.has(text);
      } else if (mutation.type === 'attributes') {
        const element = mutation.target as Element;
        if (isNotable(element)) this.notable.add(element);
        else this.notable.delete(element);
      } else if (mutation.type === 'childList') {
        for (const added of mutation.addedNodes) if (added.isConnected) this.scan(added);
        removedAny ||= mutation.removedNodes.length > 0;
      }
    }
    if (removedAny) this.pruneDisconnected();
    return changed || this.hits.size !== before || removedAny;
  }

  /** Label hits in document order (shadow-root content follows its host's light-DOM position loosely). */
  entries(): LabelHit[] {
    const list = [...this.hits].map(([node, matches]) => ({ node, matches }));
    return list.sort((a, b) => {
      const position = a.node.compareDocumentPosition(b.node);
      if (position & 0x4 /* FOLLOWING */) return -1;
      if (position & 0x2 /* PRECEDING */) return 1;
      return 0;
    });
  }

  /** Notable elements that match a selector, in document order. */
  elementsMatching(selector: string): Element[] {
    const found: Element[] = [];
    for (const element of this.notable) if (element.isConnected && element.matches(selector)) found.push(element);
    return found.sort((a, b) => (a.compareDocumentPosition(b) & 0x2 /* PRECEDING */ ? 1 : -1));
  }

  has(node: Node): boolean {
    return node.nodeType === 3 && this.hits.has(node as Text);
  }

  matchesOf(node: Node): ConceptMatch[] | undefined {
    return node.nodeType === 3 ? this.hits.get(node as Text) : undefined;
  }

  get size(): number {
    return this.hits.size;
  }

  private consider(node: Text): void {
    this.textNodesVisited++;
    const data = node.data;
    if (data.length > MAX_LABEL_LENGTH) {
      this.hits.delete(node);
      return;
    }
    const matches = labelMatches(data, this.concepts);
    if (matches) this.hits.set(node, matches);
    else if (this.hits.size > 0) this.hits.delete(node);
  }

  private pruneDisconnected(): void {
    for (const node of this.hits.keys()) if (!node.isConnected || this.insideSkipped(node)) this.hits.delete(node);
    for (const shadow of this.shadowRoots) if (!shadow.host.isConnected) this.shadowRoots.delete(shadow);
    for (const element of this.notable) if (!element.isConnected) this.notable.delete(element);
  }

  private isSkipped(element: Element): boolean {
    const name = element.localName;
    return SKIPPED_ELEMENTS.has(name) || OWN_HOST_NAMES.has(name);
  }

  /** A text changed or added straight inside a script or style element (characterData / single-node scans). */
  private insideSkipped(node: Text): boolean {
    const parent = node.parentElement;
    return parent != null && this.isSkipped(parent);
  }
}
