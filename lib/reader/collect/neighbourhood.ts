import { VALUE_CONCEPTS } from '../concept-groups';
import { hasText, inUnreadElement, shadowText, squash, textsAndShadowHosts, visibleTextOf } from '../dom';
import type { LabelIndex } from '../label-index';
import type { NearbyText } from '../records';
import { inlineRun, nearbyText, runsUnder } from './runs';
import type { Visible } from './shared';

const NEARBY_LEVELS = 5;
const NEARBY_TEXTS = 6;

/**
 * The texts around a label, at the nearest level of the tree that holds a digit: the value of
 * "Cash balance" may sit in the same element, the next sibling, the next cell, or the row above.
 * Gathering stops at the next value label, so one label never takes its neighbour's amount.
 */
export function neighbourhood(
  node: Text,
  index: LabelIndex,
  visible: Visible,
  regions: Node[],
  hostAncestors: ReadonlySet<Node>,
): { after: NearbyText[]; before: NearbyText[] } {
  const document = node.ownerDocument;
  let container: Element | null = node.parentElement;
  let widest: Element | null = container;
  for (let level = 0; container && level < NEARBY_LEVELS; level++, container = container.parentElement) {
    widest = container;
    // A label alone in its element ("<span>Cash balance</span>") has no neighbours there.
    if (level === 0 && container.firstChild === node && node.nextSibling === null && !container.shadowRoot) continue;
    // Elements are visited too when a custom element inside may draw the value in a shadow root;
    // otherwise a bare text walk does, with no call into script for every node.
    const hosts = hostAncestors.has(container);
    const walker = hosts
      ? document.createTreeWalker(container, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, { acceptNode: textsAndShadowHosts })
      : document.createTreeWalker(container, 0x4 /* SHOW_TEXT */);
    const unfiltered = hosts ? null : container;
    const after = gather(walker, node, 'nextNode', index, visible, regions, unfiltered);
    const before = gather(walker, node, 'previousNode', index, visible, regions, unfiltered);
    // A custom element that slots its label may draw the value in its own shadow root.
    if (container.shadowRoot && !after.some(hasDigit)) after.push(...runsUnder(container.shadowRoot, visible, NEARBY_TEXTS, regions));
    if (after.some(hasDigit) || before.some(hasDigit)) {
      regions.push(container);
      return { after, before };
    }
  }
  if (widest) regions.push(widest);
  return { after: [], before: [] };
}

/**
 * The texts a walker meets from `start` on, one per inline run. `unfiltered` is the walker's root
 * when the walker shows every text (no filter): texts inside script-like elements are skipped here.
 */
function gather(
  walker: TreeWalker,
  start: Text,
  step: 'nextNode' | 'previousNode',
  index: LabelIndex,
  visible: Visible,
  regions: Node[],
  unfiltered: Element | null,
): NearbyText[] {
  const texts: NearbyText[] = [];
  // The label's own element may hold its value too ("Available credit: <strong>75,00 €</strong>"),
  // so its run is read like any other.
  let lastRun: Element | null = null;
  walker.currentNode = start;
  for (let node = walker[step](); node && texts.length < NEARBY_TEXTS; node = walker[step]()) {
    if (node.nodeType === 1) {
      const element = node as Element;
      const text = squash(shadowText(element.shadowRoot!));
      if (text && visible(element)) texts.push(nearbyText(text.slice(0, 200), element, true, null, visible.outOfSight));
      continue;
    }
    if (unfiltered && inUnreadElement(node, unfiltered)) continue;
    if (isNextLabel(node as Text, index, visible)) break;
    if (!hasText((node as Text).data)) continue;
    // "$<span>1,284.</span><span>50</span>" is one amount: read the run of inline elements as one text.
    const run = inlineRun(node, regions);
    if (run === lastRun) continue;
    lastRun = run;
    const text = run ? visibleTextOf(run, visible) : squash((node as Text).data);
    if (text) texts.push(nearbyText(text.slice(0, 200), run ?? node.parentElement, run ? visible(run) : true, node.parentElement, visible.outOfSight));
  }
  return texts;
}

/** Another value's label ends a label's neighbourhood; a tooltip sentence that mentions one does not. */
function isNextLabel(node: Text, index: LabelIndex, visible: Visible): boolean {
  const matches = index.matchesOf(node);
  if (!matches?.some((match) => VALUE_CONCEPTS.includes(match.concept))) return false;
  return node.data.trim().length <= 40 && node.parentElement != null && visible(node.parentElement);
}

const hasDigit = (nearby: NearbyText) => nearby.visible && /[\d\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/.test(nearby.text);
