/**
 * The code form's model: strings as typed <-> a `Code`. Pure, so validation is tested without a DOM.
 */
import { msg, type Msg } from '../../lib/i18n/message';
import { Code, RejectionCause, type Account } from '../../lib/notes/schema';
import { amountInputText, parseAmountInput } from './amount';
import { foldTyped } from '../../lib/hints/typed-text';
import { localDay } from '../../lib/iso-day';
import { dayInput } from './dates';
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

/** `locale`: the language the form is shown in, whose decimal mark its amount uses. */
export function codeFormValues(code: Code | null, now: Date, locale?: string): CodeFormValues {
  return {
    code: code?.code ?? '',
    source: code?.source ?? '',
    receivedOn: code?.receivedOn ?? localDay(now),
    activateBy: code?.activateBy ?? '',
    expiresOn: code?.expiresOn ?? '',
    amount: amountInputText(code?.amount ?? '', locale),
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
  // Codes are pasted from e-mails: spaces around (or inside, from line wrapping) and unseen marks are
  // not part of them, and one typed with a Japanese input method comes in fullwidth letters. The notes
  // keep the code as it was sent, so it matches the page's and copies whole.
  const code = foldTyped(values.code).replace(/\s+/g, '');
  if (code === '') errors.code = msg('form.code.codeMissing');
  else if (code.length > 64) errors.code = msg('form.atMostChars', { count: 64 });
  const source = values.source.trim();
  if (source.length > 200) errors.source = msg('form.atMostChars', { count: 200 });

  const day = (field: 'receivedOn' | 'activateBy' | 'expiresOn') => dayInput(values[field], field, errors);
  const receivedOn = day('receivedOn');
  if (values.receivedOn.trim() === '') errors.receivedOn = msg('form.code.receivedMissing');
  else if (receivedOn && receivedOn > localDay(context.now)) errors.receivedOn = msg('form.code.receivedFuture');
  const activateBy = day('activateBy');
  const expiresOn = day('expiresOn');
  if (receivedOn && activateBy && activateBy < receivedOn) errors.activateBy = msg('form.code.activateBeforeReceived');
  if (receivedOn && expiresOn && expiresOn < receivedOn) errors.expiresOn = msg('form.code.expiresBeforeReceived');

  let amount: string | null = null;
  if (values.amount.trim() !== '') {
    const parsed = parseAmountInput(values.amount, { currency: context.account.currency, locale: context.locale });
    if (parsed.ok) amount = parsed.value;
    else errors.amount = parsed.message;
  }
  const rejectedMessage = values.rejectedMessage.trim();
  if (rejectedMessage.length > 2000) errors.rejectedMessage = msg('form.atMostChars', { count: 2000 });
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
