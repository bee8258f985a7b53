import type { NotesDoc, Observation } from '../../../notes/schema';
import type { BillingReading } from '../../../reader/reading';
import { parseInstant } from '../../../credit/values';
import { formatUnits, onOneScale, sameAmount } from '../decimal';
import { doubt, type PlausibilityRule } from '../types';

const after = (stamp: string | null, since: Date): boolean => {
  const at = stamp === null ? null : parseInstant(stamp) ?? parseInstant(`${stamp}T23:59:59Z`);
  return at !== null && at.getTime() >= since.getTime();
};

/** Credit grows only when a promotion lands: a code accepted, a spend-match offer paid out, a credit on the page. */
function growthExplained(reading: BillingReading, notes: NotesDoc | null, since: Date, growth: string): boolean {
  if (reading.messages.some((message) => message.kind === 'success')) return true;
  if (reading.promotions.some((promotion) => sameAmount(promotion.amount, growth) || after(promotion.validFrom, since))) return true;
  const account = reading.accountId;
  const offers = notes?.offers.filter((offer) => offer.accountId === account) ?? [];
  const codes = notes?.codes.filter((code) => code.accountId === account) ?? [];
  return (
    offers.some((offer) => sameAmount(offer.creditAmount, growth) || after(offer.arrivedOn, since) || offer.status === 'tracking') ||
    codes.some((code) => sameAmount(code.amount, growth) || after(code.appliedOn, since))
  );
}

/**
 * Credit shrinks as campaigns spend it (it is drawn before cash) or as a promotion expires. With
 * spend so far read both times and not moved, nothing was spent; then only an expiry explains it.
 */
function shrinkExplained(reading: BillingReading, previous: Observation, notes: NotesDoc | null, since: Date): boolean {
  if (reading.spendSoFar === null || previous.spendSoFar === null || !sameAmount(reading.spendSoFar, previous.spendSoFar)) return true;
  const account = reading.accountId;
  return (
    reading.promotions.some((promotion) => promotion.status === 'not-available' || after(promotion.validUntil, since)) ||
    (notes?.offers.some((offer) => offer.accountId === account && (offer.status === 'expired' || after(offer.expiresOn, since))) ?? false) ||
    (notes?.codes.some((code) => code.accountId === account && after(code.expiresOn, since)) ?? false)
  );
}

/**
 * The ad credit balance moved since the account's previous observation and nothing the page or the
 * notes show accounts for it: likely another amount was read as the credit, this time or last time.
 * An offer still being tracked counts as an explanation, since its payout may land unannounced.
 */
export const creditUnexplained: PlausibilityRule = ({ reading, previous, notes }) => {
  if (!previous || previous.accountId !== reading.accountId || previous.currency !== reading.currency) return [];
  const values = onOneScale([previous.creditBalance, reading.creditBalance]);
  const since = parseInstant(previous.at);
  if (!values || !since) return [];
  const [before, now] = values.units as [bigint, bigint];
  if (now === before) return [];
  const change = formatUnits(now - before, values.scale);
  const explained = now > before ? growthExplained(reading, notes, since, change) : shrinkExplained(reading, previous, notes, since);
  if (explained) return [];
  return [
    doubt('credit-unexplained', {
      previousCredit: previous.creditBalance,
      creditBalance: reading.creditBalance,
      change,
      previousAt: previous.at,
      currency: reading.currency,
    }),
  ];
};
