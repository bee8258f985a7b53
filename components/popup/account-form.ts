import { msg, type Msg } from '../../lib/i18n/message';
import { Account, BillingType } from '../../lib/notes/schema';
import type { PageSummary } from '../../lib/messages';
import { hasErrors, issuesToFieldErrors, type FieldErrors, type FormResult } from './form-errors';
import { foldTyped } from '../../lib/hints/typed-text';
import { ADVERTISER_ID, CURRENCY_CODE } from '../../lib/reader/value-shapes';

export interface AccountFormValues {
  id: string;
  name: string;
  currency: string;
  billingType: NonNullable<Account['billingType']> | '';
}
export type AccountField = keyof AccountFormValues | 'form';

export const BILLING_TYPE_LABELS: Record<BillingKind, Msg> = {
  manual: msg('form.billingType.manual'),
  automatic: msg('form.billingType.automatic'),
  invoice: msg('form.billingType.invoice'),
};
type BillingKind = NonNullable<Account['billingType']>;

/** "Add account" from the open page: what the page showed is already filled in. */
export function accountValuesFromSummary(summary: PageSummary | null): AccountFormValues {
  const reading = summary?.reading ?? null;
  return {
    id: summary?.accountId ?? reading?.accountId ?? '',
    name: '',
    currency: reading?.currency ?? '',
    billingType: reading?.billingType ?? '',
  };
}

/** Where the open page is: Business Center pages have their own kinds (lib/reader/page-kind.ts). */
export function siteOf(summary: PageSummary | null): Account['lastSeenOn'] {
  if (!summary) return null;
  return summary.reading?.pageKind.startsWith('bc-') ? 'business' : 'ads';
}

export function accountFromForm(values: AccountFormValues, existing: Account | null, lastSeenOn: Account['lastSeenOn'] = null): FormResult<Account, AccountField> {
  const errors: FieldErrors<AccountField> = {};
  // Pasted or typed as the keyboard gives it: unseen marks go, other digits become ASCII.
  const id = foldTyped(values.id).replace(/\s+/g, '');
  if (!ADVERTISER_ID.test(id)) errors.id = msg('form.account.idInvalid');
  const currency = foldTyped(values.currency).trim().toUpperCase();
  if (currency !== '' && !CURRENCY_CODE.test(currency)) errors.currency = msg('form.account.currencyInvalid');
  const name = values.name.trim();
  if (name.length > 200) errors.name = msg('form.atMostChars', { count: 200 });
  if (values.billingType !== '' && !BillingType.safeParse(values.billingType).success) errors.billingType = msg('form.account.billingTypeInvalid');
  if (hasErrors(errors)) return { ok: false, errors };
  const checked = Account.safeParse({
    id,
    name: name || null,
    currency: currency || null,
    billingType: values.billingType || null,
    businessCenterOwned: existing?.businessCenterOwned ?? null,
    lastSeenOn: existing?.lastSeenOn ?? lastSeenOn,
  });
  if (!checked.success) {
    const fields = new Set(['id', 'name', 'currency', 'billingType']);
    return { ok: false, errors: issuesToFieldErrors(checked.error.issues, (key) => (fields.has(key) ? (key as AccountField) : null), 'form') };
  }
  return { ok: true, value: checked.data };
}
