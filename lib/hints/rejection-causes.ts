/**
 * Why a code was likely rejected (issue 3, item 4). What the page's error message names (classified
 * in every lexicon language, ./rejection-message.ts) is scored with what else is known: the code's
 * dates in the notes, an active promotion, a Business Center owned account, how the code was typed.
 * Scores are relative likelihoods for ordering a checklist, never a verdict: the UI says "likely causes".
 */
import type { RejectionCause } from '../notes/schema';
import type { ActivePromotion } from './active-promotions';
import { usableTimeZone } from '../credit/calendar';
import { codeTiming } from '../credit/code-window';
import { UNSEEN, type SavedCodeMatch } from './codes';
import { msg, type Msg } from '../i18n/message';
import { cleanText, currenciesDiffer } from './format';
import { MANUAL_ENTRY_MARKETS } from './market';
import { day } from './params';
import type { MessageCause } from './rejection-message';
import { causeShortMsg, offerStateMsg } from './state-words';
import type { RankedCause } from './types';

/** Ties are broken in this order: mistyping is the most common reason a good code fails. */
export const CAUSE_ORDER: readonly RejectionCause[] = ['invalid', 'expired', 'already-used', 'promotion-active', 'not-eligible', 'unknown'];

export const CAUSE_TEXT: Record<RejectionCause, { title: Msg; check: Msg }> = {
  invalid: { title: msg('cause.invalid.title'), check: msg('cause.invalid.check') },
  expired: { title: msg('cause.expired.title'), check: msg('cause.expired.check') },
  'already-used': { title: msg('cause.alreadyUsed.title'), check: msg('cause.alreadyUsed.check') },
  'promotion-active': { title: msg('cause.promotionActive.title'), check: msg('cause.promotionActive.check') },
  'not-eligible': { title: msg('cause.notEligible.title'), check: msg('cause.notEligible.check') },
  unknown: { title: msg('cause.unknown.title'), check: msg('cause.unknown.check') },
};

export interface RejectionContext {
  now: Date;
  /** Date-only deadlines end at midnight here; UTC without one. */
  timeZone?: string | null;
  /** The saved code the typed code matches, if any. */
  saved: SavedCodeMatch | null;
  typedCode: string | null;
  promotions: readonly ActivePromotion[];
  /** Owned by a Business Center: from the notes, or the page being a Business Center page of an organisation. */
  businessCenter: 'notes' | 'page' | null;
  /** The page's ad account and currency. */
  accountId: string | null;
  pageCurrency: string | null;
  /** Whether the account is likely in a market with manual code entry (lib/hints/market.ts). */
  manualEntry?: 'inside' | 'outside' | 'unknown';
  /** The notes record this very code as applied before, on this TikTok For Business account. */
  redeemed?: { accountId: string; appliedOn: string | null } | null;
}

const PRIOR = 0.1;
const PRIOR_UNKNOWN = 0.05;

/**
 * Every cause, most likely first, `unknown` always last. `named`: the causes the message names
 * (`classifyRejection` in ./rejection-message.ts), worked out where the lexicon is installed.
 */
export function rankCauses(named: readonly MessageCause[], context: RejectionContext): RankedCause[] {
  const score = new Map<RejectionCause, number>(CAUSE_ORDER.map((c) => [c, c === 'unknown' ? PRIOR_UNKNOWN : PRIOR]));
  const because = new Map<RejectionCause, Msg[]>(CAUSE_ORDER.map((c) => [c, []]));
  const add = (cause: RejectionCause, weight: number, reason: Msg) => {
    score.set(cause, score.get(cause)! + weight);
    because.get(cause)!.push(reason);
  };

  named.forEach((m, i) => {
    // Generic "failed" / "error" says a code failed, not why; "invalid" is what many pages say for any
    // failure, so facts from the notes can outrank it.
    const named = (i === 0 ? 0.6 : 0.45) + (m.exact ? 0.05 : 0) - (m.cause === 'invalid' ? 0.15 : 0);
    add(m.cause, m.cause === 'unknown' ? 0.2 : named, msg('cause.because.messageSays', { phrase: m.phrase, language: { language: m.lang } }));
  });

  const saved = context.saved;
  if (saved) {
    const code = saved.code;
    const timing = codeTiming(code, context.now, usableTimeZone(context.timeZone));
    if (timing.expired && timing.clock.expiresOn) add('expired', 0.5, msg('cause.because.notesExpired', { date: day(timing.clock.expiresOn) }));
    else if (timing.windowPassed && timing.clock.activateBy) {
      add('expired', 0.35, msg('cause.because.notesWindowPassed', { date: day(timing.clock.activateBy) }));
    }
    if (code.status === 'applied') add('already-used', 0.5, msg('cause.because.notesApplied'));
    if (code.status === 'rejected' && code.rejectedCause && code.rejectedCause !== 'unknown') {
      add(code.rejectedCause, 0.15, msg('cause.because.rejectedBefore', { cause: { msg: causeShortMsg(code.rejectedCause) } }));
    }
    if (context.accountId && code.accountId !== context.accountId) add('not-eligible', 0.2, msg('cause.because.otherAccount', { account: code.accountId }));
    if (currenciesDiffer(code.currency, context.pageCurrency)) {
      add('not-eligible', 0.15, msg('cause.because.currency', { codeCurrency: String(code.currency), pageCurrency: String(context.pageCurrency) }));
    }
    if (saved.match === 'look-alike') add('invalid', 0.35, msg('cause.because.lookAlike', { saved: cleanText(code.code, 64) }));
  }

  const typed = context.typedCode;
  if (typeof typed === 'string' && typed.trim()) {
    if (/\s/.test(typed.trim()) || typed !== typed.trim() || typed.search(UNSEEN) >= 0) {
      add('invalid', 0.3, msg('cause.because.spaces'));
    }
    if (saved?.match === 'exact') score.set('invalid', Math.max(0, score.get('invalid')! - 0.05));
  }

  const active = context.promotions.filter((p) => p.strength === 'active');
  for (const p of active.slice(0, 2)) {
    const state = { msg: offerStateMsg(p.state ?? 'earning') };
    add('promotion-active', p.source === 'page' ? 0.4 : 0.3, msg(p.source === 'page' ? 'cause.because.pageShows' : 'cause.because.notesTrack', { name: p.name, state }));
  }
  const holding = context.promotions.filter((p) => p.strength === 'holding-credit');
  if (active.length === 0 && holding.length > 0) add('promotion-active', 0.1, msg('cause.because.holding', { name: holding[0]!.name }));

  if (context.manualEntry === 'outside') {
    add('not-eligible', 0.25, context.pageCurrency ? msg('cause.because.outsideMarket', { markets: MANUAL_ENTRY_MARKETS, currency: context.pageCurrency }) : msg('cause.because.outsideMarketNoCurrency', { markets: MANUAL_ENTRY_MARKETS }));
  }
  const redeemed = context.redeemed;
  if (redeemed) {
    const here = redeemed.accountId === context.accountId;
    const on = redeemed.appliedOn ? day(redeemed.appliedOn.slice(0, 10)) : null;
    add(
      'already-used',
      0.6,
      on
        ? here ? msg('cause.because.redeemedHere', { date: on }) : msg('cause.because.redeemedElsewhere', { date: on, account: redeemed.accountId })
        : here ? msg('cause.because.redeemedHereNoDate') : msg('cause.because.redeemedElsewhereNoDate', { account: redeemed.accountId }),
    );
  }

  if (context.businessCenter) {
    add('not-eligible', 0.15, msg(context.businessCenter === 'notes' ? 'cause.because.bcNotes' : 'cause.because.bcPage'));
  }

  const ranked = CAUSE_ORDER.map((cause) => ({
    cause,
    score: Math.round(Math.min(1, Math.max(0, score.get(cause)!)) * 100) / 100,
    title: CAUSE_TEXT[cause].title,
    because: because.get(cause)!,
    check: CAUSE_TEXT[cause].check,
  }));
  const known = ranked.filter((r) => r.cause !== 'unknown');
  // Array.prototype.sort is stable, so equal scores keep CAUSE_ORDER. A code the notes saw applied
  // comes first whatever the message says: a page's "invalid" is often how a reused code is refused.
  known.sort((a, b) => (redeemed ? Number(b.cause === 'already-used') - Number(a.cause === 'already-used') : 0) || b.score - a.score);
  return [...known, ranked.find((r) => r.cause === 'unknown')!];
}
