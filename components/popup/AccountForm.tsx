import type { Account } from '../../lib/notes/schema';
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
  onSave: (account: Account) => Promise<void>;
  onCancel: () => void;
}

const LABELS: Record<AccountField, string> = {
  id: 'Advertiser ID',
  name: 'Name (for you)',
  currency: 'Currency',
  billingType: 'Billing type',
  form: 'Account',
};

/** Add an ad account (or rename one). From the open page, its id, currency and billing type are filled in. */
export function AccountForm({ initial, existing, fromPage, lastSeenOn = null, onSave, onCancel }: AccountFormProps) {
  const { values, set, errors, saveError, saving, form, submit } = useEntryForm({
    initial,
    validate: (entered: AccountFormValues) => accountFromForm(entered, existing, lastSeenOn),
    onSave,
    failedSaving: (reason) => `Could not save the account: ${reason}.`,
  });

  return (
    <form ref={form} class="entry-form" data-testid="account-form" noValidate onSubmit={submit} aria-labelledby="account-form-title">
      <h2 id="account-form-title" tabIndex={-1} class="panel-title">
        {existing ? 'Edit account' : 'Add an ad account'}
      </h2>
      {fromPage && <p class="muted">Filled in from your open Ads Manager page.</p>}
      <TextField
        label={LABELS.id}
        name="id"
        value={values.id}
        error={errors.id}
        onValue={set('id')}
        inputMode="numeric"
        readOnly={Boolean(existing)}
        hint="The aadvid in the Ads Manager address."
        required
      />
      <TextField label={LABELS.name} name="name" value={values.name} error={errors.name} onValue={set('name')} autoComplete="off" />
      <div class="row">
        <TextField
          label={LABELS.currency}
          name="currency"
          value={values.currency}
          error={errors.currency}
          onValue={set('currency')}
          maxLength={3}
          autoCapitalize="characters"
          hint="e.g. USD"
        />
        <SelectField<AccountFormValues['billingType']>
          label={LABELS.billingType}
          name="billingType"
          value={values.billingType}
          error={errors.billingType}
          options={[{ value: '', label: 'Not sure' }, ...Object.entries(BILLING_TYPE_LABELS).map(([value, label]) => ({ value: value as AccountFormValues['billingType'], label }))]}
          onValue={set('billingType')}
        />
      </div>
      <ErrorSummary errors={errors} labels={LABELS} saveError={saveError} />
      <FormActions submitLabel={existing ? 'Save account' : 'Add account'} saving={saving} onCancel={onCancel} />
    </form>
  );
}
