/**
 * Spend before activation does not count toward a threshold (DOMAIN.md). Warns when campaigns spent
 * before a tracked offer's activation, and when they are spending while a saved code waits unused.
 */
import type { Code, Offer } from '../../notes/schema';
import { parseDay, usableTimeZone } from '../../credit/calendar';
import { codeTiming } from '../../credit/code-window';
import { creditStatusOf } from '../../credit/credit-state';
import { msg, type Param } from '../../i18n/message';
import { cleanText, parseInstant, toAmount } from '../format';
import { hintId } from '../hint-id';
import { inScope } from '../scope';
import { withDetails } from '../summary';
import type { SpendBeforeActivation } from '../details/spend-before-activation';
import type { HintInput, HintSummary } from '../types';

type Card = [HintSummary, SpendBeforeActivation];

export const spendBeforeActivationHints = withDetails('spend-before-activation', (input) =>
  [...input.notes.offers.map((offer) => offerHint(input, offer)), ...input.notes.codes.map((code) => codeHint(input, code))].filter((card) => card !== null),
);

function offerHint(input: HintInput, offer: Offer): Card | null {
  if (offer.status !== 'tracking' || !inScope(input, offer.accountId)) return null;
  const status = creditStatusOf(offer, input.observations, input.reading, input.now, usableTimeZone(input.timeZone));
  // Once the threshold is crossed the early spend no longer matters to the user.
  if (status.state !== 'not-started' && status.state !== 'earning') return null;
  if (!status.activatedAt || status.spendBeforeActivation === null || status.spendBeforeActivation <= 0) return null;
  const name: Param = cleanText(offer.name, 80) || { msg: msg('hint.offerFallback') };
  const upcoming = status.activatedAt.getTime() > input.now.getTime();
  const state = upcoming ? 'offer-not-active-yet' : 'offer-spend-not-counted';
  return [
    {
      id: hintId('spend-before-activation', offer.id, state),
      kind: 'spend-before-activation',
      state,
      severity: 'warning',
      title: msg(upcoming ? 'hint.spendBeforeActivation.upcomingTitle' : 'hint.spendBeforeActivation.notCountedTitle', { name }),
      subject: { type: 'offer', id: offer.id },
    },
    { status, upcoming },
  ];
}

interface Seen {
  at: Date;
  spend: number;
}

/** Spend so far of the account since `from`, oldest first, the page open now last. */
function spendSince(input: HintInput, accountId: string, from: Date): Seen[] {
  const seen: Seen[] = [];
  for (const observation of input.observations) {
    const at = parseInstant(observation.at);
    const spend = toAmount(observation.spendSoFar);
    if (observation.accountId !== accountId || !at || spend === null) continue;
    if (at.getTime() >= from.getTime() && at.getTime() <= input.now.getTime()) seen.push({ at, spend });
  }
  seen.sort((a, b) => a.at.getTime() - b.at.getTime());
  const page = input.reading;
  const pageSpend = page && page.accountId === accountId ? toAmount(page.spendSoFar) : null;
  if (pageSpend !== null) seen.push({ at: input.now, spend: pageSpend });
  return seen;
}

function codeHint(input: HintInput, code: Code): Card | null {
  if (code.status !== 'unused' || !inScope(input, code.accountId)) return null;
  const timing = codeTiming(code, input.now, usableTimeZone(input.timeZone));
  if (timing.expired || timing.windowPassed) return null; // code-deadline speaks about those
  const received = parseDay(code.receivedOn);
  if (!received) return null;
  const seen = spendSince(input, code.accountId, received);
  // Spending means spend so far went up between two sightings (a drop is a new billing period).
  const spending = seen.some((point, i) => i > 0 && point.spend > seen[i - 1]!.spend);
  if (!spending) return null;
  return [
    {
      id: hintId('spend-before-activation', code.id, 'code-not-activated'),
      kind: 'spend-before-activation',
      state: 'code-not-activated',
      severity: 'warning',
      title: msg('hint.spendBeforeActivation.codeTitle', { code: cleanText(code.code, 64) }),
      subject: { type: 'code', id: code.id },
    },
    { code, activateBy: timing.clock.activateBy },
  ];
}
