/**
 * Assignable credit that nothing has been spent from: it is spent only once assigned to at least one
 * campaign (DOMAIN.md, Coupons), so left alone it expires unused. Where to assign it (its row, "View/
 * Assign") and when it expires. Nothing used is how the page shows a credit never assigned; one that
 * is assigned but not yet spent looks the same, so the card says "likely".
 */
import type { Promotion } from '../../reader/reading';
import { daysUntil, endOfDay, usableTimeZone } from '../../credit/calendar';
import { formatterFor, plural, toAmount } from '../format';
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

  const f = formatterFor(input.timeZone);
  const amount = f.money(first.amount, first.currency ?? page.currency);
  const ends = endOfDay(first.validUntil, zone);
  const days = ends ? daysUntil(ends, input.now, zone) : null;
  const facts: HintFact[] = [
    { label: 'Credit', value: first.name },
    { label: 'Not assigned', value: amount },
    ...(first.validUntil ? [{ label: 'Expires', value: `${f.day(first.validUntil)}${days !== null ? ` (in ${plural(days, 'day')})` : ''}` }] : []),
    { label: 'Where', value: 'Finance > Promotions, "View/Assign" in its row' },
  ];
  if (waiting.length > 1) facts.push({ label: 'Also not assigned', value: waiting.slice(1, 4).map((promotion) => promotion.name).join(', ') });
  const onPromotionsPage = page.pageKind === 'promotions' && first.selector;
  return [
    {
      id: hintId('assignable-credit', null, 'not-assigned'),
      kind: 'assignable-credit',
      state: 'not-assigned',
      severity: 'warning',
      title: `${amount} of assignable credit is likely not assigned to a campaign`,
      explanation:
        `Assignable credit is only spent once it is assigned to at least one campaign. Nothing of "${first.name}" is used yet, so it is likely not assigned` +
        `${first.validUntil ? ` and will expire unused on ${f.day(first.validUntil)}` : ''}. Open "View/Assign" in its row and choose the campaigns that should use it.`,
      facts,
      nextStep: onPromotionsPage
        ? { label: 'Show me its row, then "View/Assign"', action: { type: 'show-on-page', selector: first.selector! } }
        : { label: 'Finance > Promotions, "View/Assign" in its row' },
    },
  ];
};
