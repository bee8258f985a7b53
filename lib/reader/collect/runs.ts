import { hasText, squash, textsAndShadowHosts, shadowText, visibleTextOf } from '../dom';
import { isOutOfSight } from '../out-of-sight';
import type { NearbyText } from '../records';
import type { Visible } from './shared';

/**
 * Texts read one inline run at a time: "$<span>1,284.</span><span>50</span>" is one amount, while a
 * cell's name and its "Expired" badge stay apart. Every element a run was read from goes to `regions`.
 */

const INLINE = new Set(['span', 'b', 'strong', 'i', 'em', 'small', 'sup', 'sub', 'bdi', 'bdo', 'font', 'u', 'mark', 'data', 'abbr']);

/** The nearest element around a text that is not just inline formatting (its "cell"). */
export function inlineRun(node: Node, regions: Node[]): Element | null {
  let element = node.parentElement;
  while (element && INLINE.has(element.localName) && element.parentElement && INLINE.has(element.parentElement.localName)) element = element.parentElement;
  if (element && INLINE.has(element.localName) && element.parentElement && element.parentElement.children.length <= 4) {
    // A value drawn as a few sibling spans ("$", "1,284.", "50") belongs to their shared parent.
    const parent = element.parentElement;
    regions.push(parent);
    if ([...parent.children].every((child) => INLINE.has(child.localName) && isAmountPiece(child.textContent ?? ''))) return parent;
  }
  if (element) regions.push(element);
  return element;
}

/**
 * The texts under a root (an element or a shadow root), one per inline run, in order; a custom
 * element inside contributes the text its shadow root draws.
 */
export function runsUnder(root: Element | ShadowRoot, visible: Visible, limit: number, regions: Node[]): NearbyText[] {
  const pieces: NearbyText[] = [];
  let lastRun: Element | null = null;
  const walker = root.ownerDocument!.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, { acceptNode: textsAndShadowHosts });
  for (let node = walker.nextNode(); node && pieces.length < limit; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      const text = squash(shadowText((node as Element).shadowRoot!));
      if (text) pieces.push(nearbyText(text.slice(0, 200), node as Element, visible(node as Element), null, visible.outOfSight));
      continue;
    }
    const run = inlineRun(node, regions);
    if (!hasText((node as Text).data) || run === lastRun) continue;
    lastRun = run;
    const inside = run !== null && run !== root && (root as Node).contains(run);
    pieces.push(nearbyText((inside ? visibleTextOf(run, visible) : squash((node as Text).data)).slice(0, 200), run ?? node.parentElement, run ? visible(run) : true, node.parentElement, visible.outOfSight));
  }
  return pieces;
}

const DIGIT = /[\d\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/;

/**
 * A text beside a label as a record. A shown text that may be a value is also asked whether a person
 * can actually see it, so a value read from it can be doubted (plausibility `unseen-value`).
 */
export function nearbyText(text: string, element: Element | null, visible: boolean, inner: Element | null = null, outOfSight: (element: Element) => boolean = isOutOfSight): NearbyText {
  if (!visible || !element || !DIGIT.test(text)) return { text, visible };
  // A run ("$<span>50.00</span>") is read as one text: the piece that holds the text may be the clipped one.
  const unseen = outOfSight(element) || (inner !== null && inner !== element && element.contains(inner) && outOfSight(inner));
  return unseen ? { text, visible, unseen } : { text, visible };
}

/** A piece of a split amount holds digits, signs and at most a currency code's letters, never words. */
function isAmountPiece(text: string): boolean {
  return (text.match(/\p{L}/gu)?.length ?? 0) <= 3;
}
