/** The assignable-credit card's details: the credit, when it expires, where to assign it, and the others waiting. */
import type { Promotion } from '../../reader/reading';
import { daysUntil, endOfDay, usableTimeZone } from '../../credit/calendar';
import { msg } from '../../i18n/message';
import { day, money } from '../params';
import type { DetailsOf, HintFact } from '../types';

export interface AssignableCredit {
  /** The credits not assigned, the one that expires first first. */
  waiting: Promotion[];
  /** Its row's selector on the Promotions page, to show it; null elsewhere. */
  selector: string | null;
}

export const assignableCreditDetails: DetailsOf<AssignableCredit> = ({ waiting, selector }, input) => {
  const first = waiting[0]!;
  const zone = usableTimeZone(input.timeZone);
  const amount = money(first.amount, first.currency ?? input.reading?.currency ?? null);
  const ends = endOfDay(first.validUntil, zone);
  const days = ends ? daysUntil(ends, input.now, zone) : null;
  const facts: HintFact[] = [
    { label: msg('fact.credit'), value: first.name },
    { label: msg('fact.notAssigned'), value: amount },
    ...(first.validUntil
      ? [{ label: msg('fact.expires'), value: days !== null ? { msg: msg('factValue.dayInDays', { date: day(first.validUntil), count: days }) } : day(first.validUntil) }]
      : []),
    { label: msg('fact.where'), value: { msg: msg('factValue.assignWhere') } },
  ];
  if (waiting.length > 1) facts.push({ label: msg('fact.alsoNotAssigned'), value: { list: waiting.slice(1, 4).map((promotion) => promotion.name) } });
  return {
    explanation: [
      first.validUntil ? msg('hint.assignableCredit.textExpires', { name: first.name, date: day(first.validUntil) }) : msg('hint.assignableCredit.text', { name: first.name }),
    ],
    facts,
    nextStep: selector ? { label: msg('hint.assignableCredit.showRowStep'), action: { type: 'show-on-page', selector } } : { label: msg('factValue.assignWhere') },
  };
};
