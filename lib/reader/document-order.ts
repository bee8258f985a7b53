import { isShadowRoot } from './dom';

/**
 * Nodes kept in document order without sorting the whole list each time: nodes found by one walk
 * arrive in order already, and nodes added later are sorted among themselves and then placed by
 * binary search. compareDocumentPosition is cheap in a browser but linear in happy-dom (the inspect
 * command), where sorting ten thousand table labels would take a minute.
 */
export class DocumentOrderList<T extends Node> {
  #ordered: T[] = [];
  #pending: T[] = [];
  /** How many of `pending`, from its start, are known to be in document order and after `ordered`. */
  #pendingInOrder = 0;
  readonly #removed = new Set<T>();
  #snapshot: T[] | null = null;

  /**
   * A node to list. `followsAll` says it comes after every node added so far, as on the first walk of
   * a document; a node added any other way is placed by comparison.
   */
  add(node: T, followsAll: boolean): void {
    if (followsAll && this.#pendingInOrder === this.#pending.length) this.#pendingInOrder++;
    this.#pending.push(node);
    this.#snapshot = null;
  }

  /** A node to drop (it may be added again, elsewhere, before the next `list`). */
  delete(node: T): void {
    this.#removed.add(node);
    this.#snapshot = null;
  }

  /** The nodes `keep` accepts (the owner's own record of what is listed), in document order, each once. */
  list(keep: (node: T) => boolean): T[] {
    if (this.#snapshot) return this.#snapshot;
    let ordered = this.#removed.size > 0 ? this.#ordered.filter((node) => !this.#removed.has(node)) : this.#ordered;
    this.#removed.clear();
    if (this.#pending.length > 0) {
      ordered = ordered.concat(this.#pending.slice(0, this.#pendingInOrder));
      const late = this.#pending.slice(this.#pendingInOrder).sort(documentOrder);
      for (const node of late) ordered.splice(insertionPoint(ordered, node), 0, node);
      this.#pending = [];
      this.#pendingInOrder = 0;
    }
    const seen = new Set<T>();
    this.#ordered = ordered.filter((node) => keep(node) && !seen.has(node) && seen.add(node) !== undefined);
    this.#snapshot = this.#ordered;
    return this.#snapshot;
  }
}

/**
 * Composed document order: a shadow root's content counts as the first children of its host, so
 * nodes of different trees compare the same way whichever order they were found in.
 */
export function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const left = treePath(a);
  const right = treePath(b);
  for (let level = 0; ; level++) {
    const x = left[level];
    const y = right[level];
    if (x === undefined) return y === undefined ? 0 : -1; // a is the host b's tree hangs from
    if (y === undefined) return 1;
    if (x === y) continue;
    const position = x.compareDocumentPosition(y);
    if (position & 0x4 /* FOLLOWING */) return -1;
    if (position & 0x2 /* PRECEDING */) return 1;
    return 0;
  }
}

/** The node, preceded by the hosts of the shadow trees it sits in, outermost first. */
function treePath(node: Node): Node[] {
  const path = [node];
  for (let root = node.getRootNode(); isShadowRoot(root); root = root.host.getRootNode()) path.unshift(root.host);
  return path;
}

function insertionPoint<T extends Node>(sorted: readonly T[], node: T): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (documentOrder(sorted[middle]!, node) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
