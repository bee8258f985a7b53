/** The code-redeemed card's details: when and on which ad account the notes saw the code applied. */
import type { Code } from '../../notes/schema';
import { msg } from '../../i18n/message';
import { cleanText } from '../format';
import { day } from '../params';
import type { DetailsOf } from '../types';

/** The saved code the notes record as applied. */
export const codeRedeemedDetails: DetailsOf<Code> = (applied, input) => {
  const shown = cleanText(applied.code, 64);
  const here = applied.accountId === (input.reading?.accountId ?? null);
  const where = here ? { msg: msg('factValue.thisAdAccount') } : { msg: msg('factValue.adAccountId', { account: applied.accountId }) };
  const when = applied.appliedOn ? day(applied.appliedOn.slice(0, 10)) : { msg: msg('factValue.dateNotNoted') };
  return {
    explanation: [here ? msg('hint.codeRedeemed.textHere', { code: shown }) : msg('hint.codeRedeemed.textElsewhere', { code: shown, account: applied.accountId })],
    facts: [
      { label: msg('fact.code'), value: shown },
      { label: msg('fact.appliedOn'), value: { msg: msg('factValue.appliedWhere', { date: when, where }) } },
    ],
    nextStep: { label: msg('hint.codeRedeemed.step') },
  };
};
