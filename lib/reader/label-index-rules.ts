import { lexiconVersion, matchConcepts, type Concept, type ConceptMatch } from '../lexicon';
import { LABEL_CONCEPTS } from './concept-groups';
import { CODE_ELEMENTS, OWN_HOST_NAMES } from './dom';

/**
 * What the label index (label-index.ts) keeps and skips: which elements are never read, which are
 * worth asking about, which texts may be labels, and how far into a long table it looks. Cheap
 * judgements made on every node of the first walk, each made once per distinct string where it can.
 */
/** Labels are short; a long text node is a paragraph or a data dump and never names an amount. */
export const MAX_LABEL_LENGTH = 120;

const SKIPPED_ELEMENTS = new Set([...CODE_ELEMENTS, 'noscript', 'template', 'svg', 'math', 'canvas', 'video', 'audio', 'iframe', 'object']);

/** Elements whose content the reader never reads: scripts, styles, media, and our own UI. */
export function isSkippedElementName(name: string): boolean {
  return SKIPPED_ELEMENTS.has(name) || OWN_HOST_NAMES.has(name);
}

const NOTABLE_TAGS = new Set(['input', 'textarea', 'table', 'title', 'h1', 'h2', 'output']);
const NOTABLE_ROLES = new Set(['alert', 'status', 'tab', 'table', 'grid', 'treegrid', 'textbox', 'combobox', 'heading', 'button', 'link', 'menuitem']);
const TOAST_WORDS = ['toast', 'snackbar', 'notification', 'message', 'notice'];

/**
 * Row containers. A long one (more than `LONG_ROW_GROUP` rows) is a list of records of one kind
 * (transactions, invoices): its texts are all read for labels, but the element pass (fields,
 * regions, shadow roots) covers only its first `ROWS_WITH_ELEMENTS` rows, so a long list costs one
 * text walk. Fields and message regions do not sit in the rows of a transaction list; promotion
 * rows are read from the table itself (collect/tables.ts).
 */
export const ROW_GROUP_TAGS = new Set(['table', 'thead', 'tbody', 'tfoot']);
export const ROW_GROUP_ROLES = new Set(['table', 'grid', 'treegrid', 'rowgroup']);
export const LONG_ROW_GROUP = 20;
export const ROWS_WITH_ELEMENTS = 3;

/** The only elements attachShadow accepts besides custom elements (whose names hold a hyphen). */
export const SHADOW_HOST_TAGS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

const toastClasses = new Map<string, boolean>();

/** Kits name toasts in words that survive hashing ("vi-toast-3f2a"); class strings repeat, so each is judged once. */
export function isToastClass(className: string): boolean {
  let verdict = toastClasses.get(className);
  if (verdict === undefined) {
    const lower = className.toLowerCase();
    verdict = TOAST_WORDS.some((word) => lower.includes(word));
    if (toastClasses.size >= MEMO_LIMIT) toastClasses.clear();
    toastClasses.set(className, verdict);
  }
  return verdict;
}

/**
 * Cheap first sort of elements the reader may ask about (collect/ applies the exact selectors),
 * and the element's role. One call lists the attributes: asking for each by name costs more.
 */
export function sortElement(element: Element, name: string): { notable: boolean; role: string | null } {
  let notable = NOTABLE_TAGS.has(name);
  let role: string | null = null;
  for (const attribute of element.getAttributeNames()) {
    switch (attribute) {
      case 'role':
        role = element.getAttribute('role');
        notable ||= role !== null && NOTABLE_ROLES.has(role);
        break;
      case 'aria-live':
      case 'aria-current':
      case 'contenteditable':
      // Icon-only buttons carry their words here; buttons with text are found through their labels.
      case 'aria-label':
      case 'title':
        notable = true;
        break;
      case 'class':
        notable ||= isToastClass(element.getAttribute('class') ?? '');
        break;
    }
  }
  return { notable, role };
}

/** Steps past the current node's subtree: its next sibling, or the next sibling of an ancestor. */
export function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** Whether a node lies inside a script, style or similar element, or inside our own UI. */
export function inSkippedElement(node: Node): boolean {
  for (let element = node.parentElement; element; element = element.parentElement) if (isSkippedElementName(element.localName)) return true;
  return false;
}

// Pages repeat texts ("Settled", "Ad group 3", column values), so each distinct string is judged once.
const MEMO_LIMIT = 20_000;
const memo = new Map<string, ConceptMatch[] | null>();
let memoConcepts = new WeakMap<readonly Concept[], Map<string, ConceptMatch[] | null>>();

/** The lexicon the memos were filled from: a language installed since (lib/lexicon/packs.ts) may match texts anew. */
let memoVersion = -1;

/** The judged texts for a concept list, shared by every index over the same concepts. */
export function labelCacheFor(concepts: readonly Concept[]): Map<string, ConceptMatch[] | null> {
  if (memoVersion !== lexiconVersion()) {
    memoVersion = lexiconVersion();
    memo.clear();
    memoConcepts = new WeakMap();
  }
  let cache = concepts === LABEL_CONCEPTS ? memo : memoConcepts.get(concepts);
  if (!cache) memoConcepts.set(concepts, (cache = new Map()));
  return cache;
}

// Texts that are values, not labels: no two letters in a row (amounts, dates, separators), or a run
// of four digits with hardly a word (ids like TX700123, years). Tested before the lexicon is asked.
const TWO_LETTERS = /\p{L}{2}|[\u2e80-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/u;
const FOUR_DIGITS = /\d{4}/;
const A_WORD = /\p{L}{3}/u;

export function labelMatches(data: string, cache: Map<string, ConceptMatch[] | null>, concepts: readonly Concept[]): ConceptMatch[] | null {
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

/** Inside a row past the first rows of a long row group: the first walk does not visit its elements. */
export function inLateRow(element: Element): boolean {
  for (let row: Element | null = element; row; row = row.parentElement) {
    const group = row.parentElement;
    if (!group || group.childElementCount <= LONG_ROW_GROUP) continue;
    const role = group.getAttribute('role');
    if (!ROW_GROUP_TAGS.has(group.localName) && !(role !== null && ROW_GROUP_ROLES.has(role))) continue;
    let index = 0;
    for (let sibling = row.previousElementSibling; sibling && index < ROWS_WITH_ELEMENTS; sibling = sibling.previousElementSibling) index++;
    if (index >= ROWS_WITH_ELEMENTS) return true;
  }
  return false;
}
