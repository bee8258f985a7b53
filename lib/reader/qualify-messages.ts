import { conceptsIn, normalized } from './words';
import type { Concept } from '../lexicon';
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

// Causes that only a code or an offer has. A kit that reports a failed redeem in a page-wide toast
// (a portal at the end of <body>) puts it far from the field in the DOM, yet it is about the field.
// "Expired" and "invalid" are left out: a card or a session expires, an e-mail is invalid.
const CODE_ONLY_CAUSES: readonly Concept[] = ['msgAlreadyUsed', 'msgPromotionActive', 'msgNotEligible'];

function aboutCouponEntry(record: MessageRecord, kind: Kind, field: InputRecord | null): boolean {
  if (field === null) return false;
  if (field.inDialog && record.inDialog) return true;
  return kind === 'error' && field.visible && conceptsIn(record.text, CODE_ONLY_CAUSES).length > 0;
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
    // What a hidden tooltip says (kits keep every tooltip in the markup) is help nobody sees, not an error.
    if (field.invalid && field.describedByShown) {
      add({ text: field.describedByShown, kind: messageKind(field.describedByShown) ?? 'error', source: 'invalid-field', nearCouponEntry: true });
    }
  }
  for (const record of records) {
    if (!record.visible) continue;
    // Alerts and live regions exist to be read out: report them, as info when their words are not
    // about codes. A toast is found by its class name only, so it must speak about codes or credit.
    const kind = messageKind(record.text) ?? (record.source === 'toast' ? null : 'info');
    if (!kind) continue;
    add({ text: record.text, kind, source: record.source, nearCouponEntry: aboutCouponEntry(record, kind, field) });
  }
  return found;
}
