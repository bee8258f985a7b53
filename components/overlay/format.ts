import type { BillingReading, PageKind } from '../../lib/reader/reading';

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

/**
 * Shows a decimal string as money in the user's locale. Intl formats a string operand exactly
 * (no float rounding), which is why the value is never turned into a number here.
 */
export function formatMoney(value: string | null, currency: string | null, locale?: string): string | null {
  if (value === null) return null;
  try {
    const format = new Intl.NumberFormat(locale, currency ? { style: 'currency', currency } : { minimumFractionDigits: 2 });
    return format.format(value as unknown as number);
  } catch {
    return currency ? `${value} ${currency}` : value;
  }
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
  return 'Not on this page';
}
