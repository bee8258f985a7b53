import { conceptsIn, normalized } from './words';
import { MESSAGE_CONCEPTS } from './concept-groups';
import type { InputRecord, MessageRecord } from './records';
import type { PageMessage } from './reading';

type Kind = PageMessage['kind'];

/** error when the text says a code failed, success when it says it worked, else null (not a message about codes). */
export function messageKind(text: string): Kind | null {
  const concepts = new Set(conceptsIn(text, MESSAGE_CONCEPTS).map((match) => match.concept));
  if (concepts.size === 0) return null;
  if (concepts.has('msgSuccess') && concepts.size === 1) return 'success';
  return 'error';
}

/**
 * Visible messages: alerts and live regions, toasts that speak about codes or credit, and the lines
 * right after the coupon field. One message reported once, however many wrappers repeat it.
 */
export function readMessages(records: readonly MessageRecord[], field: InputRecord | null): PageMessage[] {
  const found: PageMessage[] = [];
  const add = (message: PageMessage) => {
    const text = normalized(message.text);
    if (!text || found.some((other) => normalized(other.text).includes(text) || text.includes(normalized(other.text)))) return;
    found.push(message);
  };

  if (field) {
    for (const after of field.textAfter) {
      const kind = after.visible ? messageKind(after.text) : null;
      if (kind) add({ text: after.text, kind, source: 'coupon-entry', nearCouponEntry: true });
    }
    if (field.invalid && field.describedBy) {
      add({ text: field.describedBy, kind: messageKind(field.describedBy) ?? 'error', source: 'invalid-field', nearCouponEntry: true });
    }
  }
  for (const record of records) {
    if (!record.visible) continue;
    // Alerts and live regions exist to be read out: report them, as info when their words are not
    // about codes. A toast is found by its class name only, so it must speak about codes or credit.
    const kind = messageKind(record.text) ?? (record.source === 'toast' ? null : 'info');
    if (!kind) continue;
    add({ text: record.text, kind, source: record.source, nearCouponEntry: field !== null && field.inDialog && record.inDialog });
  }
  return found;
}
