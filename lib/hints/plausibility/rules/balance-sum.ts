import { formatUnits, onOneScale } from '../decimal';
import { doubt, type PlausibilityRule } from '../types';

/**
 * An account balance is cash plus ad credit (DOMAIN.md: `cash_balance` + `grant_balance`). When all
 * three were read and they disagree by more than one minor unit (a rounding on the page), one of
 * them was likely read from the wrong place.
 */
export const balanceSum: PlausibilityRule = ({ reading }) => {
  const { accountBalance, cashBalance, creditBalance } = reading;
  const values = onOneScale([accountBalance, cashBalance, creditBalance]);
  if (!values) return [];
  const [account, cash, credit] = values.units as [bigint, bigint, bigint];
  const gap = account - (cash + credit);
  if (gap >= -1n && gap <= 1n) return [];
  return [
    doubt('balance-sum', {
      accountBalance: accountBalance!,
      cashBalance: cashBalance!,
      creditBalance: creditBalance!,
      sum: formatUnits(cash + credit, values.scale),
      gap: formatUnits(gap, values.scale),
      currency: reading.currency,
    }),
  ];
};
