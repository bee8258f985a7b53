import { isShadowRoot } from './dom';
import { isSkippedElementName } from './label-index-rules';

/**
 * Sorting a batch of MutationRecords into "only texts changed" and "anything else". A text that is
 * replaced by another text changes no element, attribute or style, so what was visible stays
 * visible and only the records read from that text need reading again. Everything else (elements
 * added or removed, attributes, a style sheet's text, a text appearing in or vanishing from an
 * element, which can flip `:empty` or a box to zero size) may change visibility anywhere.
 */
export interface TextChanges {
  /** Every changed text's composed ancestors (the text itself included), for cheap "is it inside?" tests. */
  touched: Set<Node>;
  /** Texts whose words changed or that were added, and texts that were removed. */
  changed: Text[];
  removed: Text[];
}

const hasContent = (text: string | null) => text !== null && /\S/.test(text);
const isText = (node: Node) => node.nodeType === 3;

/** The batch as text changes, or null when it changed more than texts. */
export function textChangesOf(mutations: readonly MutationRecord[]): TextChanges | null {
  const touched = new Set<Node>();
  const changed: Text[] = [];
  const removed: Text[] = [];
  // Per parent, the texts the batch added and removed: a replacement may come as one record or as
  // a removal and an addition, so emptiness is judged over the whole batch.
  const childLists = new Map<Node, { added: Node[]; removed: Node[] }>();
  for (const mutation of mutations) {
    const type = mutation.type;
    if (type === 'attributes') return null;
    const target = mutation.target;
    const kind = target.nodeType;
    const parent = kind === 3 ? target.parentElement : kind === 1 ? (target as Element) : null;
    // A style element's text is a style sheet; a script's text is never shown.
    if (parent && isSkippedElementName(parent.localName)) return null;
    if (type === 'characterData') {
      // Without the old value an empty text may have become a shown one; MutationObserver gives it
      // when observed with characterDataOldValue.
      if (kind !== 3 || !hasContent(mutation.oldValue) || !hasContent((target as Text).data)) return null;
      changed.push(target as Text);
    } else if (type === 'childList') {
      let list = childLists.get(target);
      if (!list) childLists.set(target, (list = { added: [], removed: [] }));
      if (!takeTexts(mutation.addedNodes, list.added) || !takeTexts(mutation.removedNodes, list.removed)) return null;
    } else {
      return null;
    }
    for (let node: Node | null = target; node && !touched.has(node); node = node.parentNode ?? (isShadowRoot(node) ? node.host : null)) touched.add(node);
  }
  for (const [target, list] of childLists) {
    if (!keepsText(target, list.added, list.removed)) return null;
    for (const node of list.added) if (node.nodeType === 3) changed.push(node as Text);
    for (const node of list.removed) if (node.nodeType === 3) removed.push(node as Text);
  }
  return { touched, changed, removed };
}

/** Adds the nodes to `into`; false when one is an element (or anything but a text or a comment). */
function takeTexts(nodes: NodeList, into: Node[]): boolean {
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.nodeType !== 3 && node.nodeType !== 8 /* COMMENT */) return false;
    into.push(node);
  }
  return true;
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
