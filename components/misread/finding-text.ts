import type { PlausibilityFinding } from '../../lib/hints/plausibility';
import type { FixField } from '../../lib/notes/schema';
import { formatMoney, pageName } from '../overlay/format';
import type { PageKind } from '../../lib/reader/reading';
import { MISREAD_STRINGS as S } from './strings';

const str = (value: unknown) => (typeof value === 'string' ? value : null);

/** An amount of a finding's facts, formatted; the decimal itself when the currency is unknown. */
function money(value: unknown, currency: unknown): string {
  return formatMoney(str(value), str(currency)) ?? '?';
}

/** A moment (ISO) as the user's date, for "since …". */
function day(iso: unknown): string {
  const time = Date.parse(str(iso) ?? '');
  return Number.isFinite(time) ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(time) : '?';
}

export const fieldName = (field: string): string => S.fieldNames[field as FixField] ?? field;

/** One line per finding, from its plain facts (lib/hints/plausibility never writes words). */
export function findingText({ rule, facts }: PlausibilityFinding): string {
  const { currency } = facts;
  switch (rule) {
    case 'balance-sum':
      return S.balanceSum(money(facts.accountBalance, currency), money(facts.cashBalance, currency), money(facts.creditBalance, currency), money(facts.gap, currency));
    case 'spend-went-down':
      return S.spendWentDown(money(facts.previousSpend, currency), money(facts.spendSoFar, currency), day(facts.previousAt));
    case 'credit-unexplained':
      return S.creditUnexplained(money(facts.previousCredit, currency), money(facts.creditBalance, currency), day(facts.previousAt));
    case 'mixed-currencies':
      return S.mixedCurrencies(Number(facts.count), String(facts.currencies).split(' ').join(', '));
    case 'unseen-value':
      return Number(facts.count) > 1
        ? S.unseenValues(Number(facts.count), String(facts.fields).split(' ').map(fieldName).join(', '))
        : S.unseenValue(fieldName(String(facts.field)), money(facts.value, currency));
    case 'no-balance':
      return S.noBalance(pageName(String(facts.pageKind) as PageKind));
  }
}
