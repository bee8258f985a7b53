/**
 * Shown to the visibility judge, unseen by a person: a value clipped to a pixel (the "screen reader
 * only" pattern) or placed before the page's start, where no scrolling reaches. The judge keeps such
 * values (a screen reader does read them), so the reader may read one; the plausibility rule
 * `unseen-value` then says the reading may not be what the user sees (issue 12).
 *
 * Asked only of the few texts that hold a value, never of every element: it reads styles and boxes.
 */

/** How far up a clipping box is looked for: a value sits at most a few wrappers inside one. */
const LEVELS = 4;
/** Offsets this far before the page's start only ever hide something (`left: -9999px`). */
const OFF_PAGE_PX = -999;

const layoutOf = new WeakMap<Document, boolean>();

function hasLayout(document: Document): boolean {
  let known = layoutOf.get(document);
  if (known === undefined) {
    const box = document.documentElement?.getBoundingClientRect();
    layoutOf.set(document, (known = box !== undefined && (box.width > 0 || box.height > 0)));
  }
  return known;
}

/** What one element's computed style says: it hides what it holds, it clips it (its box decides), or neither. */
type StyleVerdict = 'hides' | 'clips' | 'neither';

/**
 * Style verdicts remembered per element. A verdict depends on the element's computed style alone,
 * which a text replaced by another text cannot change (page-changes.ts), so a reader keeps one
 * between reads until classes, styles or the structure change, and then makes a new one
 * (collect/index.ts). Boxes are never remembered: a text can grow or shrink one.
 */
export type StyleVerdicts = Map<Element, StyleVerdict>;

export function isOutOfSight(element: Element, verdicts: StyleVerdicts = new Map()): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const layout = hasLayout(element.ownerDocument);
  if (layout && offPage(element, view)) return true;
  let current: Element | null = element;
  for (let level = 0; current && level <= LEVELS; level++, current = current.parentElement) {
    let verdict = verdicts.get(current);
    if (verdict === undefined) verdicts.set(current, (verdict = styleVerdict(view.getComputedStyle(current), layout)));
    if (verdict === 'hides') return true;
    if (verdict === 'clips' && tinyBox(current)) return true;
  }
  return false;
}

function styleVerdict(style: CSSStyleDeclaration, layout: boolean): StyleVerdict {
  if (clippedAway(style)) return 'hides';
  if (!layout && placedOffPage(style)) return 'hides';
  if (style.overflow === 'visible' || style.overflow === '') return 'neither';
  // Without layout the style's own width and height are the box.
  return layout ? 'clips' : tinyByStyle(style) ? 'hides' : 'neither';
}

/** The whole box lies left of or above the page's origin. */
function offPage(element: Element, view: Window): boolean {
  const box = element.getBoundingClientRect();
  return box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0;
}

/** `clip: rect(0 0 0 0)` or `clip-path: inset(50%)`: nothing of the box is painted. */
function clippedAway(style: CSSStyleDeclaration): boolean {
  const clip = style.clip.replace(/\s|px/g, '');
  if (clip === 'rect(0,0,0,0)' || clip === 'rect(0000)') return true;
  const inset = /^inset\(\s*(\d+(?:\.\d+)?)%/.exec(style.clipPath);
  return inset !== null && Number(inset[1]) >= 50;
}

/** Without layout (a saved page), what the style says: absolutely placed far before the page's start. */
function placedOffPage(style: CSSStyleDeclaration): boolean {
  if (style.position !== 'absolute' && style.position !== 'fixed') return false;
  return [style.left, style.top].some((offset) => /^-\d+(\.\d+)?px$/.test(offset) && Number.parseFloat(offset) <= OFF_PAGE_PX);
}

/** A box of at most one pixel that clips what it holds. */
function tinyBox(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width <= 1 && box.height <= 1;
}

function tinyByStyle(style: CSSStyleDeclaration): boolean {
  const px = (value: string) => (/^\d+(\.\d+)?px$/.test(value) ? Number.parseFloat(value) : Number.POSITIVE_INFINITY);
  return px(style.width) <= 1 && px(style.height) <= 1;
}
