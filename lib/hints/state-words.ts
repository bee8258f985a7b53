/** The words for states and causes used inside sentences ("… as earning", "likely expired"). */
import { msg, type Msg } from '../i18n/message';
import type { RejectionCause } from '../notes/schema';
import type { CreditState } from './types';

const STATE: Record<CreditState, Msg> = {
  'not-started': msg('offerState.notStarted'),
  earning: msg('offerState.earning'),
  pending: msg('offerState.pending'),
  overdue: msg('offerState.overdue'),
  arrived: msg('offerState.arrived'),
  expiring: msg('offerState.expiring'),
  expired: msg('offerState.expired'),
  'used-up': msg('offerState.usedUp'),
};

const CAUSE: Record<RejectionCause, Msg> = {
  invalid: msg('cause.short.invalid'),
  expired: msg('cause.short.expired'),
  'already-used': msg('cause.short.alreadyUsed'),
  'promotion-active': msg('cause.short.promotionActive'),
  'not-eligible': msg('cause.short.notEligible'),
  unknown: msg('cause.short.unknown'),
};

export const offerStateMsg = (state: CreditState): Msg => STATE[state];
export const causeShortMsg = (cause: RejectionCause): Msg => CAUSE[cause];
