/**
 * The offer form's model: strings as typed <-> an `Offer`. Pure, so validation is tested without a DOM.
 */
import {
  DEFAULT_CREDIT_VALIDITY_DAYS,
  DEFAULT_PROCESSING_WINDOW_HOURS,
  Offer,
  type Account,
} from '../../lib/notes/schema';
import type { Promotion } from '../../lib/reader/reading';
import { parseAmountInput } from './amount';
import { dayToInstant, instantToDay, instantToLocalDateTime, isDateInput, localDateTimeToInstant } from './dates';
import { issuesToFieldErrors, hasErrors, type FieldErrors, type FormResult } from './form-errors';

export interface OfferFormValues {
  name: string;
  threshold: string;
  creditAmount: string;
  activatedOn: string;
  qualifyBy: string;
  processingWindowHours: string;
  crossedOn: string;
  arrivedOn: string;
  expiresOn: string;
  creditValidityDays: string;
  status: Offer['status'];
}
/** `form`: a problem no single field shows (the account's own data, say). */
export type OfferField = keyof OfferFormValues | 'form';

export const OFFER_STATUS_LABELS: Record<Offer['status'], string> = {
  tracking: 'Tracking (credit not here yet)',
  arrived: 'Credit arrived',
  'used-up': 'Credit used up',
  expired: 'Expired',
  dismissed: 'Not pursuing',
};

export function offerFormValues(offer: Offer | null): OfferFormValues {
  return {
    name: offer?.name ?? '',
    threshold: offer?.threshold ?? '',
    creditAmount: offer?.creditAmount ?? '',
    activatedOn: instantToDay(offer?.activatedOn ?? null),
    qualifyBy: offer?.qualifyBy ?? '',
    processingWindowHours: String(offer?.processingWindowHours ?? DEFAULT_PROCESSING_WINDOW_HOURS),
    crossedOn: instantToLocalDateTime(offer?.crossedOn ?? null),
    arrivedOn: instantToDay(offer?.arrivedOn ?? null),
    expiresOn: offer?.expiresOn ?? '',
    creditValidityDays: String(offer?.creditValidityDays ?? DEFAULT_CREDIT_VALIDITY_DAYS),
    status: offer?.status ?? 'tracking',
  };
}

/** "Track this offer": what the page's promotions table already says, so the user only adds the rest. */
export function offerValuesFromPromotion(promotion: Promotion): OfferFormValues {
  const values = offerFormValues(null);
  values.name = promotion.name;
  values.creditAmount = promotion.amount ?? '';
  if (promotion.status === 'available') {
    // Available credit has landed: the valid period's end is when it expires.
    values.status = 'arrived';
    values.expiresOn = promotion.validUntil ?? '';
  } else {
    values.qualifyBy = promotion.validUntil ?? '';
  }
  return values;
}

interface OfferContext {
  account: Account;
  existing: Offer | null;
  newId: () => string;
  now: Date;
  source?: Offer['source'];
  locale?: string;
}

function wholeNumber(text: string, min: number, max: number, what: string): number | string {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return `Enter ${what} as a whole number`;
  const value = Number(trimmed);
  if (value < min || value > max) return `Enter ${what} between ${min} and ${max}`;
  return value;
}

export function offerFromForm(values: OfferFormValues, context: OfferContext): FormResult<Offer, OfferField> {
  const errors: FieldErrors<OfferField> = {};
  const currency = context.account.currency;
  const money = (field: 'threshold' | 'creditAmount', optional: boolean): string | null => {
    if (optional && values[field].trim() === '') return null;
    const parsed = parseAmountInput(values[field], { currency, locale: context.locale });
    if (!parsed.ok) errors[field] = parsed.message;
    return parsed.ok ? parsed.value : null;
  };
  const day = (field: 'activatedOn' | 'qualifyBy' | 'arrivedOn' | 'expiresOn'): string | null => {
    const value = values[field].trim();
    if (value === '') return null;
    if (!isDateInput(value)) errors[field] = 'Pick a date, or leave it empty';
    return isDateInput(value) ? value : null;
  };

  const name = values.name.trim();
  if (name === '') errors.name = 'Give the offer a name, e.g. "Spend 500, get 250"';
  else if (name.length > 200) errors.name = 'At most 200 characters';
  const threshold = money('threshold', false);
  if (threshold !== null && Number(threshold) === 0) errors.threshold = 'The spend threshold is more than zero';
  const creditAmount = money('creditAmount', true);
  const activatedOn = day('activatedOn');
  const qualifyBy = day('qualifyBy');
  const arrivedOn = day('arrivedOn');
  const expiresOn = day('expiresOn');
  let crossedOn: string | null = null;
  if (values.crossedOn.trim() !== '') {
    crossedOn = localDateTimeToInstant(values.crossedOn.trim());
    if (!crossedOn) errors.crossedOn = 'Pick a date and time, or leave it empty';
  }
  const hours = wholeNumber(values.processingWindowHours, 1, 24 * 60, 'the processing window in hours');
  if (typeof hours === 'string') errors.processingWindowHours = hours;
  const validity = wholeNumber(values.creditValidityDays, 1, 3650, 'the validity in days');
  if (typeof validity === 'string') errors.creditValidityDays = validity;
  if (activatedOn && qualifyBy && qualifyBy < activatedOn) errors.qualifyBy = 'The deadline to qualify is before the activation date';
  if (arrivedOn && expiresOn && expiresOn < arrivedOn) errors.expiresOn = 'The expiry date is before the credit arrived';
  if (hasErrors(errors)) return { ok: false, errors };

  const stamp = context.now.toISOString();
  const candidate: Offer = {
    id: context.existing?.id ?? context.newId(),
    accountId: context.account.id,
    name,
    threshold: threshold!,
    creditAmount,
    currency,
    activatedOn: activatedOn ? dayToInstant(activatedOn) : null,
    qualifyBy,
    processingWindowHours: hours as number,
    crossedOn,
    arrivedOn: arrivedOn ? dayToInstant(arrivedOn) : null,
    expiresOn,
    creditValidityDays: validity as number,
    // Saying when the credit arrived means it arrived, unless the user chose a later state.
    status: values.status === 'tracking' && arrivedOn ? 'arrived' : values.status,
    source: context.existing?.source ?? context.source ?? 'manual',
    createdAt: context.existing?.createdAt ?? stamp,
    updatedAt: stamp,
  };
  const checked = Offer.safeParse(candidate);
  if (!checked.success) {
    const fields = new Set<string>(Object.keys(values));
    return { ok: false, errors: issuesToFieldErrors(checked.error.issues, (key) => (fields.has(key) ? (key as OfferField) : null), 'form') };
  }
  return { ok: true, value: checked.data };
}
