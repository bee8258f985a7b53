/**
 * Likely causes for a code the user noted as rejected, ranked by the same rules as the overlay
 * (lib/hints/rejection-causes.ts), from what the notes know: its message, dates, other promotions.
 */
import { systemTimeZone } from '../../lib/credit/calendar';
import { activePromotions } from '../../lib/hints/active-promotions';
import { LANGUAGE_CODES, loadLanguages } from '../../lib/lexicon';
import { rankCauses } from '../../lib/hints/rejection-causes';
import { classifyRejection } from '../../lib/hints/rejection-message';
import type { RankedCause } from '../../lib/hints/types';
import type { Code, NotesDoc, Observation } from '../../lib/notes/schema';

/** A noted message may be in any language: the checklist installs all 18 lexicons (lib/lexicon/packs.ts) before it ranks. */
export const loadAllLanguages = (): Promise<unknown> => loadLanguages(LANGUAGE_CODES);

export function rejectionCausesFor(code: Code, notes: NotesDoc, observations: readonly Observation[], now: Date): RankedCause[] {
  const account = notes.accounts.find((candidate) => candidate.id === code.accountId) ?? null;
  // A code's expiry day ends at midnight where the user is, as the overlay and the badge count it.
  const timeZone = systemTimeZone();
  // The code's own promotion slot is what is in question; its siblings may hold it.
  const promotions = activePromotions({ reading: null, notes, observations, now, timeZone });
  return rankCauses(classifyRejection(code.rejectedMessage ?? ''), {
    now,
    saved: { code, match: 'exact' },
    typedCode: null,
    promotions,
    businessCenter: account?.businessCenterOwned ? 'notes' : null,
    accountId: code.accountId,
    pageCurrency: account?.currency ?? null,
    timeZone,
  });
}

