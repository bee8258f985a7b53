/**
 * A code the notes record as already applied on this TikTok For Business account (on this ad account
 * or another), being typed again or saved again to activate: TikTok most likely refuses it, since a
 * coupon is redeemed once per TikTok For Business account unless its terms say otherwise.
 */
import { msg } from '../../i18n/message';
import { cleanText } from '../format';
import { hintId } from '../hint-id';
import { redeemedBefore } from '../redeemed-codes';
import { codesToActivate } from '../saved-codes';
import { withDetails } from '../summary';

export const codeRedeemedHints = withDetails('code-redeemed', (input) => {
  const typed = typeof input.typedCode === 'string' && input.typedCode.trim() ? input.typedCode : null;
  // What the user is typing, else a saved code still waiting to be activated that was applied before.
  const candidates = typed ? [{ code: typed, savedId: null }] : codesToActivate(input).map((code) => ({ code: code.code, savedId: code.id }));
  for (const candidate of candidates) {
    const applied = redeemedBefore(candidate.code, input.notes.codes);
    if (!applied || applied.id === candidate.savedId) continue;
    return [
      [
        {
          id: hintId('code-redeemed', applied.id, 'already-applied'),
          kind: 'code-redeemed',
          state: 'already-applied',
          severity: 'warning',
          title: msg('hint.codeRedeemed.title', { code: cleanText(applied.code, 64) }),
          subject: { type: 'code', id: applied.id },
        },
        applied,
      ],
    ];
  }
  return [];
});
