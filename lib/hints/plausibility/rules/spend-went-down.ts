import { parseInstant } from '../../../credit/values';
import { formatUnits, onOneScale } from '../decimal';
import { doubt, type PlausibilityRule } from '../types';

/** The previous bill date: bills on automatic payment come monthly, so a period is taken as one calendar month. */
function periodStart(nextBillDate: string): Date | null {
  const [year, month, day] = nextBillDate.split('-').map(Number) as [number, number, number];
  const start = new Date(Date.UTC(year, month - 2, day));
  return Number.isFinite(start.getTime()) ? start : null;
}

const DAY_MS = 86_400_000;

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
  const start = periodStart(reading.nextBillDate);
  const end = Date.parse(`${reading.nextBillDate}T00:00:00Z`);
  if (!values || !at || !start || !Number.isFinite(end)) return [];
  const [before, now] = values.units as [bigint, bigint];
  if (now >= before) return [];
  const inPeriod = at.getTime() > start.getTime() + DAY_MS && at.getTime() < end - DAY_MS;
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
