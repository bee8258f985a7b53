import type { BillingReading, PageKind } from '../../lib/reader/reading';
import { formatAmount } from '../money';

const PAGE_NAMES: Record<PageKind, string> = {
  payment: 'Payment',
  promotions: 'Promotions',
  transactions: 'Transactions',
  invoices: 'Invoices',
  'bc-payment': 'Business Center payment',
  'bc-billing': 'Business Center billing',
  other: 'Not a billing page',
};

export const pageName = (kind: PageKind) => PAGE_NAMES[kind];

/** A decimal string as money in the user's locale, or null for no value (see components/money.ts). */
export function formatMoney(value: string | null, currency: string | null): string | null {
  return value === null ? null : formatAmount(value, currency);
}

export function formatDate(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

export function couponEntrySummary(entry: BillingReading['couponEntry']): string {
  if (entry.kind === 'field') return `Code field found${entry.label ? `: “${entry.label}”` : ''}`;
  if (entry.kind === 'opener') return `Opens from “${entry.label ?? 'Redeem coupon'}”`;
  if (entry.link) return `Not on this page: “${entry.link.label}” is a link to another page`;
  return 'Not on this page';
}

/** A credit line as the card shows it: what is left of it, and of how much; never called ad credit. */
export function creditLineSummary(line: BillingReading['creditLine'], money: (value: string | null, currency: string | null) => string | null): string | null {
  if (!line) return null;
  const available = money(line.available, line.currency);
  const limit = money(line.limit, line.currency);
  if (available && limit) return `${available} available of ${limit}`;
  return available ? `${available} available` : limit;
}
