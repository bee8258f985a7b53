import { describe, expect, it } from 'vitest';
import { englishTranslator } from '../../lib/i18n/node-catalog';
import type { Account } from '../../lib/notes/schema';
import type { FieldErrors, FieldMessage } from './form-errors';
import { offerFormValues, offerFromForm, offerValuesFromPromotion } from './offer-form';

const account: Account = { id: '7234567890123456789', name: 'Acme', currency: 'USD', billingType: 'manual', businessCenterOwned: null, lastSeenOn: 'ads' };
const now = new Date('2026-11-24T10:00:00Z');
const context = { account, existing: null, newId: () => 'offer-1', now, locale: 'en-US' };
const english = englishTranslator();
/** The field messages as the user reads them, in English. */
const inEnglish = <F extends string>(errors: FieldErrors<F>) =>
  Object.fromEntries((Object.entries(errors) as [F, FieldMessage | undefined][]).map(([field, message]) => [field, message === undefined || typeof message === 'string' ? message : english.t(message)])) as Partial<Record<F, string>>;

describe('the offer form', () => {
  it('saves a spend-match offer typed the way people type money', () => {
    const values = { ...offerFormValues(null), name: ' Spend 500, get 250 ', threshold: '1,000', creditAmount: '250.00', qualifyBy: '2026-12-31' };
    const result = offerFromForm(values, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      id: 'offer-1',
      accountId: account.id,
      name: 'Spend 500, get 250',
      threshold: '1000',
      creditAmount: '250.00',
      currency: 'USD',
      qualifyBy: '2026-12-31',
      processingWindowHours: 48,
      creditValidityDays: 90,
      status: 'tracking',
      source: 'manual',
      createdAt: now.toISOString(),
    });
  });

  it('takes the numbers as an Arabic layout or a Japanese input method types them', () => {
    const values = { ...offerFormValues(null), name: 'Spend 500', threshold: '٥٠٠', creditAmount: '２５０', processingWindowHours: '７２', creditValidityDays: '٦٠' };
    const result = offerFromForm(values, context);
    expect(result.ok && result.value).toMatchObject({ threshold: '500', creditAmount: '250', processingWindowHours: 72, creditValidityDays: 60 });
  });

  it('puts each problem at its field, not in one message for the form', () => {
    const values = { ...offerFormValues(null), threshold: 'lots', processingWindowHours: '0', creditValidityDays: '1.5' };
    const result = offerFromForm(values, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['creditValidityDays', 'name', 'processingWindowHours', 'threshold']);
    const errors = inEnglish(result.errors);
    expect(errors.threshold).toMatch(/digits only/);
    expect(errors.processingWindowHours).toMatch(/between 1 and 1,440/);
    expect(errors.creditValidityDays).toMatch(/validity in days as a whole number/);
  });

  it('asks to pick a date where a date field holds a day that does not exist, and takes 29 February of a leap year', () => {
    const values = { ...offerFormValues(null), name: 'Spend 500', threshold: '500' };
    const missing = offerFromForm({ ...values, qualifyBy: '2026-02-29' }, context);
    expect(missing.ok ? null : inEnglish(missing.errors)).toEqual({ qualifyBy: 'Pick a date, or leave it empty' });
    const leap = offerFromForm({ ...values, qualifyBy: '2028-02-29' }, context);
    expect(leap.ok && leap.value.qualifyBy).toBe('2028-02-29');
  });

  it('refuses a deadline to qualify before the activation date', () => {
    const values = { ...offerFormValues(null), name: 'x', threshold: '100', activatedOn: '2026-11-20', qualifyBy: '2026-11-10' };
    const result = offerFromForm(values, context);
    expect(result.ok ? null : inEnglish(result.errors).qualifyBy).toMatch(/before the activation date/);
  });

  it('keeps id, creation time and source when editing', () => {
    const first = offerFromForm({ ...offerFormValues(null), name: 'x', threshold: '100' }, { ...context, source: 'page' });
    if (!first.ok) throw new Error('first save failed');
    const later = new Date('2026-11-25T10:00:00Z');
    const edited = offerFromForm({ ...offerFormValues(first.value), threshold: '200' }, { ...context, existing: first.value, newId: () => 'other', now: later });
    expect(edited.ok && edited.value).toMatchObject({ id: 'offer-1', source: 'page', createdAt: now.toISOString(), updatedAt: later.toISOString(), threshold: '200' });
  });

  it('round-trips every field through the form', () => {
    const first = offerFromForm(
      { ...offerFormValues(null), name: 'x', threshold: '100', activatedOn: '2026-11-01', crossedOn: '2026-11-20T09:30', arrivedOn: '2026-11-22', expiresOn: '2027-02-20', status: 'arrived' },
      context,
    );
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    expect(offerFormValues(first.value)).toMatchObject({ activatedOn: '2026-11-01', crossedOn: '2026-11-20T09:30', arrivedOn: '2026-11-22', expiresOn: '2027-02-20' });
  });

  it('marks an offer with an arrival date as arrived', () => {
    const result = offerFromForm({ ...offerFormValues(null), name: 'x', threshold: '100', arrivedOn: '2026-11-22' }, context);
    expect(result.ok && result.value.status).toBe('arrived');
  });

  it('prefills "track this offer" from what the page listed', () => {
    const values = offerValuesFromPromotion({
      name: 'New advertiser offer',
      creditType: 'conditional',
      status: 'earning',
      amount: '50.00',
      usedAmount: null,
      currency: 'USD',
      validFrom: '2026-11-01',
      validUntil: '2026-12-31',
    });
    expect(values).toMatchObject({ name: 'New advertiser offer', creditAmount: '50.00', qualifyBy: '2026-12-31', threshold: '', status: 'tracking' });
  });
});
