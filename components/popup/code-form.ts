/**
 * The code form's model: strings as typed <-> a `Code`. Pure, so validation is tested without a DOM.
 */
import { Code, RejectionCause, type Account } from '../../lib/notes/schema';
import { parseAmountInput } from './amount';
import { isDateInput, localDay } from './dates';
import { hasErrors, issuesToFieldErrors, type FieldErrors, type FormResult } from './form-errors';

export interface CodeFormValues {
  code: string;
  source: string;
  receivedOn: string;
  activateBy: string;
  expiresOn: string;
  amount: string;
  status: Code['status'];
  rejectedCause: RejectionCause | '';
  rejectedMessage: string;
}
export type CodeField = keyof CodeFormValues | 'form';

export const CODE_STATUS_LABELS: Record<Code['status'], string> = {
  unused: 'Not entered yet',
  applied: 'Applied',
  rejected: 'Rejected',
};

export const REJECTION_LABELS: Record<RejectionCause, string> = {
  expired: 'Expired',
  'already-used': 'Already used',
  'not-eligible': 'Account not eligible',
  'promotion-active': 'Another promotion is active',
  invalid: 'Code not valid (typo?)',
  unknown: 'Not sure',
};

export function codeFormValues(code: Code | null, now: Date): CodeFormValues {
  return {
    code: code?.code ?? '',
    source: code?.source ?? '',
    receivedOn: code?.receivedOn ?? localDay(now),
    activateBy: code?.activateBy ?? '',
    expiresOn: code?.expiresOn ?? '',
    amount: code?.amount ?? '',
    status: code?.status ?? 'unused',
    rejectedCause: code?.rejectedCause ?? '',
    rejectedMessage: code?.rejectedMessage ?? '',
  };
}

interface CodeContext {
  account: Account;
  existing: Code | null;
  newId: () => string;
  now: Date;
  locale?: string;
}

export function codeFromForm(values: CodeFormValues, context: CodeContext): FormResult<Code, CodeField> {
  const errors: FieldErrors<CodeField> = {};
  // Codes are pasted from e-mails: spaces around (or inside, from line wrapping) are not part of them.
  const code = values.code.replace(/\s+/g, '');
  if (code === '') errors.code = 'Enter the code as you received it';
  else if (code.length > 64) errors.code = 'At most 64 characters';
  const source = values.source.trim();
  if (source.length > 200) errors.source = 'At most 200 characters';

  const day = (field: 'receivedOn' | 'activateBy' | 'expiresOn'): string | null => {
    const value = values[field].trim();
    if (value === '') return null;
    if (!isDateInput(value)) errors[field] = 'Pick a date, or leave it empty';
    return isDateInput(value) ? value : null;
  };
  const receivedOn = day('receivedOn');
  if (values.receivedOn.trim() === '') errors.receivedOn = 'Pick the day you received the code';
  else if (receivedOn && receivedOn > localDay(context.now)) errors.receivedOn = 'The day received cannot be in the future';
  const activateBy = day('activateBy');
  const expiresOn = day('expiresOn');
  if (receivedOn && activateBy && activateBy < receivedOn) errors.activateBy = 'The activation deadline is before the day received';
  if (receivedOn && expiresOn && expiresOn < receivedOn) errors.expiresOn = 'The expiry date is before the day received';

  let amount: string | null = null;
  if (values.amount.trim() !== '') {
    const parsed = parseAmountInput(values.amount, { currency: context.account.currency, locale: context.locale });
    if (parsed.ok) amount = parsed.value;
    else errors.amount = parsed.message;
  }
  const rejectedMessage = values.rejectedMessage.trim();
  if (rejectedMessage.length > 2000) errors.rejectedMessage = 'At most 2000 characters';
  if (hasErrors(errors)) return { ok: false, errors };

  const stamp = context.now.toISOString();
  const rejected = values.status === 'rejected';
  const candidate: Code = {
    id: context.existing?.id ?? context.newId(),
    accountId: context.account.id,
    code,
    source: source || null,
    receivedOn: receivedOn!,
    activateBy,
    expiresOn,
    amount,
    currency: context.account.currency,
    status: values.status,
    rejectedCause: rejected ? values.rejectedCause || 'unknown' : null,
    rejectedMessage: rejected ? rejectedMessage || null : null,
    appliedOn: values.status === 'applied' ? (context.existing?.appliedOn ?? stamp) : null,
    createdAt: context.existing?.createdAt ?? stamp,
    updatedAt: stamp,
  };
  const checked = Code.safeParse(candidate);
  if (!checked.success) {
    const fields = new Set<string>(Object.keys(values));
    return { ok: false, errors: issuesToFieldErrors(checked.error.issues, (key) => (fields.has(key) ? (key as CodeField) : null), 'form') };
  }
  return { ok: true, value: checked.data };
}
