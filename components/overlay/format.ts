import type { BillingReading, PageKind } from '../../lib/reader/reading';
import { msg, type Msg, type Param } from '../../lib/i18n/message';
import { money } from '../../lib/hints/params';

const PAGE_NAMES: Record<PageKind, Msg> = {
  payment: msg('page.payment'),
  promotions: msg('page.promotions'),
  transactions: msg('page.transactions'),
  invoices: msg('page.invoices'),
  'bc-payment': msg('page.bcPayment'),
  'bc-billing': msg('page.bcBilling'),
  other: msg('page.notBilling'),
};

export const pageName = (kind: PageKind): Msg => PAGE_NAMES[kind];

/** A decimal string as money in the surface's language, or null for no value. */
export function moneyParam(value: string | null, currency: string | null): Param | null {
  return value === null ? null : money(value, currency);
}

export function couponEntrySummary(entry: BillingReading['couponEntry']): Msg {
  if (entry.kind === 'field') return entry.label ? msg('status.entryFieldLabelled', { label: entry.label }) : msg('status.entryField');
  if (entry.kind === 'opener') return entry.label ? msg('status.entryOpener', { button: entry.label }) : msg('hint.couponEntry.openerTitleUnnamed');
  if (entry.link) return msg('status.entryLink', { label: entry.link.label });
  return msg('status.entryNone');
}

/** A credit line as the card shows it: what is left of it, and of how much; never called ad credit. */
export function creditLineSummary(line: BillingReading['creditLine'], pageCurrency: string | null): Param | null {
  if (!line) return null;
  const currency = line.currency ?? pageCurrency;
  const available = moneyParam(line.available, currency);
  const limit = moneyParam(line.limit, currency);
  if (available && limit) return { msg: msg('status.creditLineOf', { available, limit }) };
  return available ? { msg: msg('status.creditLineAvailable', { available }) } : limit;
}
