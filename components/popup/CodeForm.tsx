import type { ComponentChildren } from 'preact';
import { intlTag } from '../../lib/i18n/locales';
import { msg, type Msg } from '../../lib/i18n/message';
import type { Account, Code, RejectionCause } from '../../lib/notes/schema';
import { useT } from '../i18n/i18n';
import { FormActions } from './FormActions';
import { useEntryForm } from './use-entry-form';
import { ErrorSummary } from './ErrorSummary';
import { Field, SelectField, TextField } from './Field';
import {
  codeFormValues,
  codeFromForm,
  type CodeField,
  type CodeFormValues,
} from './code-form';
import { CODE_STATUS_LABELS, REJECTION_LABELS } from './code-labels';

export interface CodeFormProps {
  account: Account;
  /** Under the title, before the fields: the board's choice of account for a new item. */
  lead?: ComponentChildren;
  code: Code | null;
  newId: () => string;
  now: () => Date;
  onSave: (code: Code) => Promise<void>;
  onCancel: () => void;
}

const LABELS: Record<CodeField, Msg> = {
  code: msg('form.code.code'),
  source: msg('form.code.source'),
  receivedOn: msg('form.code.receivedOn'),
  activateBy: msg('form.code.activateBy'),
  expiresOn: msg('form.code.expiresOn'),
  amount: msg('form.code.amount'),
  status: msg('form.code.status'),
  rejectedCause: msg('form.code.rejectedCause'),
  rejectedMessage: msg('form.code.rejectedMessage'),
  form: msg('form.code.code'),
};

/** Add or edit a coupon / promo code. */
export function CodeForm({ account, lead, code, newId, now, onSave, onCancel }: CodeFormProps) {
  const t = useT();
  const { values, set, errors, saveError, saving, form, submit } = useEntryForm({
    initial: () => codeFormValues(code, now(), intlTag(t.locale)),
    validate: (entered: CodeFormValues) => codeFromForm(entered, { account, existing: code, newId, now: now(), locale: intlTag(t.locale) }),
    onSave,
    failedSaving: (reason) => msg('form.code.saveFailed', { reason }),
  });

  return (
    <form ref={form} class="entry-form" data-testid="code-form" noValidate onSubmit={submit} aria-labelledby="code-form-title">
      <h2 id="code-form-title" tabIndex={-1} class="panel-title">
        {t.t(msg(code ? 'form.code.editTitle' : 'form.code.addTitle'))}
      </h2>
      {lead}
      <TextField
        label={t.t(LABELS.code)}
        name="code"
        value={values.code}
        error={errors.code}
        onValue={set('code')}
        autoComplete="off"
        spellcheck={false}
        class="mono"
        required
      />
      <TextField
        label={t.t(LABELS.source)}
        name="source"
        value={values.source}
        error={errors.source}
        onValue={set('source')}
        hint={t.t(msg('form.code.sourceHint'))}
      />
      <div class="row">
        <TextField label={t.t(LABELS.receivedOn)} name="receivedOn" type="date" value={values.receivedOn} error={errors.receivedOn} onValue={set('receivedOn')} required />
        <TextField
          label={t.t(LABELS.activateBy)}
          name="activateBy"
          type="date"
          value={values.activateBy}
          error={errors.activateBy}
          onValue={set('activateBy')}
          hint={t.t(msg('form.code.activateByHint'))}
        />
      </div>
      <div class="row">
        <TextField label={t.t(LABELS.expiresOn)} name="expiresOn" type="date" value={values.expiresOn} error={errors.expiresOn} onValue={set('expiresOn')} />
        <TextField
          label={t.t(account.currency ? msg('form.code.amountIn', { currency: account.currency }) : LABELS.amount)}
          name="amount"
          value={values.amount}
          error={errors.amount}
          onValue={set('amount')}
          inputMode="decimal"
        />
      </div>
      <SelectField
        label={t.t(LABELS.status)}
        name="status"
        value={values.status}
        options={Object.entries(CODE_STATUS_LABELS).map(([value, label]) => ({ value: value as Code['status'], label: t.t(label) }))}
        onValue={set('status')}
      />
      {values.status === 'rejected' && (
        <>
          <SelectField<RejectionCause | ''>
            label={t.t(LABELS.rejectedCause)}
            name="rejectedCause"
            value={values.rejectedCause}
            options={[
              { value: '', label: t.t(msg('form.notSureYet')) },
              ...Object.entries(REJECTION_LABELS).map(([value, label]) => ({ value: value as RejectionCause, label: t.t(label) })),
            ]}
            onValue={set('rejectedCause')}
          />
          <Field label={t.t(LABELS.rejectedMessage)} name="rejectedMessage" error={errors.rejectedMessage}>
            {(attrs) => <textarea {...attrs} rows={2} value={values.rejectedMessage} onInput={(event) => set('rejectedMessage')(event.currentTarget.value)} />}
          </Field>
        </>
      )}
      {errors.form && <p class="field-error">{errors.form}</p>}
      <ErrorSummary errors={errors} labels={LABELS} saveError={saveError} />
      <FormActions submitLabel={t.t(msg(code ? 'form.code.save' : 'form.code.add'))} saving={saving} onCancel={onCancel} />
    </form>
  );
}
