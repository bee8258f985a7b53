import { DAY_MS, parseInstant } from '../../../credit/values';
import { utcDayOf } from '../../../iso-day';
import { formatUnits, onOneScale } from '../decimal';
import { doubt, type PlausibilityRule } from '../types';

/**
 * The previous bill date (UTC midnight, ms), from the next one's: bills on automatic payment come
 * monthly, so a period is taken as one calendar month, ending on the month's last day where it is
 * shorter (31 March's period starts on 28 February, not on "31 February", which Date reads as 3 March).
 */
function periodStart(nextBill: number): number {
  const date = new Date(nextBill);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const lastDayBefore = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Date.UTC(year, month - 1, Math.min(date.getUTCDate(), lastDayBefore));
}

/**
 * Spend so far only grows until a bill resets it. A lower number than the account's previous one,
 * both inside the period that ends on the page's next bill date, likely means another amount was
 * read as the spend. A day of slack on each side keeps time zones and a bill at the threshold on
 * the period's first day from raising a doubt; a previous observation outside that window says
 * nothing (a bill may have come in between).
 */
export const spendWentDown: PlausibilityRule = ({ reading, previous }) => {
  if (!previous || previous.accountId !== reading.accountId || previous.currency !== reading.currency) return [];
  if (!reading.nextBillDate || reading.spendSoFar === null || previous.spendSoFar === null) return [];
  const values = onOneScale([previous.spendSoFar, reading.spendSoFar]);
  const at = parseInstant(previous.at);
  // Read strictly: a bill date that does not exist (2026-02-31) bounds no period.
  const end = utcDayOf(reading.nextBillDate);
  if (!values || !at || end === null) return [];
  const start = periodStart(end);
  const [before, now] = values.units as [bigint, bigint];
  if (now >= before) return [];
  const inPeriod = at.getTime() > start + DAY_MS && at.getTime() < end - DAY_MS;
  if (!inPeriod) return [];
  return [
    doubt('spend-went-down', {
      previousSpend: previous.spendSoFar,
      spendSoFar: reading.spendSoFar,
      drop: formatUnits(before - now, values.scale),
      previousAt: previous.at,
      nextBillDate: reading.nextBillDate,
      currency: reading.currency,
    }),
  ];
};
