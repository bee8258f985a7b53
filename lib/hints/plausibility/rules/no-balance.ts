import { isBillingRoute } from '../../../reader/page-kind';
import { doubt, type PlausibilityRule } from '../types';

/** Pages that always show the account's money: a payment page with none read is a silent "not found". */
const SHOWS_BALANCES = new Set(['payment', 'bc-payment']);

/**
 * A payment page on a Billing route where no balance (account, cash, ad credit) and no spend so far
 * was read: the layout likely changed, and "nothing" must not pass for an empty account.
 */
export const noBalance: PlausibilityRule = ({ reading }) => {
  if (!SHOWS_BALANCES.has(reading.pageKind)) return [];
  if (reading.url && !isBillingRoute(reading.url)) return [];
  const { accountBalance, cashBalance, creditBalance, spendSoFar } = reading;
  if ([accountBalance, cashBalance, creditBalance, spendSoFar].some((value) => value !== null)) return [];
  return [doubt('no-balance', { pageKind: reading.pageKind, amountsRead: reading.amounts.length })];
};
