/**
 * The page's promo code field or the control that opens it, outlined in place by the overlay
 * (issue 3, item 3). The hint carries the words; the overlay finds the element by the reading's selector.
 */
import { cleanText, formatterFor } from '../format';
import { hintId } from '../hint-id';
import { codesFact, codesToActivate } from '../saved-codes';
import type { HintFact, HintRule } from '../types';

/** Below this the reader is guessing: the card says "may be". */
const SURE = 0.6;

export const couponEntryHints: HintRule = (input) => {
  const entry = input.reading?.couponEntry;
  if (!entry || (entry.kind !== 'field' && entry.kind !== 'opener')) return [];
  const f = formatterFor(input.timeZone);
  const label = cleanText(entry.label, 80);
  const sure = entry.confidence >= SURE;
  const facts: HintFact[] = [];
  if (label) facts.push({ label: entry.kind === 'field' ? 'Field' : 'Button', value: label });
  const saved = codesFact(codesToActivate(input), f, input.now, input.timeZone);
  if (saved) facts.push(saved);
  const isField = entry.kind === 'field';
  return [
    {
      id: hintId('coupon-entry', null, entry.kind),
      kind: 'coupon-entry',
      state: entry.kind,
      severity: 'info',
      title: isField ? 'Enter your promo code here' : `${label || 'Redeem coupon'} opens the promo code entry`,
      explanation:
        (isField
          ? `${sure ? 'This is' : 'This may be'} where a promo, coupon or voucher code goes. Type it exactly as you received it, then press Activate.`
          : `${sure ? 'This button opens' : 'This button may open'} the promo code entry: type the code there, then press Activate.`) +
        ' Credit Lens never enters or submits a code for you.',
      facts,
      nextStep: { label: isField ? 'Show me the field' : 'Show me the button', action: { type: 'scroll-to-coupon-entry' } },
    },
  ];
};
