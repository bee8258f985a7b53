/** The spend-before-activation card's details: what did not count and why, and where to activate a code. */
import type { Code } from '../../notes/schema';
import type { CreditStatus } from '../../credit/credit-state';
import { msg } from '../../i18n/message';
import { cleanText } from '../format';
import { day, money, time } from '../params';
import { enterCodeStep } from '../enter-code-step';
import type { DetailsOf } from '../types';

/** An offer that was spent on before its activation, or a code waiting while campaigns spend. */
export type SpendBeforeActivation = { status: CreditStatus; upcoming: boolean } | { code: Code; activateBy: string | null };

export const spendBeforeActivationDetails: DetailsOf<SpendBeforeActivation> = (context, input) => {
  if ('status' in context) {
    const { status, upcoming } = context;
    const amount = (value: number | null) => money(value, status.currency);
    return {
      explanation: [
        msg('hint.spendBeforeActivation.text', { spent: amount(status.spendBeforeActivation), time: time(status.activatedAt!), threshold: amount(status.threshold) }),
      ],
      facts: [
        { label: msg('fact.spendBeforeActivation'), value: amount(status.spendBeforeActivation) },
        { label: msg('fact.activated'), value: time(status.activatedAt!) },
        ...(status.spent !== null ? [{ label: msg('fact.countedSpend'), value: amount(status.spent) }] : []),
      ],
      nextStep: upcoming ? { label: msg('hint.spendBeforeActivation.upcomingStep'), action: { type: 'open-popup' } } : null,
    };
  }
  const { code, activateBy } = context;
  return {
    explanation: [msg('hint.spendBeforeActivation.codeText'), ...(activateBy ? [msg('hint.spendBeforeActivation.codeActivateBy', { date: day(activateBy) })] : [])],
    facts: [
      { label: msg('fact.code'), value: cleanText(code.code, 64) },
      { label: msg('fact.received'), value: day(code.receivedOn) },
      ...(activateBy ? [{ label: msg('fact.activateBy'), value: day(activateBy) }] : []),
    ],
    nextStep: enterCodeStep(input, code),
  };
};
