import type { Account, Code, RejectionCause } from '../../lib/notes/schema';
import { FormActions } from './FormActions';
import { useEntryForm } from './use-entry-form';
import { ErrorSummary } from './ErrorSummary';
import { Field, SelectField, TextField } from './Field';
import {
  CODE_STATUS_LABELS,
  REJECTION_LABELS,
  codeFormValues,
  codeFromForm,
  type CodeField,
  type CodeFormValues,
} from './code-form';

export interface CodeFormProps {
  account: Account;
  code: Code | null;
  newId: () => string;
  now: () => Date;
  onSave: (code: Code) => Promise<void>;
  onCancel: () => void;
}

const LABELS: Record<CodeField, string> = {
  code: 'Code',
  source: 'Where it came from',
  receivedOn: 'Received on',
  activateBy: 'Activate by',
  expiresOn: 'Expires on',
  amount: 'Credit amount',
  status: 'Status',
  rejectedCause: 'Why it was rejected',
  rejectedMessage: 'Message the page showed',
  form: 'Code',
};

/** Add or edit a coupon / promo code. */
export function CodeForm({ account, code, newId, now, onSave, onCancel }: CodeFormProps) {
  const { values, set, errors, saveError, saving, form, submit } = useEntryForm({
    initial: () => codeFormValues(code, now()),
    validate: (entered: CodeFormValues) => codeFromForm(entered, { account, existing: code, newId, now: now() }),
    onSave,
    failedSaving: (reason) => `Could not save the code: ${reason}. Your entry is still here.`,
  });

  return (
    <form ref={form} class="entry-form" data-testid="code-form" noValidate onSubmit={submit} aria-labelledby="code-form-title">
      <h2 id="code-form-title" tabIndex={-1} class="panel-title">
        {code ? 'Edit code' : 'Add a promo code'}
      </h2>
      <TextField
        label={LABELS.code}
        name="code"
        value={values.code}
        error={errors.code}
        onValue={set('code')}
        autoComplete="off"
        spellcheck={false}
        class="mono"
        required
      />
      <TextField label={LABELS.source} name="source" value={values.source} error={errors.source} onValue={set('source')} hint="An e-mail, a partner, an event…" />
      <div class="row">
        <TextField label={LABELS.receivedOn} name="receivedOn" type="date" value={values.receivedOn} error={errors.receivedOn} onValue={set('receivedOn')} required />
        <TextField
          label={LABELS.activateBy}
          name="activateBy"
          type="date"
          value={values.activateBy}
          error={errors.activateBy}
          onValue={set('activateBy')}
          hint="Empty: 14 days after you received it."
        />
      </div>
      <div class="row">
        <TextField label={LABELS.expiresOn} name="expiresOn" type="date" value={values.expiresOn} error={errors.expiresOn} onValue={set('expiresOn')} />
        <TextField
          label={`${LABELS.amount}${account.currency ? ` (${account.currency})` : ''}`}
          name="amount"
          value={values.amount}
          error={errors.amount}
          onValue={set('amount')}
          inputMode="decimal"
        />
      </div>
      <SelectField
        label={LABELS.status}
        name="status"
        value={values.status}
        options={Object.entries(CODE_STATUS_LABELS).map(([value, label]) => ({ value: value as Code['status'], label }))}
        onValue={set('status')}
      />
      {values.status === 'rejected' && (
        <>
          <SelectField<RejectionCause | ''>
            label={LABELS.rejectedCause}
            name="rejectedCause"
            value={values.rejectedCause}
            options={[{ value: '', label: 'Not sure yet' }, ...Object.entries(REJECTION_LABELS).map(([value, label]) => ({ value: value as RejectionCause, label }))]}
            onValue={set('rejectedCause')}
          />
          <Field label={LABELS.rejectedMessage} name="rejectedMessage" error={errors.rejectedMessage}>
            {(attrs) => <textarea {...attrs} rows={2} value={values.rejectedMessage} onInput={(event) => set('rejectedMessage')(event.currentTarget.value)} />}
          </Field>
        </>
      )}
      {errors.form && <p class="field-error">{errors.form}</p>}
      <ErrorSummary errors={errors} labels={LABELS} saveError={saveError} />
      <FormActions submitLabel={code ? 'Save code' : 'Add code'} saving={saving} onCancel={onCancel} />
    </form>
  );
}
