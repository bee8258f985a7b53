import type { Concept, ConceptMatch } from '../lexicon';
import { LABEL_CONCEPTS } from './concept-groups';
import { DocumentOrderList } from './document-order';
import type { PageChanges } from './page-changes';
import { composedParent } from './dom';
import {
  inLateRow,
  inSkippedElement,
  isSkippedElementName,
  labelCacheFor,
  labelMatches,
  LONG_ROW_GROUP,
  MAX_LABEL_LENGTH,
  nextOutside,
  ROW_GROUP_ROLES,
  ROW_GROUP_TAGS,
  ROWS_WITH_ELEMENTS,
  SHADOW_HOST_TAGS,
  sortElement,
} from './label-index-rules';

export interface LabelHit {
  node: Text;
  matches: ConceptMatch[];
}

/**
 * The one full walk of the page, in two passes: every text node, for the short texts that say a
 * concept the reader looks for; and the elements, for the few worth asking about (inputs, regions,
 * tabs, tables) and for open shadow roots. Kept between reads and updated from MutationObserver
 * records, so a re-read after a small change walks only the changed subtrees. Hidden subtrees are
 * walked too (visibility is judged at read time), so showing a hidden panel needs no re-walk.
 */
export class LabelIndex {
  readonly #hits = new Map<Text, ConceptMatch[]>();
  readonly shadowRoots = new Set<ShadowRoot>();
  /** Inputs, controls, message regions, tabs, tables and titles seen on the walk, so reads query nothing. */
  readonly #notable = new Set<Element>();
  readonly #hitOrder = new DocumentOrderList<Text>();
  readonly #notableOrder = new DocumentOrderList<Element>();
  #sortedHits: LabelHit[] | null = null;
  /** True during the first walk of a document: what it finds arrives in document order. */
  #firstWalk = false;
  /** Grows whenever a label comes, goes or changes meaning, so the collector knows its label list is stale. */
  labelsVersion = 0;
  /** Text nodes looked at since the index was made; the benchmark and tests read it. */
  textNodesVisited = 0;

  readonly #concepts: readonly Concept[];

  constructor(concepts: readonly Concept[] = LABEL_CONCEPTS) {
    this.#concepts = concepts;
  }

  scan(root: Node): void {
    if (root.nodeType === 3) {
      this.#consider(root as Text);
      return;
    }
    if (root.nodeType === 1 && (isSkippedElementName((root as Element).localName) || inSkippedElement(root))) return;
    this.#firstWalk = root.nodeType === 9 && this.#hits.size === 0 && this.#notable.size === 0;
    this.#scanTexts(root);
    const shadows = this.#scanElements(root);
    this.#firstWalk = false;
    for (const shadow of shadows) {
      this.shadowRoots.add(shadow);
      this.scan(shadow);
    }
  }

  /**
   * Brings the index up to date with what the page changed (folded records, see page-changes.ts),
   * judged on the page as it is now, so the order the changes came in does not matter. Returns
   * whether any label came or went.
   */
  update(changes: PageChanges): boolean {
    const before = this.labelsVersion;
    for (const text of changes.texts) {
      if (text.isConnected) this.#consider(text);
      else this.#forget(text);
    }
    for (const element of changes.attributed) this.#sortAgain(element);
    for (const added of changes.added) if (added.isConnected) this.#scanAdded(added);
    // A removed text is simply forgotten; a removed element may hold labels, fields and shadow roots.
    let removedAny = false;
    for (const removed of changes.removed) {
      if (removed.nodeType === 3) {
        if (!removed.isConnected) this.#forget(removed as Text);
      } else if (removed.nodeType === 1 || removed.nodeType === 11) removedAny = true;
    }
    if (removedAny) this.#pruneDisconnected();
    return this.labelsVersion !== before;
  }

  /** `update` for a batch that only changed texts (see page-changes.ts), without reading the records again. */
  updateTexts(changes: { changed: readonly Text[]; removed: readonly Text[] }): boolean {
    const before = this.labelsVersion;
    for (const text of changes.removed) if (!text.isConnected) this.#forget(text);
    for (const text of changes.changed) {
      if (text.isConnected) this.#consider(text);
      else this.#forget(text);
    }
    return this.labelsVersion !== before;
  }

  /**
   * Sorts again elements whose class or inline style changed. Returns true when one of them is or
   * was notable: a class can make an element a toast, so its records may differ by more than
   * visibility.
   */
  restyled(elements: readonly Element[]): boolean {
    let notable = false;
    for (const element of elements) {
      notable ||= this.#notable.has(element);
      this.#sortAgain(element);
      notable ||= this.#notable.has(element);
    }
    return notable;
  }

  /** Label hits in document order (shadow-root content follows its host's light-DOM position loosely). */
  entries(): LabelHit[] {
    this.#sortedHits ??= this.#hitOrder.list((node) => this.#hits.has(node)).map((node) => ({ node, matches: this.#hits.get(node)! }));
    return this.#sortedHits;
  }

  /** Notable elements that match a selector, in document order. */
  elementsMatching(selector: string): Element[] {
    const found: Element[] = [];
    for (const element of this.#notableOrder.list((node) => this.#notable.has(node))) if (element.isConnected && element.matches(selector)) found.push(element);
    return found;
  }

  has(node: Node): boolean {
    return node.nodeType === 3 && this.#hits.has(node as Text);
  }

  matchesOf(node: Node): ConceptMatch[] | undefined {
    return node.nodeType === 3 ? this.#hits.get(node as Text) : undefined;
  }

  get size(): number {
    return this.#hits.size;
  }

  /** Every text node under root; nothing but a map lookup for the texts seen before. */
  #scanTexts(root: Node): void {
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 0x4 /* SHOW_TEXT */);
    const cache = labelCacheFor(this.#concepts);
    let visited = 0;
    // The hot loop of every first read: a map lookup for texts seen before, nothing else.
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      visited++;
      const data = (node as Text).data;
      if (data.length > MAX_LABEL_LENGTH) continue;
      let matches = cache.get(data);
      if (matches === undefined) matches = labelMatches(data, cache, this.#concepts);
      // Script and style texts are rare hits; checking the ancestors only then keeps the walk bare.
      if (matches !== null && !inSkippedElement(node)) this.#remember(node as Text, matches);
    }
    this.textNodesVisited += visited;
  }

  /**
   * The elements under root: notable ones are kept, shadow roots returned. No filter callback:
   * calling into JS for every node costs more than the walk itself, so skipped subtrees are stepped
   * over by hand.
   */
  #scanElements(root: Node): ShadowRoot[] {
    const shadows: ShadowRoot[] = [];
    if (root.nodeType === 1) {
      const element = root as Element;
      if (this.#visitElement(element, shadows)) {
        this.#scanRowGroup(element, shadows);
        return shadows;
      }
    }
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 0x1 /* SHOW_ELEMENT */);
    let node = walker.nextNode();
    while (node) {
      const element = node as Element;
      if (isSkippedElementName(element.localName)) {
        node = nextOutside(walker);
      } else if (this.#visitElement(element, shadows)) {
        this.#scanRowGroup(element, shadows);
        node = nextOutside(walker);
      } else {
        node = walker.nextNode();
      }
    }
    return shadows;
  }

  /** Records one element; returns true when it is a long row group whose rows the caller must not descend into. */
  #visitElement(element: Element, shadows: ShadowRoot[]): boolean {
    const name = element.localName;
    const { notable, role } = sortElement(element, name);
    if (notable) this.#addNotable(element);
    if (name.includes('-') || SHADOW_HOST_TAGS.has(name)) {
      const shadow = element.shadowRoot;
      if (shadow) shadows.push(shadow);
    }
    const rowGroup = ROW_GROUP_TAGS.has(name) || (role !== null && ROW_GROUP_ROLES.has(role));
    return rowGroup && element.childElementCount > LONG_ROW_GROUP;
  }

  /** The first rows of a long row group, element pass only (its texts were all read). */
  #scanRowGroup(group: Element, shadows: ShadowRoot[]): void {
    let row = group.firstElementChild;
    for (let index = 0; row && index < ROWS_WITH_ELEMENTS; index++, row = row.nextElementSibling) {
      if (!isSkippedElementName(row.localName)) shadows.push(...this.#scanElements(row));
    }
  }

  /**
   * A subtree the page added (or moved): indexed as the first walk would index it where it now is,
   * which for a script, style or SVG is not at all, and for a late table row is its texts only.
   */
  #scanAdded(node: Node): void {
    if (node.nodeType !== 1) {
      this.scan(node);
      return;
    }
    const element = node as Element;
    if (isSkippedElementName(element.localName) || inSkippedElement(element)) {
      this.#dropUnder(element, true);
    } else if (inLateRow(element)) {
      this.#dropUnder(element, false);
      this.#scanTexts(element);
    } else {
      this.scan(element);
    }
  }

  /** Forgets the elements (and, with `texts`, the labels) the index holds inside a subtree. */
  #dropUnder(root: Element, texts: boolean): void {
    // Shadow roots under it go too, and with them what the index found inside them.
    const inside = (node: Node) => {
      for (let current: Node | null = node; current; current = composedParent(current)) if (current === root) return true;
      return false;
    };
    for (const element of this.#notable) {
      if (!inside(element)) continue;
      this.#notable.delete(element);
      this.#notableOrder.delete(element);
    }
    for (const shadow of this.shadowRoots) if (inside(shadow.host)) this.shadowRoots.delete(shadow);
    for (const node of this.#hits.keys()) if ((texts || node.getRootNode() !== root.getRootNode()) && inside(node)) this.#forget(node);
  }

  #consider(node: Text): void {
    this.textNodesVisited++;
    const data = node.data;
    const matches = data.length > MAX_LABEL_LENGTH ? null : labelMatches(data, labelCacheFor(this.#concepts), this.#concepts);
    if (matches && !inSkippedElement(node)) this.#remember(node, matches);
    else this.#forget(node);
  }

  #remember(node: Text, matches: ConceptMatch[]): void {
    const known = this.#hits.get(node);
    if (known && !this.#firstWalk) this.#hitOrder.delete(node); // it may have moved: place it again
    if (!known || !this.#firstWalk) this.#hitOrder.add(node, this.#firstWalk);
    this.#sortedHits = null;
    if (known === matches) return;
    this.#hits.set(node, matches);
    this.labelsVersion++;
  }

  #forget(node: Text): void {
    if (!this.#hits.delete(node)) return;
    this.#hitOrder.delete(node);
    this.#sortedHits = null;
    this.labelsVersion++;
  }

  /** An element's attributes changed: whether it is notable is decided again, as the first walk would. */
  #sortAgain(element: Element): void {
    if (!element.isConnected || isSkippedElementName(element.localName) || inSkippedElement(element)) return;
    if (sortElement(element, element.localName).notable && !inLateRow(element)) this.#addNotable(element);
    else if (this.#notable.delete(element)) this.#notableOrder.delete(element);
  }

  #addNotable(element: Element): void {
    if (this.#notable.has(element)) {
      if (this.#firstWalk) return;
      this.#notableOrder.delete(element); // it may have moved: place it again
    }
    this.#notable.add(element);
    this.#notableOrder.add(element, this.#firstWalk);
  }

  #pruneDisconnected(): void {
    for (const node of this.#hits.keys()) if (!node.isConnected || inSkippedElement(node)) this.#forget(node);
    for (const shadow of this.shadowRoots) if (!shadow.host.isConnected) this.shadowRoots.delete(shadow);
    for (const element of this.#notable) {
      if (element.isConnected) continue;
      this.#notable.delete(element);
      this.#notableOrder.delete(element);
    }
  }
}
