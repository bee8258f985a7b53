import type { Account, Offer } from '../../lib/notes/schema';
import { FormActions } from './FormActions';
import { useEntryForm } from './use-entry-form';
import { ErrorSummary } from './ErrorSummary';
import { SelectField, TextField } from './Field';
import { OFFER_STATUS_LABELS, offerFormValues, offerFromForm, type OfferField, type OfferFormValues } from './offer-form';

export interface OfferFormProps {
  account: Account;
  offer: Offer | null;
  /** Prefill for a new offer ("track this offer" from the page). */
  initial?: OfferFormValues;
  source?: Offer['source'];
  newId: () => string;
  now: () => Date;
  onSave: (offer: Offer) => Promise<void>;
  onCancel: () => void;
}

const LABELS: Record<OfferField, string> = {
  name: 'Offer name',
  threshold: 'Spend threshold',
  creditAmount: 'Credit you get',
  activatedOn: 'Activated on',
  qualifyBy: 'Reach the threshold by',
  processingWindowHours: 'Credit lands within (hours)',
  crossedOn: 'Threshold crossed at',
  arrivedOn: 'Credit arrived on',
  expiresOn: 'Credit expires on',
  creditValidityDays: 'Credit valid for (days)',
  status: 'Status',
  form: 'Offer',
};

/** Add or edit a spend-match offer ("spend X, get Y"). Less common details fold away. */
export function OfferForm({ account, offer, initial, source, newId, now, onSave, onCancel }: OfferFormProps) {
  const { values, set, errors, saveError, saving, form, submit } = useEntryForm({
    initial: () => initial ?? offerFormValues(offer),
    validate: (entered: OfferFormValues) => offerFromForm(entered, { account, existing: offer, newId, now: now(), source }),
    onSave,
    failedSaving: (reason) => `Could not save the offer: ${reason}. Your entry is still here.`,
  });
  const currency = account.currency ? ` (${account.currency})` : '';
  const moreHasError = (['activatedOn', 'processingWindowHours', 'crossedOn', 'arrivedOn', 'creditValidityDays'] as const).some((f) => errors[f]);

  return (
    <form ref={form} class="entry-form" data-testid="offer-form" noValidate onSubmit={submit} aria-labelledby="offer-form-title">
      <h2 id="offer-form-title" tabIndex={-1} class="panel-title">
        {offer ? 'Edit offer' : 'Add a spend-match offer'}
      </h2>
      <TextField label={LABELS.name} name="name" value={values.name} error={errors.name} onValue={set('name')} autoComplete="off" required />
      <div class="row">
        <TextField
          label={`${LABELS.threshold}${currency}`}
          name="threshold"
          value={values.threshold}
          error={errors.threshold}
          onValue={set('threshold')}
          inputMode="decimal"
          required
        />
        <TextField
          label={`${LABELS.creditAmount}${currency}`}
          name="creditAmount"
          value={values.creditAmount}
          error={errors.creditAmount}
          onValue={set('creditAmount')}
          inputMode="decimal"
        />
      </div>
      <div class="row">
        <TextField label={LABELS.qualifyBy} name="qualifyBy" type="date" value={values.qualifyBy} error={errors.qualifyBy} onValue={set('qualifyBy')} />
        <TextField label={LABELS.expiresOn} name="expiresOn" type="date" value={values.expiresOn} error={errors.expiresOn} onValue={set('expiresOn')} />
      </div>
      <SelectField
        label={LABELS.status}
        name="status"
        value={values.status}
        options={Object.entries(OFFER_STATUS_LABELS).map(([value, label]) => ({ value: value as Offer['status'], label }))}
        onValue={set('status')}
      />
      <details class="more" open={moreHasError || undefined}>
        <summary>More details</summary>
        <TextField
          label={LABELS.activatedOn}
          name="activatedOn"
          type="date"
          value={values.activatedOn}
          error={errors.activatedOn}
          onValue={set('activatedOn')}
          hint="Only spend after activation counts toward the threshold."
        />
        <TextField
          label={LABELS.crossedOn}
          name="crossedOn"
          type="datetime-local"
          value={values.crossedOn}
          error={errors.crossedOn}
          onValue={set('crossedOn')}
          hint="Leave empty: Credit Lens uses the first time it saw your spend at or over the threshold."
        />
        <div class="row">
          <TextField
            label={LABELS.processingWindowHours}
            name="processingWindowHours"
            value={values.processingWindowHours}
            error={errors.processingWindowHours}
            onValue={set('processingWindowHours')}
            inputMode="numeric"
          />
          <TextField
            label={LABELS.creditValidityDays}
            name="creditValidityDays"
            value={values.creditValidityDays}
            error={errors.creditValidityDays}
            onValue={set('creditValidityDays')}
            inputMode="numeric"
          />
        </div>
        <TextField label={LABELS.arrivedOn} name="arrivedOn" type="date" value={values.arrivedOn} error={errors.arrivedOn} onValue={set('arrivedOn')} />
      </details>
      {errors.form && <p class="field-error">{errors.form}</p>}
      <ErrorSummary errors={errors} labels={LABELS} saveError={saveError} />
      <FormActions submitLabel={offer ? 'Save offer' : 'Add offer'} saving={saving} onCancel={onCancel} />
    </form>
  );
}
