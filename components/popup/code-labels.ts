/**
 * A code's status and likely rejection cause in words: the code cards show them on the popup's first
 * paint, the form offers them as choices. Apart from the form's model (code-form.ts), whose amount
 * parsing brings the reader's currency tables, which the lists do not need.
 */
import { msg, type Msg } from '../../lib/i18n/message';
import type { Code, RejectionCause } from '../../lib/notes/schema';

export const CODE_STATUS_LABELS: Record<Code['status'], Msg> = {
  unused: msg('form.codeStatus.unused'),
  applied: msg('form.codeStatus.applied'),
  rejected: msg('form.codeStatus.rejected'),
};

export const REJECTION_LABELS: Record<RejectionCause, Msg> = {
  expired: msg('form.rejectedCause.expired'),
  'already-used': msg('form.rejectedCause.alreadyUsed'),
  'not-eligible': msg('form.rejectedCause.notEligible'),
  'promotion-active': msg('form.rejectedCause.promotionActive'),
  invalid: msg('form.rejectedCause.invalid'),
  unknown: msg('form.rejectedCause.unknown'),
};
