/**
 * The page's promo code field or the control that opens it, outlined in place by the overlay
 * (issue 3, item 3). The hint carries the words; the overlay finds the element by the reading's selector.
 */
import { msg } from '../../i18n/message';
import { pageButtonName } from '../enter-code';
import { hintId } from '../hint-id';
import { withDetails } from '../summary';

export const couponEntryHints = withDetails('coupon-entry', (input) => {
  const entry = input.reading?.couponEntry;
  if (!entry || (entry.kind !== 'field' && entry.kind !== 'opener')) return [];
  const button = pageButtonName(input.reading);
  const title =
    entry.kind === 'field' ? msg('hint.couponEntry.fieldTitle') : button ? msg('hint.couponEntry.openerTitle', { button }) : msg('hint.couponEntry.openerTitleUnnamed');
  return [[{ id: hintId('coupon-entry', null, entry.kind), kind: 'coupon-entry', state: entry.kind, severity: 'info', title }, entry]];
});
