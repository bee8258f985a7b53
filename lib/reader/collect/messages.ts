import { closestComposed, CODE_SELECTOR, textLongerThan, textOf } from '../dom';
import type { MessageRecord } from '../records';
import { DIALOG, type KeyOf, type Part, type QueryAll, type Visible } from './shared';

/** Message records: alerts, live regions and toasts, where a rejected code's error appears. */

const MESSAGE_REGION = '[role="alert"], [role="status"], [aria-live]:not([aria-live="off"]), output';
// Toasts are often plain divs appended to <body>; their kits name them in words that survive hashing.
const TOAST = '[class*="toast" i], [class*="snackbar" i], [class*="notification" i], [class*="message" i], [class*="notice" i]';
const MAX_MESSAGES = 40;

// A toast's close "×" or "Undo" is a control beside the message, not part of what it says.
const NOT_MESSAGE_WORDS = `button, [role="button"], [aria-hidden="true"], ${CODE_SELECTOR}`;

export function collectMessages(queryAll: QueryAll, keyOf: KeyOf, visible: Visible): Part<MessageRecord[]> {
  const messages: MessageRecord[] = [];
  const seen = new Set<Element>();
  const regions: Node[] = [];
  const add = (element: Element, source: MessageRecord['source']) => {
    if (seen.has(element) || messages.length >= MAX_MESSAGES) return;
    seen.add(element);
    const text = textOf(element, 300, NOT_MESSAGE_WORDS);
    if (!text) return;
    messages.push({ key: keyOf(element), text, source, visible: visible(element), inDialog: closestComposed(element, DIALOG) != null });
  };
  for (const element of queryAll(MESSAGE_REGION)) {
    regions.push(element);
    add(element, element.getAttribute('role') === 'alert' ? 'alert' : 'live-region');
  }
  for (const element of queryAll(TOAST)) {
    regions.push(element);
    // A region that wraps a toast already holds its text; a long container is a layout wrapper.
    if ([...seen].some((region) => region.contains(element) || element.contains(region))) continue;
    if (textLongerThan(element, 400)) continue;
    add(element, 'toast');
  }
  return { value: messages, regions };
}

