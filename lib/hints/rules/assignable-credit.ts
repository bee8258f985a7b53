/**
 * Assignable credit that nothing has been spent from: it is spent only once assigned to at least one
 * campaign (DOMAIN.md, Coupons), so left alone it expires unused. Where to assign it (its row, "View/
 * Assign") and when it expires. Nothing used is how the page shows a credit never assigned; one that
 * is assigned but not yet spent looks the same, so the card says "likely".
 */
import type { Promotion } from '../../reader/reading';
import { daysUntil, endOfDay, usableTimeZone } from '../../credit/calendar';
import { msg } from '../../i18n/message';
import { toAmount } from '../format';
import { day, money } from '../params';
import { hintId } from '../hint-id';
import type { HintFact, HintRule } from '../types';

/** Nothing spent from it: no used amount shown, or zero. */
function untouched(promotion: Promotion): boolean {
  return promotion.usedAmount === null || toAmount(promotion.usedAmount) === 0;
}

export const assignableCreditHints: HintRule = (input) => {
  const page = input.reading;
  if (!page) return [];
  const zone = usableTimeZone(input.timeZone);
  const waiting = page.promotions
    .filter((promotion) => promotion.creditType === 'assignable' && promotion.status !== 'earning' && promotion.status !== 'not-available')
    .filter((promotion) => (toAmount(promotion.amount) ?? 0) > 0 && untouched(promotion))
    .filter((promotion) => {
      const ends = endOfDay(promotion.validUntil, zone);
      return !ends || ends.getTime() > input.now.getTime();
    })
    // The one that expires first is the one to assign first.
    .sort((a, b) => (endOfDay(a.validUntil, zone)?.getTime() ?? Infinity) - (endOfDay(b.validUntil, zone)?.getTime() ?? Infinity));
  const first = waiting[0];
  if (!first) return [];

  const amount = money(first.amount, first.currency ?? page.currency);
  const ends = endOfDay(first.validUntil, zone);
  const days = ends ? daysUntil(ends, input.now, zone) : null;
  const where = { msg: msg('factValue.assignWhere') };
  const facts: HintFact[] = [
    { label: msg('fact.credit'), value: first.name },
    { label: msg('fact.notAssigned'), value: amount },
    ...(first.validUntil
      ? [{ label: msg('fact.expires'), value: days !== null ? { msg: msg('factValue.dayInDays', { date: day(first.validUntil), count: days }) } : day(first.validUntil) }]
      : []),
    { label: msg('fact.where'), value: where },
  ];
  if (waiting.length > 1) facts.push({ label: msg('fact.alsoNotAssigned'), value: { list: waiting.slice(1, 4).map((promotion) => promotion.name) } });
  const onPromotionsPage = page.pageKind === 'promotions' && first.selector;
  return [
    {
      id: hintId('assignable-credit', null, 'not-assigned'),
      kind: 'assignable-credit',
      state: 'not-assigned',
      severity: 'warning',
      title: msg('hint.assignableCredit.title', { amount }),
      mark: msg('hint.assignableCredit.mark', { amount }),
      explanation: [
        first.validUntil
          ? msg('hint.assignableCredit.textExpires', { name: first.name, date: day(first.validUntil) })
          : msg('hint.assignableCredit.text', { name: first.name }),
      ],
      facts,
      nextStep: onPromotionsPage
        ? { label: msg('hint.assignableCredit.showRowStep'), action: { type: 'show-on-page', selector: first.selector! } }
        : { label: msg('factValue.assignWhere') },
    },
  ];
};
