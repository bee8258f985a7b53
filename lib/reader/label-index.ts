import { matchConcepts, type Concept, type ConceptMatch } from '../lexicon';
import { LABEL_CONCEPTS } from './concept-groups';

/** Labels are short; a long text node is a paragraph or a data dump and never names an amount. */
const MAX_LABEL_LENGTH = 120;

const SKIPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'video', 'audio', 'iframe', 'object']);

/** Our own UI lives under hosts with these names; reading it would make the reader read itself. */
export const OWN_HOST_NAMES = new Set(['credit-lens-overlay', 'credit-lens-outline']);

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
  /** Text nodes looked at since the index was made; the benchmark and tests read it. */
  textNodesVisited = 0;

  constructor(private readonly concepts: readonly Concept[] = LABEL_CONCEPTS) {}

  scan(root: Node): void {
    if (root.nodeType === 3) {
      this.consider(root as Text);
      return;
    }
    if (root.nodeType === 1 && this.isSkipped(root as Element)) return;
    const document = root.ownerDocument ?? (root as Document);
    const walker = document.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
      acceptNode: (node) => (node.nodeType === 1 && this.isSkipped(node as Element) ? 2 /* REJECT */ : 1 /* ACCEPT */),
    });
    const pendingShadowRoots: ShadowRoot[] = [];
    if (root.nodeType === 1 && (root as Element).shadowRoot) pendingShadowRoots.push((root as Element).shadowRoot!);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 3) this.consider(node as Text);
      else {
        const shadow = (node as Element).shadowRoot;
        if (shadow) pendingShadowRoots.push(shadow);
      }
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
        const had = this.hits.has(mutation.target as Text);
        this.consider(mutation.target as Text);
        changed ||= had || this.hits.has(mutation.target as Text);
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
    if (data.length > MAX_LABEL_LENGTH || !node.isConnected || this.insideSkipped(node)) {
      this.hits.delete(node);
      return;
    }
    const text = data.trim();
    // One- and two-character texts are icons, separators and digits, never labels, except CJK words.
    if (text.length === 0 || (text.length < 2 && text.charCodeAt(0) < 0x2e80)) {
      this.hits.delete(node);
      return;
    }
    const matches = matchConcepts(text, this.concepts);
    if (matches.length > 0) this.hits.set(node, matches);
    else this.hits.delete(node);
  }

  private pruneDisconnected(): void {
    for (const node of this.hits.keys()) if (!node.isConnected || this.insideSkipped(node)) this.hits.delete(node);
    for (const shadow of this.shadowRoots) if (!shadow.host.isConnected) this.shadowRoots.delete(shadow);
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
