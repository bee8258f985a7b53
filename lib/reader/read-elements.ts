/**
 * The page elements a reading was read from: where the overlay must never sit, and what its marks point
 * at. Found after qualifying, from the records' keys (labels, messages, table rows) and, where a record
 * has no key (a card, a message beside the coupon field), by a bounded climb to the text. Only looked
 * at: nothing here changes the page.
 */
import type { AmountRole, BillingReading } from './reading';
import type { LabelRecord, MessageRecord } from './records';
import { composedParent, isCodeElement, shadowText } from './dom';

export interface ReadAmountElement {
  role: AmountRole;
  /** The label and its value together: the box the overlay keeps clear. */
  region: Element;
  /** The smallest element holding the value text: what a mark sits beside and never covers. */
  value: Element;
}

export interface ReadElements {
  amounts: ReadAmountElement[];
  messages: Element[];
  /** Per reading promotion (same index): its row or card, or null when it could not be found. */
  promotions: (Element | null)[];
  coupon: Element | null;
}

export const NO_READ_ELEMENTS: ReadElements = Object.freeze({ amounts: [], messages: [], promotions: [], coupon: null }) as ReadElements;

/** Levels climbed from a label (or the coupon field) to the region holding the text it goes with. */
const MAX_CLIMB = 4;
/** A card is the nearest ancestor of a promotion's name up to this much text; longer is the page. */
const MAX_CARD_TEXT = 600;
/** Promotions looked for: a table of thousands of rows must not cost thousands of searches. */
const MAX_PROMOTIONS = 30;

const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Text gathered per element: enough for any amount, message or name; a page-sized region stops early. */
const MAX_TEXT = 2_000;

/**
 * An element's text as shown, open shadow roots included (a kit's money component draws its digits in
 * its own shadow root, where `textContent` does not look); scripts and styles left out.
 */
function shownText(element: Element): string {
  let text = element.shadowRoot ? shadowText(element.shadowRoot) : '';
  const walker = element.ownerDocument.createTreeWalker(element, 0x1 | 0x4);
  for (let node = walker.nextNode(); node && text.length < MAX_TEXT; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      if (!isCodeElement(node.parentElement?.localName ?? '')) text += (node as Text).data;
    } else if ((node as Element).shadowRoot) text += shadowText((node as Element).shadowRoot!);
  }
  return text;
}

/** An element's children, and those of its open shadow root. */
function childrenOf(element: Element): Element[] {
  return element.shadowRoot ? [...element.shadowRoot.children, ...element.children] : [...element.children];
}

/** The deepest element under `region` (itself included) whose text holds `text`. */
export function deepestWithText(region: Element, text: string): Element {
  const wanted = fold(text);
  let node = region;
  for (;;) {
    const next = childrenOf(node).find((child) => child.localName !== 'style' && fold(shownText(child)).includes(wanted));
    if (!next) return node;
    node = next;
  }
}

/** The nearest ancestor of `from` (itself included, up to MAX_CLIMB levels) whose text holds `text`. */
function climbTo(from: Element, text: string): Element | null {
  const wanted = fold(text);
  if (!wanted) return null;
  let node: Element | null = from;
  for (let level = 0; node && level <= MAX_CLIMB; level++) {
    if (node.localName === 'body' || node.localName === 'html') return null;
    if (fold(shownText(node)).includes(wanted)) return node;
    // Out of a shadow root, on to its host: a label drawn inside a component, its value beside it.
    node = composedParent(node);
  }
  return null;
}

function findAmounts(reading: BillingReading, labels: readonly LabelRecord[], elements: readonly Element[]): ReadAmountElement[] {
  const found: ReadAmountElement[] = [];
  for (const amount of reading.amounts) {
    const label = labels.find((record) => record.visible && record.text === amount.label) ?? labels.find((record) => record.text === amount.label);
    const labelElement = label ? elements[label.key] : undefined;
    if (!labelElement) continue;
    const region = climbTo(labelElement, amount.text);
    if (region) found.push({ role: amount.role, region, value: deepestWithText(region, amount.text) });
  }
  return found;
}

function findMessages(reading: BillingReading, records: readonly MessageRecord[], elements: readonly Element[], coupon: Element | null): Element[] {
  const found: Element[] = [];
  for (const message of reading.messages) {
    const record = records.find((candidate) => candidate.text === message.text);
    const recorded = record ? elements[record.key] : undefined;
    const element = recorded ?? (coupon ? climbFrom(coupon, message.text) : null);
    if (element) found.push(element);
  }
  return found;
}

/** A message beside the coupon field: the region above the field that holds it, then its own element. */
function climbFrom(field: Element, text: string): Element | null {
  const region = climbTo(field, text);
  return region ? deepestWithText(region, text) : null;
}

/** A promotion card has no key: its name's text node, then the nearest ancestor that is still one card. */
function findCard(document: Document, name: string): Element | null {
  const wanted = fold(name);
  if (!wanted || !document.body) return null;
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!fold(node.nodeValue).includes(wanted)) continue;
    let card: Element | null = node.parentElement;
    for (let level = 0; card?.parentElement && level < MAX_CLIMB; level++) {
      const parent: Element = card.parentElement;
      if (parent.localName === 'body' || fold(parent.textContent).length > MAX_CARD_TEXT) break;
      card = parent;
    }
    return card;
  }
  return null;
}

export function findReadElements(
  document: Document,
  reading: BillingReading,
  found: { labels: readonly LabelRecord[]; messages: readonly MessageRecord[]; elements: readonly Element[]; coupon: Element | null; promotionKeys: readonly (number | null)[] },
): ReadElements {
  const { labels, messages, elements, coupon, promotionKeys } = found;
  return {
    amounts: findAmounts(reading, labels, elements),
    messages: findMessages(reading, messages, elements, coupon),
    promotions: reading.promotions.map((promotion, index) => {
      if (index >= MAX_PROMOTIONS) return null;
      const key = promotionKeys[index];
      return (key !== null && key !== undefined ? elements[key] : undefined) ?? findCard(document, promotion.name);
    }),
    coupon,
  };
}
