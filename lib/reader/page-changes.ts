import { isShadowRoot } from './dom';
import { isSkippedElementName } from './label-index-rules';

/**
 * MutationObserver records folded, as they arrive, into what the reader needs to know: which nodes
 * were added, which texts and attributes changed, and whether anything was removed. Records are
 * dropped once folded, so a busy page holds no queue of them (nor the subtrees they removed), and
 * everything the fold keeps is judged on the page as it is when the reader reads.
 *
 * The fold also sorts the changes. A text replaced by another text changes no element, attribute or
 * style, so what was visible stays visible and only the records read from that text need reading
 * again. A class or an inline style changes only how things look: the reader judges again whether
 * what it read is visible, and reads again only what it judged differently. Everything else
 * (elements added or removed, other attributes, a style sheet's text, a text appearing in or
 * vanishing from an element, which can flip `:empty` or a box to zero size) may change what there
 * is to read anywhere.
 */
export interface TextChanges {
  /** Every changed text's composed ancestors (the text itself included), for cheap "is it inside?" tests. */
  touched: ReadonlySet<Node>;
  /** Texts whose words changed or that were added, and texts that were removed. */
  changed: readonly Text[];
  removed: readonly Text[];
  /** Elements whose class or inline style changed. */
  restyled: readonly Element[];
}

/** Attributes that only change how an element looks: a change of them is judged by visibility alone. */
const STYLE_ATTRIBUTES = new Set(['class', 'style']);

const NONE: ReadonlySet<never> = new Set();

const hasContent = (text: string | null) => text !== null && /\S/.test(text);
const isText = (node: Node) => node.nodeType === 3;

export class PageChanges {
  /** Records folded in. */
  count = 0;
  /** Set by the page watcher when it stopped following a flood of changes: the next read starts afresh. */
  everything = false;
  /** Some change went beyond texts and styles. */
  #structural = false;
  // Made on first use: a batch is usually one kind of change, and a re-read after one small change
  // should not pay for seven empty collections.
  #touchedNodes: Set<Node> | null = null;
  #textSet: Set<Text> | null = null;
  #addedSet: Set<Node> | null = null;
  #removedSet: Set<Node> | null = null;
  #attributedSet: Set<Element> | null = null;
  #restyledSet: Set<Element> | null = null;
  /**
   * Per parent, the texts added and removed: a replacement may come as one record or as a removal
   * and an addition, so whether the parent still shows a text is judged over the whole batch.
   */
  #childLists: Map<Node, { added: Node[]; removed: Node[] }> | null = null;

  /** Texts whose data changed. */
  get texts(): ReadonlySet<Text> {
    return this.#textSet ?? NONE;
  }

  /** Nodes added (they may have moved on or gone since) and nodes removed. */
  get added(): ReadonlySet<Node> {
    return this.#addedSet ?? NONE;
  }

  get removed(): ReadonlySet<Node> {
    return this.#removedSet ?? NONE;
  }

  /** Elements any watched attribute of which changed. */
  get attributed(): ReadonlySet<Element> {
    return this.#attributedSet ?? NONE;
  }

  /** The records, folded in; `records` may be dropped afterwards. */
  add(records: Iterable<MutationRecord>): void {
    for (const record of records) this.fold(record);
  }

  get empty(): boolean {
    return this.count === 0 && !this.everything;
  }

  /** One record, folded in. */
  fold(record: MutationRecord): void {
    this.count++;
    const target = record.target;
    const type = record.type;
    if (type === 'attributes') {
      const element = target as Element;
      (this.#attributedSet ??= new Set()).add(element);
      if (STYLE_ATTRIBUTES.has(record.attributeName ?? '')) (this.#restyledSet ??= new Set()).add(element);
      else this.#structural = true;
      return;
    }
    const kind = target.nodeType;
    const parent = kind === 3 ? target.parentElement : kind === 1 ? (target as Element) : null;
    // A style element's text is a style sheet; a script's text is never shown.
    if (parent && isSkippedElementName(parent.localName)) this.#structural = true;
    if (type === 'characterData') {
      if (kind !== 3) {
        this.#structural = true;
        return;
      }
      (this.#textSet ??= new Set()).add(target as Text);
      // Without the old value an empty text may have become a shown one; MutationObserver gives it
      // when observed with characterDataOldValue.
      if (!hasContent(record.oldValue) || !hasContent((target as Text).data)) this.#structural = true;
    } else if (type === 'childList') {
      const lists = (this.#childLists ??= new Map());
      let list = lists.get(target);
      if (!list) lists.set(target, (list = { added: [], removed: [] }));
      this.#take(record.addedNodes, list.added, (this.#addedSet ??= new Set()));
      this.#take(record.removedNodes, list.removed, (this.#removedSet ??= new Set()));
    } else {
      this.#structural = true;
      return;
    }
    if (this.#structural) return;
    const touched = (this.#touchedNodes ??= new Set());
    for (let node: Node | null = target; node && !touched.has(node); node = node.parentNode ?? (isShadowRoot(node) ? node.host : null)) touched.add(node);
  }

  /** Keeps the nodes; an element (or anything but a text or a comment) makes the batch structural. */
  #take(nodes: NodeList, into: Node[], all: Set<Node>): void {
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]!;
      all.add(node);
      if (node.nodeType !== 3 && node.nodeType !== 8 /* COMMENT */) this.#structural = true;
      else into.push(node);
    }
  }

  /** The batch as changes of texts and styles, or null when it changed more than those. */
  textChanges(): TextChanges | null {
    if (this.#structural || this.everything) return null;
    const changed = [...this.texts];
    const removed: Text[] = [];
    for (const [target, list] of this.#childLists ?? []) {
      if (!keepsText(target, list.added, list.removed)) return null;
      for (const node of list.added) if (node.nodeType === 3) changed.push(node as Text);
      for (const node of list.removed) if (node.nodeType === 3) removed.push(node as Text);
    }
    return { touched: this.#touchedNodes ?? NONE, changed, removed, restyled: this.#restyledSet ? [...this.#restyledSet] : [] };
  }
}

/** One batch of records, folded (tests, and callers that take records themselves). */
export function pageChangesOf(records: Iterable<MutationRecord>): PageChanges {
  const changes = new PageChanges();
  changes.add(records);
  return changes;
}

/** Whether an element showed a text before the batch and still shows one, so no box appeared or collapsed. */
function keepsText(target: Node, added: readonly Node[], removed: readonly Node[]): boolean {
  if (!added.some(isText) && !removed.some(isText)) return true; // comments only
  let before = removed.some((node) => node.nodeType === 3 && hasContent((node as Text).data));
  let after = false;
  for (let child = target.firstChild; child && !(before && after); child = child.nextSibling) {
    if (child.nodeType !== 3 || !hasContent((child as Text).data)) continue;
    after = true;
    before ||= !added.includes(child);
  }
  return before && after;
}
