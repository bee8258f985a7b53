import type { ComponentChildren } from 'preact';
import { intlTag } from '../../lib/i18n/locales';
import { msg, type Msg } from '../../lib/i18n/message';
import type { Account, Offer } from '../../lib/notes/schema';
import { useT } from '../i18n/i18n';
import { FormActions } from './FormActions';
import { useEntryForm } from './use-entry-form';
import { ErrorSummary } from './ErrorSummary';
import { SelectField, TextField } from './Field';
import { OFFER_STATUS_LABELS, offerFormValues, offerFromForm, type OfferField, type OfferFormValues } from './offer-form';

export interface OfferFormProps {
  account: Account;
  /** Under the title, before the fields: the board's choice of account for a new item. */
  lead?: ComponentChildren;
  offer: Offer | null;
  /** Prefill for a new offer ("track this offer" from the page). */
  initial?: OfferFormValues;
  source?: Offer['source'];
  newId: () => string;
  now: () => Date;
  onSave: (offer: Offer) => Promise<void>;
  onCancel: () => void;
}

const LABELS: Record<OfferField, Msg> = {
  name: msg('form.offer.name'),
  threshold: msg('form.offer.threshold'),
  creditAmount: msg('form.offer.creditAmount'),
  activatedOn: msg('form.offer.activatedOn'),
  qualifyBy: msg('form.offer.qualifyBy'),
  processingWindowHours: msg('form.offer.processingWindowHours'),
  crossedOn: msg('form.offer.crossedOn'),
  arrivedOn: msg('form.offer.arrivedOn'),
  expiresOn: msg('form.offer.expiresOn'),
  creditValidityDays: msg('form.offer.creditValidityDays'),
  status: msg('form.offer.status'),
  form: msg('form.offer.label'),
};

/** Add or edit a spend-match offer ("spend X, get Y"). Less common details fold away. */
export function OfferForm({ account, lead, offer, initial, source, newId, now, onSave, onCancel }: OfferFormProps) {
  const t = useT();
  const { values, set, errors, saveError, saving, form, submit } = useEntryForm({
    initial: () => initial ?? offerFormValues(offer, intlTag(t.locale)),
    validate: (entered: OfferFormValues) => offerFromForm(entered, { account, existing: offer, newId, now: now(), source, locale: intlTag(t.locale) }),
    onSave,
    failedSaving: (reason) => msg('form.offer.saveFailed', { reason }),
  });
  const currency = account.currency;
  const moreHasError = (['activatedOn', 'processingWindowHours', 'crossedOn', 'arrivedOn', 'creditValidityDays'] as const).some((f) => errors[f]);

  return (
    <form ref={form} class="entry-form" data-testid="offer-form" noValidate onSubmit={submit} aria-labelledby="offer-form-title">
      <h2 id="offer-form-title" tabIndex={-1} class="panel-title">
        {t.t(msg(offer ? 'form.offer.editTitle' : 'form.offer.addTitle'))}
      </h2>
      {lead}
      <TextField label={t.t(LABELS.name)} name="name" value={values.name} error={errors.name} onValue={set('name')} autoComplete="off" required />
      <div class="row">
        <TextField
          label={t.t(currency ? msg('form.offer.thresholdIn', { currency }) : LABELS.threshold)}
          name="threshold"
          value={values.threshold}
          error={errors.threshold}
          onValue={set('threshold')}
          inputMode="decimal"
          required
        />
        <TextField
          label={t.t(currency ? msg('form.offer.creditAmountIn', { currency }) : LABELS.creditAmount)}
          name="creditAmount"
          value={values.creditAmount}
          error={errors.creditAmount}
          onValue={set('creditAmount')}
          inputMode="decimal"
        />
      </div>
      <div class="row">
        <TextField label={t.t(LABELS.qualifyBy)} name="qualifyBy" type="date" value={values.qualifyBy} error={errors.qualifyBy} onValue={set('qualifyBy')} />
        <TextField label={t.t(LABELS.expiresOn)} name="expiresOn" type="date" value={values.expiresOn} error={errors.expiresOn} onValue={set('expiresOn')} />
      </div>
      <SelectField
        label={t.t(LABELS.status)}
        name="status"
        value={values.status}
        options={Object.entries(OFFER_STATUS_LABELS).map(([value, label]) => ({ value: value as Offer['status'], label: t.t(label) }))}
        onValue={set('status')}
      />
      <details class="more" open={moreHasError || undefined}>
        <summary>{t.t(msg('form.moreDetails'))}</summary>
        <TextField
          label={t.t(LABELS.activatedOn)}
          name="activatedOn"
          type="date"
          value={values.activatedOn}
          error={errors.activatedOn}
          onValue={set('activatedOn')}
          hint={t.t(msg('form.offer.activatedHint'))}
        />
        <TextField
          label={t.t(LABELS.crossedOn)}
          name="crossedOn"
          type="datetime-local"
          value={values.crossedOn}
          error={errors.crossedOn}
          onValue={set('crossedOn')}
          hint={t.t(msg('form.offer.crossedHint'))}
        />
        <div class="row">
          <TextField
            label={t.t(LABELS.processingWindowHours)}
            name="processingWindowHours"
            value={values.processingWindowHours}
            error={errors.processingWindowHours}
            onValue={set('processingWindowHours')}
            inputMode="numeric"
          />
          <TextField
            label={t.t(LABELS.creditValidityDays)}
            name="creditValidityDays"
            value={values.creditValidityDays}
            error={errors.creditValidityDays}
            onValue={set('creditValidityDays')}
            inputMode="numeric"
          />
        </div>
        <TextField label={t.t(LABELS.arrivedOn)} name="arrivedOn" type="date" value={values.arrivedOn} error={errors.arrivedOn} onValue={set('arrivedOn')} />
      </details>
      {errors.form && <p class="field-error">{errors.form}</p>}
      <ErrorSummary errors={errors} labels={LABELS} saveError={saveError} />
      <FormActions submitLabel={t.t(msg(offer ? 'form.offer.save' : 'form.offer.add'))} saving={saving} onCancel={onCancel} />
    </form>
  );
}
