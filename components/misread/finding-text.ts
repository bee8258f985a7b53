import type { PlausibilityFinding } from '../../lib/hints/plausibility';
import { msg, type Msg, type Param } from '../../lib/i18n/message';
import type { FixField } from '../../lib/notes/schema';
import { pageName } from '../overlay/format';
import type { PageKind } from '../../lib/reader/reading';

const str = (value: unknown) => (typeof value === 'string' ? value : null);

/** An amount of a finding's facts, for the translator to format; a plain number when the currency is unknown. */
const money = (value: unknown, currency: unknown): Param => ({ money: str(value), currency: str(currency) });

/** A moment (ISO), shown as the user's calendar day for "since …". */
const day = (iso: unknown): Param => ({ date: str(iso) ?? '' });

const FIELD_NAMES: Record<FixField, Msg> = {
  accountBalance: msg('misread.field.accountBalance'),
  cashBalance: msg('misread.field.cashBalance'),
  creditBalance: msg('misread.field.creditBalance'),
  spendSoFar: msg('misread.field.spendSoFar'),
  couponEntry: msg('misread.field.couponEntry'),
};

/** A value's name as a message; a field this version does not know stays its own name. */
export const fieldName = (field: string): Param => {
  const name = FIELD_NAMES[field as FixField] as Msg | undefined;
  return name ? { msg: name } : field;
};

const listOf = (words: unknown, each: (word: string) => Param = (word) => word): Param => ({ list: String(words).split(' ').map(each) });

/** One line per finding, from its plain facts (lib/hints/plausibility never writes words). */
export function findingText({ rule, facts }: PlausibilityFinding): Msg {
  const { currency } = facts;
  switch (rule) {
    case 'balance-sum':
      return msg('misread.balanceSum', {
        account: money(facts.accountBalance, currency),
        cash: money(facts.cashBalance, currency),
        credit: money(facts.creditBalance, currency),
        gap: money(facts.gap, currency),
      });
    case 'spend-went-down':
      return msg('misread.spendWentDown', { before: money(facts.previousSpend, currency), now: money(facts.spendSoFar, currency), since: day(facts.previousAt) });
    case 'credit-unexplained':
      return msg('misread.creditUnexplained', { before: money(facts.previousCredit, currency), now: money(facts.creditBalance, currency), since: day(facts.previousAt) });
    case 'mixed-currencies':
      return msg('misread.mixedCurrencies', { count: Number(facts.count), currencies: listOf(facts.currencies) });
    case 'unseen-value':
      return Number(facts.count) > 1
        ? msg('misread.unseenValues', { count: Number(facts.count), fields: listOf(facts.fields, fieldName) })
        : msg('misread.unseenValue', { field: fieldName(String(facts.field)), value: money(facts.value, currency) });
    case 'no-balance':
      return msg('misread.noBalance', { page: { msg: pageName(String(facts.pageKind) as PageKind) } });
  }
}
