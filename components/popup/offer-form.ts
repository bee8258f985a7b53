/**
 * The offer form's model: strings as typed <-> an `Offer`. Pure, so validation is tested without a DOM.
 */
import {
  DEFAULT_CREDIT_VALIDITY_DAYS,
  DEFAULT_PROCESSING_WINDOW_HOURS,
  Offer,
  type Account,
} from '../../lib/notes/schema';
import { msg, type Msg } from '../../lib/i18n/message';
import type { Promotion } from '../../lib/reader/reading';
import { amountInputText, parseAmountInput } from './amount';
import { foldTyped } from '../../lib/hints/typed-text';
import { dayInput, dayToInstant, instantToDay, instantToLocalDateTime, localDateTimeToInstant } from './dates';
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

export const OFFER_STATUS_LABELS: Record<Offer['status'], Msg> = {
  tracking: msg('form.offerStatus.tracking'),
  arrived: msg('form.offerStatus.arrived'),
  'used-up': msg('form.offerStatus.usedUp'),
  expired: msg('form.offerStatus.expired'),
  dismissed: msg('form.offerStatus.dismissed'),
};

/** `locale`: the language the form is shown in, whose decimal mark its amounts use. */
export function offerFormValues(offer: Offer | null, locale?: string): OfferFormValues {
  return {
    name: offer?.name ?? '',
    threshold: amountInputText(offer?.threshold ?? '', locale),
    creditAmount: amountInputText(offer?.creditAmount ?? '', locale),
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
export function offerValuesFromPromotion(promotion: Promotion, locale?: string): OfferFormValues {
  const values = offerFormValues(null, locale);
  values.name = promotion.name;
  values.creditAmount = amountInputText(promotion.amount ?? '', locale);
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

/** A whole number in [min, max], or the field's message (one sentence says both: whole, and its range). */
function wholeNumber(text: string, min: number, max: number, problem: 'form.offer.hoursRange' | 'form.offer.daysRange'): number | Msg {
  // "４８" from a Japanese input method, "٤٨" from an Arabic layout: the same 48.
  const trimmed = foldTyped(text).trim();
  const value = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  return value >= min && value <= max ? value : msg(problem, { min, max });
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
  const day = (field: 'activatedOn' | 'qualifyBy' | 'arrivedOn' | 'expiresOn') => dayInput(values[field], field, errors);

  const name = values.name.trim();
  if (name === '') errors.name = msg('form.offer.nameMissing');
  else if (name.length > 200) errors.name = msg('form.atMostChars', { count: 200 });
  const threshold = money('threshold', false);
  if (threshold !== null && Number(threshold) === 0) errors.threshold = msg('form.offer.thresholdZero');
  const creditAmount = money('creditAmount', true);
  const activatedOn = day('activatedOn');
  const qualifyBy = day('qualifyBy');
  const arrivedOn = day('arrivedOn');
  const expiresOn = day('expiresOn');
  let crossedOn: string | null = null;
  if (values.crossedOn.trim() !== '') {
    crossedOn = localDateTimeToInstant(values.crossedOn.trim());
    if (!crossedOn) errors.crossedOn = msg('form.pickDateTime');
  }
  const hours = wholeNumber(values.processingWindowHours, 1, 24 * 60, 'form.offer.hoursRange');
  if (typeof hours !== 'number') errors.processingWindowHours = hours;
  const validity = wholeNumber(values.creditValidityDays, 1, 3650, 'form.offer.daysRange');
  if (typeof validity !== 'number') errors.creditValidityDays = validity;
  if (activatedOn && qualifyBy && qualifyBy < activatedOn) errors.qualifyBy = msg('form.offer.qualifyBeforeActivation');
  if (arrivedOn && expiresOn && expiresOn < arrivedOn) errors.expiresOn = msg('form.offer.expiresBeforeArrival');
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
