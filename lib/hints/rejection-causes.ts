/**
 * Why a code was likely rejected (issue 3, item 4). The page's error message is classified in every
 * lexicon language, then each cause is scored with what else is known: the code's dates in the notes,
 * an active promotion, a Business Center owned account, how the code was typed. Scores are relative
 * likelihoods for ordering a checklist, never a verdict: the UI says "likely causes".
 */
import { matchConcepts, type Concept, type LanguageCode } from '../lexicon';
import type { RejectionCause } from '../notes/schema';
import type { ActivePromotion } from './active-promotions';
import { usableTimeZone } from '../credit/calendar';
import { codeTiming } from '../credit/code-window';
import type { SavedCodeMatch } from './codes';
import { cleanText, currenciesDiffer, formatterFor, type Formatter } from './format';
import { MANUAL_ENTRY_MARKETS } from './market';
import type { RankedCause } from './types';

export const MESSAGE_CONCEPTS = ['msgExpired', 'msgAlreadyUsed', 'msgNotEligible', 'msgPromotionActive', 'msgInvalidCode', 'msgGenericError'] as const;
type MessageConcept = (typeof MESSAGE_CONCEPTS)[number];

const CAUSE_OF: Record<MessageConcept, RejectionCause> = {
  msgExpired: 'expired',
  msgAlreadyUsed: 'already-used',
  msgNotEligible: 'not-eligible',
  msgPromotionActive: 'promotion-active',
  msgInvalidCode: 'invalid',
  msgGenericError: 'unknown',
};

/** Ties are broken in this order: mistyping is the most common reason a good code fails. */
export const CAUSE_ORDER: readonly RejectionCause[] = ['invalid', 'expired', 'already-used', 'promotion-active', 'not-eligible', 'unknown'];

export const CAUSE_TEXT: Record<RejectionCause, { title: string; check: string }> = {
  invalid: {
    title: 'The code is mistyped or not a valid code',
    check: 'Compare it character by character with the code you received: no spaces, and O/0, I/1/l, S/5, B/8 are different characters.',
  },
  expired: {
    title: 'The code has expired',
    check: 'Check the expiry date where you got the code, and that it was activated within 14 days of receiving it.',
  },
  'already-used': {
    title: 'The code was already used',
    check: 'Look for it under Finance > Promotions and in Transactions (filter: Promotions). A code usually works once per account.',
  },
  'promotion-active': {
    title: 'Another promotion is active on this account',
    check: 'Check Finance > Promotions, Earning tab: an account holds one active promotion at a time. Try again once it ends or its credit arrives.',
  },
  'not-eligible': {
    title: 'This account is not eligible for the offer',
    check:
      "Check the offer's terms: new advertisers only, once per advertiser, some countries and currencies, and accounts owned by a Business Center or created by an agency may be excluded.",
  },
  unknown: {
    title: 'Something else',
    check: 'Contact Ads Manager support with the code, the account id and the message: "Copy support message" puts them together.',
  },
};

export interface MessageCause {
  cause: RejectionCause;
  concept: Concept;
  lang: LanguageCode;
  phrase: string;
  exact: boolean;
}

/** The causes the message itself names, in the lexicon's order of confidence (exact, then longer phrases). */
export function classifyRejection(text: string): MessageCause[] {
  if (typeof text !== 'string' || !text.trim()) return [];
  const seen = new Set<RejectionCause>();
  const causes: MessageCause[] = [];
  for (const match of matchConcepts(text.slice(0, 2000), MESSAGE_CONCEPTS)) {
    const cause = CAUSE_OF[match.concept as MessageConcept];
    if (!cause || seen.has(cause)) continue;
    seen.add(cause);
    causes.push({ cause, concept: match.concept, lang: match.lang, phrase: match.phrase, exact: match.exact });
  }
  // A specific cause explains the failure better than "failed" / "error" beside it.
  const specific = causes.filter((c) => c.cause !== 'unknown');
  return specific.length > 0 ? [...specific, ...causes.filter((c) => c.cause === 'unknown')] : causes;
}

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
  formatter?: Formatter;
  /** Whether the account is likely in a market with manual code entry (lib/hints/market.ts). */
  manualEntry?: 'inside' | 'outside' | 'unknown';
  /** The notes record this very code as applied before, on this TikTok For Business account. */
  redeemed?: { accountId: string; appliedOn: string | null } | null;
}

const PRIOR = 0.1;
const PRIOR_UNKNOWN = 0.05;

/** Every cause, most likely first, `unknown` always last. */
export function rankCauses(messageText: string, context: RejectionContext): RankedCause[] {
  const f = context.formatter ?? formatterFor(null);
  const score = new Map<RejectionCause, number>(CAUSE_ORDER.map((c) => [c, c === 'unknown' ? PRIOR_UNKNOWN : PRIOR]));
  const because = new Map<RejectionCause, string[]>(CAUSE_ORDER.map((c) => [c, []]));
  const add = (cause: RejectionCause, weight: number, reason: string) => {
    score.set(cause, score.get(cause)! + weight);
    because.get(cause)!.push(reason);
  };

  classifyRejection(messageText).forEach((m, i) => {
    // Generic "failed" / "error" says a code failed, not why; "invalid" is what many pages say for any
    // failure, so facts from the notes can outrank it.
    const named = (i === 0 ? 0.6 : 0.45) + (m.exact ? 0.05 : 0) - (m.cause === 'invalid' ? 0.15 : 0);
    add(m.cause, m.cause === 'unknown' ? 0.2 : named, `The message says "${m.phrase}" (${m.lang})`);
  });

  const saved = context.saved;
  if (saved) {
    const code = saved.code;
    const timing = codeTiming(code, context.now, usableTimeZone(context.timeZone));
    if (timing.expired && timing.clock.expiresOn) add('expired', 0.5, `Your notes: the code expired on ${f.day(timing.clock.expiresOn)}`);
    else if (timing.windowPassed && timing.clock.activateBy) {
      add('expired', 0.35, `Your notes: it had to be activated by ${f.day(timing.clock.activateBy)} (within 14 days of receiving it)`);
    }
    if (code.status === 'applied') add('already-used', 0.5, 'Your notes: this code was already applied');
    if (code.status === 'rejected' && code.rejectedCause && code.rejectedCause !== 'unknown') {
      add(code.rejectedCause, 0.15, `It was rejected before, likely as ${code.rejectedCause.replace('-', ' ')}`);
    }
    if (context.accountId && code.accountId !== context.accountId) add('not-eligible', 0.2, `Your notes tie the code to another ad account (${code.accountId})`);
    if (currenciesDiffer(code.currency, context.pageCurrency)) {
      add('not-eligible', 0.15, `The code is in ${code.currency}, this account in ${context.pageCurrency}: offers are limited to some currencies`);
    }
    if (saved.match === 'look-alike') add('invalid', 0.35, `What was typed differs from your saved code ${cleanText(code.code, 64)} by look-alike characters`);
  }

  const typed = context.typedCode;
  if (typeof typed === 'string' && typed.trim()) {
    if (/\s/.test(typed.trim()) || typed !== typed.trim() || /[\u200B-\u200F\u2060-\u2069\uFEFF]/.test(typed)) {
      add('invalid', 0.3, 'What was typed contains spaces or invisible characters');
    }
    if (saved?.match === 'exact') score.set('invalid', Math.max(0, score.get('invalid')! - 0.05));
  }

  const active = context.promotions.filter((p) => p.strength === 'active');
  for (const p of active.slice(0, 2)) {
    add('promotion-active', p.source === 'page' ? 0.4 : 0.3, `${p.source === 'page' ? 'The Promotions page shows' : 'Your notes track'} "${p.name}" as ${p.state ? p.state.replace('-', ' ') : 'earning'}`);
  }
  const holding = context.promotions.filter((p) => p.strength === 'holding-credit');
  if (active.length === 0 && holding.length > 0) add('promotion-active', 0.1, `Credit from "${holding[0]!.name}" is not used up yet`);

  if (context.manualEntry === 'outside') {
    add('not-eligible', 0.25, `Manual code entry is for self-service accounts in ${MANUAL_ENTRY_MARKETS}; this account bills in ${context.pageCurrency ?? 'another currency'}`);
  }
  const redeemed = context.redeemed;
  if (redeemed) {
    const on = redeemed.appliedOn ? ` on ${f.day(redeemed.appliedOn.slice(0, 10))}` : '';
    const where = redeemed.accountId === context.accountId ? 'this ad account' : `ad account ${redeemed.accountId}`;
    add('already-used', 0.6, `Your notes: this code was applied${on} on ${where}; a coupon is redeemed once per TikTok For Business account`);
  }

  if (context.businessCenter) {
    add('not-eligible', 0.15, context.businessCenter === 'notes' ? 'Your notes say a Business Center owns this account; some offers exclude such accounts' : 'This account is managed in a Business Center; some offers exclude accounts a Business Center owns');
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

export interface SupportMessageInput {
  code: string | null;
  accountId: string | null;
  errorText: string;
  now: Date;
  /** What the user (or Credit Lens) already checked, one line each. */
  checked: readonly string[];
  timeZone?: string | null;
}

/** The text "Copy support message" puts on the clipboard: everything support asks for, in one place. */
export function supportMessage({ code, accountId, errorText, now, checked, timeZone }: SupportMessageInput): string {
  const f = formatterFor(timeZone);
  const valid = Number.isFinite(now.getTime());
  const lines = [
    'Hello TikTok Ads support,',
    '',
    'I tried to redeem a promo code in Ads Manager (Finance > Payment > Redeem coupon) and it was not accepted.',
    '',
    `Code: ${cleanText(code, 64) || '(not recorded)'}`,
    `Ad account ID: ${cleanText(accountId, 40) || '(not recorded)'}`,
    `Error shown: "${cleanText(errorText, 500) || '(no message text)'}"`,
    `Time: ${valid ? `${now.toISOString()} (${f.dateTime(now)})` : '(unknown)'}`,
  ];
  const done = checked.map((line) => cleanText(line, 300)).filter(Boolean);
  if (done.length > 0) lines.push('', 'What I already checked:', ...done.map((line) => `- ${line}`));
  lines.push('', 'Could you tell me why the code was rejected and whether it can be applied to this account?', '', 'Thank you.');
  return lines.join('\n');
}
