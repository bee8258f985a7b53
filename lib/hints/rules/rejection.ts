/**
 * An error message beside the promo code entry: the likely causes, ranked, with what to check for
 * each and a ready support message (issue 3, item 4).
 */
import type { PageMessage } from '../../reader/reading';
import { activePromotions } from '../active-promotions';
import { usableTimeZone } from '../../credit/calendar';
import { codeTiming } from '../../credit/code-window';
import { findSavedCode, type SavedCodeMatch } from '../codes';
import { cleanText, formatterFor, type Formatter } from '../format';
import { hintId } from '../hint-id';
import { rankCauses, supportMessage } from '../rejection-causes';
import { manualEntryMarket } from '../market';
import { redeemedBefore } from '../redeemed-codes';
import { accountNotes } from '../scope';
import type { Code } from '../../notes/schema';
import type { Hint, HintInput, HintRule } from '../types';

/** A page rarely shows more than one; more are the same failure retold. */
const MAX_MESSAGES = 3;

function nearCouponEntry(message: PageMessage): boolean {
  return message.kind === 'error' && (message.nearCouponEntry || message.source === 'coupon-entry' || message.source === 'invalid-field');
}

export const rejectionHints: HintRule = (input) => {
  const page = input.reading;
  if (!page) return [];
  const texts = [...new Set(page.messages.filter(nearCouponEntry).map((m) => cleanText(m.text, 500)).filter(Boolean))].slice(0, MAX_MESSAGES);
  if (texts.length === 0) return [];

  const f = formatterFor(input.timeZone);
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
    formatter: f,
    manualEntry: manualEntryMarket(input, page.accountId).fit,
    redeemed: redeemedIn(redeemedBefore(typed ?? saved?.code.code, input.notes.codes)),
  };
  const shownCode = typed ? cleanText(typed, 64) : saved ? cleanText(saved.code.code, 64) : null;

  const hints = new Map<string, Hint>();
  for (const text of texts) {
    const causes = rankCauses(text, context);
    const top = causes[0]!.cause;
    const id = hintId('rejection', saved?.code.id ?? null, top);
    if (hints.has(id)) continue;
    const message = supportMessage({ code: shownCode, accountId: page.accountId, errorText: text, now: input.now, checked: checkedSoFar(input, saved, f), timeZone: input.timeZone });
    hints.set(id, {
      id,
      kind: 'rejection',
      state: top,
      severity: 'warning',
      title: 'Code not accepted: likely causes',
      explanation: `Credit Lens cannot know for sure why the code was not accepted. These are the likely causes, most likely first, judged from the message${saved ? ', your notes' : ''} and what the page shows: check each one.`,
      facts: [
        { label: 'Message', value: text },
        ...(shownCode ? [{ label: 'Code', value: shownCode }] : []),
        ...(page.accountId ? [{ label: 'Ad account', value: page.accountId }] : []),
      ],
      nextStep: { label: 'Copy support message', action: { type: 'copy-text', text: message, label: 'Copy support message' } },
      causes,
      ...(saved ? { subject: { type: 'code' as const, id: saved.code.id } } : {}),
    });
  }
  return [...hints.values()];
};

/** What Credit Lens could confirm, for the support message: only things it actually saw. */
function checkedSoFar(input: HintInput, saved: SavedCodeMatch | null, f: Formatter): string[] {
  const checked: string[] = [];
  const typed = input.typedCode;
  if (typeof typed === 'string' && typed.trim() && typed === typed.trim() && !/\s/.test(typed)) checked.push('The code was typed without spaces');
  if (saved?.match === 'exact') {
    const { code } = saved;
    checked.push(`It matches the code I received on ${f.day(code.receivedOn)}${code.source ? ` (${cleanText(code.source, 80)})` : ''}`);
    const timing = codeTiming(code, input.now, usableTimeZone(input.timeZone));
    if (code.status === 'unused' && !timing.windowPassed && timing.clock.activateBy) checked.push(`It is within the 14-day activation window (activate by ${f.day(timing.clock.activateBy)})`);
    if (!timing.expired && timing.clock.expiresOn) checked.push(`It has not reached its expiry date (${f.day(timing.clock.expiresOn)})`);
  }
  if (input.reading?.pageKind === 'promotions' && !input.reading.promotions.some((p) => p.status === 'earning')) {
    checked.push('No promotion shows as earning on the Promotions page');
  }
  return checked;
}

function redeemedIn(code: Code | null): { accountId: string; appliedOn: string | null } | null {
  return code ? { accountId: code.accountId, appliedOn: code.appliedOn } : null;
}
