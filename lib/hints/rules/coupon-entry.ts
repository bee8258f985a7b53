/**
 * The page's promo code field or the control that opens it, outlined in place by the overlay
 * (issue 3, item 3). The hint carries the words; the overlay finds the element by the reading's selector.
 */
import { msg } from '../../i18n/message';
import { pageButtonName } from '../enter-code';
import { cleanText } from '../format';
import { hintId } from '../hint-id';
import { codesFact, codesToActivate } from '../saved-codes';
import type { HintFact, HintRule } from '../types';

/** Below this the reader is guessing: the card says "may be". */
const SURE = 0.6;

export const couponEntryHints: HintRule = (input) => {
  const entry = input.reading?.couponEntry;
  if (!entry || (entry.kind !== 'field' && entry.kind !== 'opener')) return [];
  const label = cleanText(entry.label, 80);
  const sure = entry.confidence >= SURE;
  const isField = entry.kind === 'field';
  const facts: HintFact[] = [];
  if (label) facts.push({ label: isField ? msg('fact.field') : msg('fact.button'), value: label });
  const saved = codesFact(codesToActivate(input), input.now, input.timeZone);
  if (saved) facts.push(saved);
  const button = pageButtonName(input.reading);
  return [
    {
      id: hintId('coupon-entry', null, entry.kind),
      kind: 'coupon-entry',
      state: entry.kind,
      severity: 'info',
      title: isField
        ? msg('hint.couponEntry.fieldTitle')
        : button
          ? msg('hint.couponEntry.openerTitle', { button })
          : msg('hint.couponEntry.openerTitleUnnamed'),
      explanation: [
        isField
          ? msg(sure ? 'hint.couponEntry.fieldSure' : 'hint.couponEntry.fieldUnsure')
          : msg(sure ? 'hint.couponEntry.openerSure' : 'hint.couponEntry.openerUnsure'),
        msg('hint.couponEntry.neverSubmits'),
      ],
      facts,
      nextStep: { label: msg(isField ? 'hint.couponEntry.showField' : 'hint.couponEntry.showButton'), action: { type: 'scroll-to-coupon-entry' } },
    },
  ];
};
