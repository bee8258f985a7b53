/**
 * A code the notes record as already applied on this TikTok For Business account (on this ad account
 * or another), being typed again or saved again to activate: TikTok most likely refuses it, since a
 * coupon is redeemed once per TikTok For Business account unless its terms say otherwise.
 */
import { cleanText, formatterFor } from '../format';
import { hintId } from '../hint-id';
import { redeemedBefore } from '../redeemed-codes';
import { codesToActivate } from '../saved-codes';
import type { HintFact, HintRule } from '../types';

export const codeRedeemedHints: HintRule = (input) => {
  const typed = typeof input.typedCode === 'string' && input.typedCode.trim() ? input.typedCode : null;
  // What the user is typing, else a saved code still waiting to be activated that was applied before.
  const candidates = typed ? [{ code: typed, savedId: null }] : codesToActivate(input).map((code) => ({ code: code.code, savedId: code.id }));
  for (const candidate of candidates) {
    const applied = redeemedBefore(candidate.code, input.notes.codes);
    if (!applied || applied.id === candidate.savedId) continue;
    const f = formatterFor(input.timeZone);
    const shown = cleanText(applied.code, 64);
    const where = applied.accountId === (input.reading?.accountId ?? null) ? 'this ad account' : `ad account ${applied.accountId}`;
    const facts: HintFact[] = [
      { label: 'Code', value: shown },
      { label: 'Applied on', value: `${applied.appliedOn ? f.day(applied.appliedOn.slice(0, 10)) : 'a date not noted'}, ${where}` },
    ];
    return [
      {
        id: hintId('code-redeemed', applied.id, 'already-applied'),
        kind: 'code-redeemed',
        state: 'already-applied',
        severity: 'warning',
        title: `${shown} was already applied: TikTok will likely refuse it again`,
        explanation:
          `Your notes record ${shown} as applied on ${where}. A coupon can be redeemed once per TikTok For Business account unless its terms say otherwise, ` +
          'so entering it again will most likely be rejected as already used.',
        facts,
        nextStep: { label: 'Check its terms before entering it again' },
        subject: { type: 'code', id: applied.id },
      },
    ];
  }
  return [];
};
