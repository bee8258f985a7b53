/**
 * An element the user pointed at (issue 12, "fix it by pointing"), described by meaning so the
 * description survives the next release of the page's UI kit: the label nearest to it in the page's
 * own words, its role, which of the elements with that label it is, and a short path of tags from
 * the nearest landmark or heading. Never a class name, never an id (both are generated).
 */
import { composedParent, isShadowRoot, squash, textOf } from './dom';
import { CURRENCY_CODE } from './value-shapes';

/** How many tags below the anchor a target's path keeps. */
export const PATH_STEPS = 6;

/** Where the user pointed, by meaning; stored in notes and checked there (fix-target-schema.ts). */
export interface FixTarget {
  /** The nearest label, as the page wrote it (in its language): "Ad credit", "Promo code". */
  label: string;
  /** ARIA role, explicit or implied by the tag: `textbox`, `button`, `cell`, `generic`… */
  role: string;
  /** 0-based: which of the page's elements carrying this label (and role) it is, in page order. */
  nth: number;
  /** Where it sits: the nearest landmark or heading (`main`, `heading:Balance`), then the tags below it. */
  anchor: string;
  path: string[];
}

/** Roles named by their own words (a field's label, a button's caption) rather than by a text beside them. */
const SELF_LABELLED = new Set(['textbox', 'searchbox', 'combobox', 'button', 'link']);
const LANDMARK = 'main, nav, aside, header, footer, form, dialog, [role="main"], [role="navigation"], [role="complementary"], [role="region"], [role="dialog"], [role="form"]';
const HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const CONTROLS = 'input, textarea, button, a[href], [role="button"], [role="link"], [role="textbox"], [role="combobox"], [role="searchbox"]';
const LEVELS = 5;
const MAX_LABEL = 80;

/** The implicit roles a fix names, for the tags a label or a value sits in (the rest are "generic"). */
const IMPLIED_ROLES = new Map(Object.entries({ td: 'cell', th: 'columnheader', li: 'listitem', dd: 'definition', dt: 'term', p: 'paragraph', strong: 'strong' }));

export function roleOf(element: Element): string {
  const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit.toLowerCase().slice(0, 40);
  const tag = element.localName;
  if (tag === 'input') {
    const type = (element.getAttribute('type') ?? 'text').toLowerCase();
    return ['button', 'submit', 'reset', 'image'].includes(type) ? 'button' : type === 'search' ? 'searchbox' : 'textbox';
  }
  if (tag === 'textarea') return 'textbox';
  if (tag === 'button' || tag === 'summary') return 'button';
  if (tag === 'a' && element.hasAttribute('href')) return 'link';
  if (/^h[1-6]$/.test(tag)) return 'heading';
  // A Map, not an object: a page's own <constructor> tag must not find Object's.
  return IMPLIED_ROLES.get(tag) ?? 'generic';
}

const same = (a: string, b: string) => squash(a).toLowerCase() === squash(b).toLowerCase();
/** A text that can be a label: words, short, not itself a number. */
const isLabelText = (text: string) =>
  text.length > 0 && text.length <= MAX_LABEL && /\p{L}{2}/u.test(text) && !/\d[\d.,\s]*\d/.test(text) && !CURRENCY_CODE.test(text);

/** A control's own name: aria-label, what aria-labelledby or a <label> says, its placeholder, its caption. */
function ownName(element: Element): string {
  const aria = squash(element.getAttribute('aria-label'));
  if (aria) return aria.slice(0, 200);
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = element.getAttribute('aria-labelledby');
  if (ids && 'getElementById' in root) {
    const named = squash(ids.split(/\s+/).map((id) => textOf(root.getElementById(id))).join(' '));
    if (named) return named.slice(0, 200);
  }
  const labels = (element as HTMLInputElement).labels;
  const labelled = labels && labels.length > 0 ? textOf(labels[0]) : '';
  if (labelled) return labelled.slice(0, 200);
  const placeholder = squash(element.getAttribute('placeholder'));
  if (placeholder) return placeholder.slice(0, 200);
  return (textOf(element, 200) || squash(element.getAttribute('value')) || squash(element.getAttribute('title'))).slice(0, 200);
}

/** Text nodes of the tree and its open shadow roots, in order. */
function* textsOf(root: Document | ShadowRoot): Generator<Text> {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 0x1 | 0x4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const parent = node.parentElement?.localName;
      if (parent !== 'script' && parent !== 'style') yield node as Text;
    } else if ((node as Element).shadowRoot) yield* textsOf((node as Element).shadowRoot!);
  }
}

function* elementsOf(root: Document | ShadowRoot, selector: string): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(selector)) yield element;
    if (element.shadowRoot) yield* elementsOf(element.shadowRoot, selector);
  }
}

/**
 * The text nearest to an element that reads as a label: before it (labels usually lead) at the
 * nearest level of the tree that holds one, else after it.
 */
function nearestLabel(element: Element): Text | null {
  const levels: Text[][] = [];
  let container = composedParent(element);
  for (let level = 0; container && level < LEVELS; level++, container = composedParent(container)) {
    const texts = [...walkTexts(container)].filter((text) => !element.contains(text) && isLabelText(squash(text.data)));
    const before = texts.filter((text) => precedes(text, element));
    if (before.length > 0) return before.at(-1)!;
    levels.push(texts);
  }
  return levels.find((texts) => texts.length > 0)?.[0] ?? null;
}

function* walkTexts(container: Element): Generator<Text> {
  const walker = container.ownerDocument.createTreeWalker(container, 0x4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement?.localName;
    if (parent !== 'script' && parent !== 'style') yield node as Text;
  }
}

const precedes = (node: Node, element: Element) => (node.compareDocumentPosition(element) & 4) !== 0; /* FOLLOWING */

/** The nearest landmark or heading above (or before, within the same section) the element, and the tags below it. */
function placeOf(element: Element): { anchor: string; path: string[] } {
  const path: string[] = [];
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (current !== element && current.matches(LANDMARK)) return { anchor: landmarkName(current), path: path.slice(-PATH_STEPS) };
    const heading = current !== element ? headingBefore(current, element) : null;
    // A heading may carry a figure ("Balance: $1,234.50"); the fix keeps its words, never the user's numbers.
    if (heading) return { anchor: `heading:${textOf(heading, 80).replace(/\d/g, '#')}`, path: path.slice(-PATH_STEPS) };
    path.unshift(current.localName);
  }
  const root = element.getRootNode();
  return { anchor: isShadowRoot(root) ? `host:${root.host.localName}` : 'page', path: path.slice(-PATH_STEPS) };
}

function landmarkName(element: Element): string {
  const name = squash(element.getAttribute('aria-label'));
  const role = element.getAttribute('role') ?? element.localName;
  return (name ? `${role}:${name}` : role).slice(0, 120);
}

/** A heading inside `container` that comes before `element` in page order: it titles the element. */
function headingBefore(container: Element, element: Element): Element | null {
  let found: Element | null = null;
  for (const heading of container.querySelectorAll(HEADING)) {
    if (heading.contains(element) || !precedes(heading, element)) break;
    found = heading;
  }
  return found;
}

/** The page's controls of this role named by this label, in page order: `nth` counts among them. */
const namedControls = (document: Document, role: string, label: string) =>
  [...elementsOf(document, CONTROLS)].filter((other) => roleOf(other) === role && same(ownName(other), label));

/** The page's texts that say this label, in page order: `nth` counts among them. */
const labelTexts = (document: Document, label: string) => [...textsOf(document)].filter((text) => same(text.data, label));

/** The element the user picked, by meaning; null when nothing near it reads as a label. */
export function describeTarget(element: Element): FixTarget | null {
  const role = roleOf(element);
  const { anchor, path } = placeOf(element);
  if (SELF_LABELLED.has(role)) {
    const label = ownName(element);
    if (!label) return null;
    return { label, role, nth: Math.max(0, namedControls(element.ownerDocument, role, label).indexOf(element)), anchor, path };
  }
  const labelNode = nearestLabel(element);
  if (!labelNode) return null;
  const label = squash(labelNode.data).slice(0, 200);
  return { label, role, nth: Math.max(0, labelTexts(element.ownerDocument, label).indexOf(labelNode)), anchor, path };
}

/** Where the described element is on this page now; null when it is gone (the fix then says so once). */
export function findTarget(document: Document, target: FixTarget): Element | null {
  const nthOf = <T>(found: T[]): T | null => found[target.nth] ?? (found.length === 1 ? found[0]! : null);
  if (SELF_LABELLED.has(target.role)) return nthOf(namedControls(document, target.role, target.label));
  const labelNode = nthOf(labelTexts(document, target.label));
  return labelNode ? valueNear(labelNode, target) : null;
}

/** The element near a label that has the described role and ends in the described tags. */
function valueNear(labelNode: Text, target: FixTarget): Element | null {
  const tail = target.path.slice(-3);
  const fits = (candidate: Element) =>
    !candidate.contains(labelNode) && roleOf(candidate) === target.role && endsWith(candidate, tail) && /\d/.test(candidate.textContent ?? '');
  let container = composedParent(labelNode);
  for (let level = 0; container && level < LEVELS; level++, container = composedParent(container)) {
    const candidates = [...container.querySelectorAll('*')].filter(fits);
    const found = candidates.find((candidate) => precedes(labelNode, candidate)) ?? candidates.at(-1);
    if (found) return innermost(found, fits);
  }
  return null;
}

/** The deepest of nested fitting elements ("<span><span>$50</span></span>" with the same tags). */
function innermost(element: Element, fits: (candidate: Element) => boolean): Element {
  const inner = [...element.querySelectorAll('*')].find(fits);
  return inner ? innermost(inner, fits) : element;
}

function endsWith(element: Element, tags: readonly string[]): boolean {
  let current: Element | null = element;
  for (let index = tags.length - 1; index >= 0; index--, current = current.parentElement) {
    if (!current || current.localName !== tags[index]) return false;
  }
  return true;
}
