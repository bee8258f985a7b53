/** The coupon-entry card's details: how sure the reader is, the field's or button's label, the codes waiting. */
import type { CouponEntry } from '../../reader/reading';
import { msg } from '../../i18n/message';
import { cleanText } from '../format';
import { codesFact, codesToActivate } from '../saved-codes';
import type { DetailsOf, HintFact } from '../types';

/** Below this the reader is guessing: the card says "may be". */
const SURE = 0.6;

/** The page's promo code field or the control that opens it, as read. */
export const couponEntryDetails: DetailsOf<CouponEntry> = (entry, input) => {
  const label = cleanText(entry.label, 80);
  const sure = entry.confidence >= SURE;
  const isField = entry.kind === 'field';
  const facts: HintFact[] = [];
  if (label) facts.push({ label: isField ? msg('fact.field') : msg('fact.button'), value: label });
  const saved = codesFact(codesToActivate(input), input.now, input.timeZone);
  if (saved) facts.push(saved);
  return {
    explanation: [
      isField ? msg(sure ? 'hint.couponEntry.fieldSure' : 'hint.couponEntry.fieldUnsure') : msg(sure ? 'hint.couponEntry.openerSure' : 'hint.couponEntry.openerUnsure'),
      msg('hint.couponEntry.neverSubmits'),
    ],
    facts,
    nextStep: { label: msg(isField ? 'hint.couponEntry.showField' : 'hint.couponEntry.showButton'), action: { type: 'scroll-to-coupon-entry' } },
  };
};
