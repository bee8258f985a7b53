/**
 * The `rejection` hint's cards (./rules/rejection.ts): for each error the page shows about a code
 * (./rejection-message.ts), the likely causes ranked, with what to check for each and a ready support
 * message. Lexicon-free, so the Billing module can load it with `parts.js` (./on-demand.ts).
 */
import { activePromotions } from './active-promotions';
import { usableTimeZone } from '../credit/calendar';
import { codeTiming } from '../credit/code-window';
import { findSavedCode, type SavedCodeMatch } from './codes';
import { msg, type Msg } from '../i18n/message';
import { cleanText } from './format';
import { day } from './params';
import { hintId } from './hint-id';
import { rankCauses } from './rejection-causes';
import type { RejectedMessage } from './rejection-message';
import { manualEntryMarket } from './market';
import { redeemedBefore } from './redeemed-codes';
import { accountNotes } from './scope';
import type { Code } from '../notes/schema';
import type { Hint, HintInput } from './types';

export function rejectionCards(input: HintInput, messages: readonly RejectedMessage[]): Hint[] {
  const page = input.reading;
  if (!page || messages.length === 0) return [];

  const typed = typeof input.typedCode === 'string' && input.typedCode.trim() ? input.typedCode : null;
  const saved = typed ? findSavedCode(typed, input.notes.codes, page.accountId) : null;
  const owned = accountNotes(input, page.accountId)?.businessCenterOwned === true;
  const context = {
    now: input.now,
    timeZone: input.timeZone,
    saved,
    typedCode: typed,
    promotions: activePromotions(input),
    businessCenter: owned ? ('notes' as const) : page.businessCenterId ? ('page' as const) : null,
    accountId: page.accountId,
    pageCurrency: page.currency,
    manualEntry: manualEntryMarket(input, page.accountId).fit,
    redeemed: redeemedIn(redeemedBefore(typed ?? saved?.code.code, input.notes.codes)),
  };
  const shownCode = typed ? cleanText(typed, 64) : saved ? cleanText(saved.code.code, 64) : null;

  const hints = new Map<string, Hint>();
  for (const { text, named } of messages) {
    const causes = rankCauses(named, context);
    const top = causes[0]!.cause;
    const id = hintId('rejection', saved?.code.id ?? null, top);
    if (hints.has(id)) continue;
    const support = { code: shownCode, accountId: page.accountId, errorText: text, at: input.now.toISOString(), checked: checkedSoFar(input, saved) };
    hints.set(id, {
      id,
      kind: 'rejection',
      state: top,
      severity: 'warning',
      title: msg('hint.rejection.title'),
      explanation: [msg(saved ? 'hint.rejection.textNotes' : 'hint.rejection.text')],
      facts: [
        { label: msg('fact.message'), value: text },
        ...(shownCode ? [{ label: msg('fact.code'), value: shownCode }] : []),
        ...(page.accountId ? [{ label: msg('fact.adAccount'), value: page.accountId }] : []),
      ],
      nextStep: { label: msg('support.copy'), action: { type: 'copy-support', support } },
      causes,
      ...(saved ? { subject: { type: 'code' as const, id: saved.code.id } } : {}),
    });
  }
  return [...hints.values()];
}

/** What Credit Lens could confirm, for the support message: only things it actually saw. */
function checkedSoFar(input: HintInput, saved: SavedCodeMatch | null): Msg[] {
  const checked: Msg[] = [];
  const typed = input.typedCode;
  if (typeof typed === 'string' && typed.trim() && typed === typed.trim() && !/\s/.test(typed)) checked.push(msg('support.checkedNoSpaces'));
  if (saved?.match === 'exact') {
    const { code } = saved;
    const source = cleanText(code.source, 80);
    checked.push(source ? msg('support.checkedMatchesSource', { date: day(code.receivedOn), source }) : msg('support.checkedMatches', { date: day(code.receivedOn) }));
    const timing = codeTiming(code, input.now, usableTimeZone(input.timeZone));
    if (code.status === 'unused' && !timing.windowPassed && timing.clock.activateBy) checked.push(msg('support.checkedWindow', { date: day(timing.clock.activateBy) }));
    if (!timing.expired && timing.clock.expiresOn) checked.push(msg('support.checkedNotExpired', { date: day(timing.clock.expiresOn) }));
  }
  if (input.reading?.pageKind === 'promotions' && !input.reading.promotions.some((p) => p.status === 'earning')) {
    checked.push(msg('support.checkedNoPromotion'));
  }
  return checked;
}

function redeemedIn(code: Code | null): { accountId: string; appliedOn: string | null } | null {
  return code ? { accountId: code.accountId, appliedOn: code.appliedOn } : null;
}
