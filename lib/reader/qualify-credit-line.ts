import type { Concept } from '../lexicon';
import { firstValue, valueLabels, type AmountHints } from './qualify-amounts';
import { parseMoney } from './money';
import type { LabelRecord } from './records';
import type { CreditLine } from './reading';

const AVAILABLE: readonly Concept[] = ['creditLineAvailable'];
const LIMIT: readonly Concept[] = ['creditLineLimit'];

/**
 * The monthly-invoicing credit line the page shows: what is left of it and its size. TikTok calls the
 * first "Available credit" or "Credit balance" and means the line, not ad credit (DOMAIN.md), so it is
 * read here, apart from the balances, and never becomes `creditBalance`. Null when neither is shown.
 */
export function readCreditLine(labels: readonly LabelRecord[], hints: AmountHints): CreditLine | null {
  const money = (text: string) => parseMoney(text, hints);
  const available = firstValue(valueLabels(labels, AVAILABLE), money)?.value ?? null;
  const limit = firstValue(valueLabels(labels, LIMIT), money)?.value ?? null;
  if (!available && !limit) return null;
  return {
    available: available?.value ?? null,
    limit: limit?.value ?? null,
    currency: available?.currency ?? limit?.currency ?? null,
  };
}
