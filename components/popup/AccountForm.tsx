import type { ComponentChildren } from 'preact';
import { msg, type Msg } from '../../lib/i18n/message';
import type { Account } from '../../lib/notes/schema';
import { useT } from '../i18n/i18n';
import { FormActions } from './FormActions';
import { useEntryForm } from './use-entry-form';
import { BILLING_TYPE_LABELS, accountFromForm, type AccountField, type AccountFormValues } from './account-form';
import { ErrorSummary } from './ErrorSummary';
import { SelectField, TextField } from './Field';

export interface AccountFormProps {
  initial: AccountFormValues;
  existing: Account | null;
  /** Filled from the page: says so, so the user knows where the values came from. */
  fromPage: boolean;
  lastSeenOn?: Account['lastSeenOn'];
  /** Under the title: the board's way to a pasted list instead. */
  lead?: ComponentChildren;
  onSave: (account: Account) => Promise<void>;
  onCancel: () => void;
}

const LABELS: Record<AccountField, Msg> = {
  id: msg('form.account.id'),
  name: msg('form.account.name'),
  currency: msg('form.account.currency'),
  billingType: msg('form.account.billingType'),
  form: msg('form.account.label'),
};

/** Add an ad account (or rename one). From the open page, its id, currency and billing type are filled in. */
export function AccountForm({ initial, existing, fromPage, lastSeenOn = null, lead, onSave, onCancel }: AccountFormProps) {
  const t = useT();
  const { values, set, errors, saveError, saving, form, submit } = useEntryForm({
    initial,
    validate: (entered: AccountFormValues) => accountFromForm(entered, existing, lastSeenOn),
    onSave,
    failedSaving: (reason) => msg('form.account.saveFailed', { reason }),
  });

  return (
    <form ref={form} class="entry-form" data-testid="account-form" noValidate onSubmit={submit} aria-labelledby="account-form-title">
      <h2 id="account-form-title" tabIndex={-1} class="panel-title">
        {t.t(msg(existing ? 'form.account.editTitle' : 'form.account.addTitle'))}
      </h2>
      {fromPage && <p class="muted">{t.t(msg('form.account.fromPage'))}</p>}
      {lead}
      <TextField
        label={t.t(LABELS.id)}
        name="id"
        value={values.id}
        error={errors.id}
        onValue={set('id')}
        inputMode="numeric"
        readOnly={Boolean(existing)}
        hint={t.t(msg('form.account.idHint'))}
        required
      />
      <TextField label={t.t(LABELS.name)} name="name" value={values.name} error={errors.name} onValue={set('name')} autoComplete="off" />
      <div class="row">
        <TextField
          label={t.t(LABELS.currency)}
          name="currency"
          value={values.currency}
          error={errors.currency}
          onValue={set('currency')}
          maxLength={3}
          autoCapitalize="characters"
          hint={t.t(msg('form.account.currencyHint'))}
        />
        <SelectField<AccountFormValues['billingType']>
          label={t.t(LABELS.billingType)}
          name="billingType"
          value={values.billingType}
          error={errors.billingType}
          options={[
            { value: '', label: t.t(msg('form.notSure')) },
            ...Object.entries(BILLING_TYPE_LABELS).map(([value, label]) => ({ value: value as AccountFormValues['billingType'], label: t.t(label) })),
          ]}
          onValue={set('billingType')}
        />
      </div>
      <ErrorSummary errors={errors} labels={LABELS} saveError={saveError} />
      <FormActions submitLabel={t.t(msg(existing ? 'form.account.save' : 'form.account.add'))} saving={saving} onCancel={onCancel} />
    </form>
  );
}
