import { describe, expect, it } from 'vitest';
import { englishTranslator } from '../../lib/i18n/node-catalog';
import type { Account } from '../../lib/notes/schema';
import { codeFormValues, codeFromForm } from './code-form';
import type { FieldErrors, FieldMessage } from './form-errors';

const english = englishTranslator();
/** The field messages as the user reads them, in English. */
const inEnglish = <F extends string>(errors: FieldErrors<F>) =>
  Object.fromEntries((Object.entries(errors) as [F, FieldMessage | undefined][]).map(([field, message]) => [field, message === undefined || typeof message === 'string' ? message : english.t(message)]));

const account: Account = { id: '7234567890123456789', name: null, currency: 'USD', billingType: null, businessCenterOwned: null, lastSeenOn: null };
const now = new Date(2026, 10, 24, 12, 0);
const context = { account, existing: null, newId: () => 'code-1', now, locale: 'en-US' };

describe('the code form', () => {
  it('saves a code pasted from an e-mail, line breaks and all', () => {
    const values = { ...codeFormValues(null, now), code: ' TTADS-\n2026 ', source: 'E-mail from TikTok', amount: '100' };
    const result = codeFromForm(values, context);
    expect(result.ok && result.value).toMatchObject({
      id: 'code-1',
      code: 'TTADS-2026',
      receivedOn: '2026-11-24',
      activateBy: null,
      amount: '100',
      currency: 'USD',
      status: 'unused',
      rejectedCause: null,
    });
  });

  it('keeps a code as it was sent: without the invisible marks a paste carries, and in plain letters where an input method typed them fullwidth', () => {
    for (const typed of ['TTADS-\u200b2026', '\ufeffTTADS-2026\u200d', 'ＴＴＡＤＳ－２０２６']) {
      const result = codeFromForm({ ...codeFormValues(null, now), code: typed }, context);
      expect(result.ok && result.value.code).toBe('TTADS-2026');
    }
  });

  it('asks for the code and a received date, in place', () => {
    const result = codeFromForm({ ...codeFormValues(null, now), code: '  ', receivedOn: '' }, context);
    expect(result.ok ? null : inEnglish(result.errors)).toEqual({ code: 'Enter the code as you received it', receivedOn: 'Pick the day you received the code' });
  });

  it('asks to pick a date where a date field holds a day that does not exist, or no date at all', () => {
    const result = codeFromForm({ ...codeFormValues(null, now), code: 'A', receivedOn: '2026-02-30', expiresOn: 'soon' }, context);
    expect(result.ok ? null : inEnglish(result.errors)).toEqual({ receivedOn: 'Pick a date, or leave it empty', expiresOn: 'Pick a date, or leave it empty' });
  });

  it('refuses a received date in the future and deadlines before it', () => {
    const future = codeFromForm({ ...codeFormValues(null, now), code: 'A', receivedOn: '2026-11-30' }, context);
    expect(future.ok ? null : inEnglish(future.errors).receivedOn).toMatch(/future/);
    const early = codeFromForm({ ...codeFormValues(null, now), code: 'A', receivedOn: '2026-11-20', activateBy: '2026-11-19', expiresOn: '2026-11-01' }, context);
    expect(early.ok ? null : Object.keys(early.errors).sort()).toEqual(['activateBy', 'expiresOn']);
  });

  it('keeps the cause and the page message only for a rejected code', () => {
    const rejected = codeFromForm({ ...codeFormValues(null, now), code: 'A', status: 'rejected', rejectedCause: 'promotion-active', rejectedMessage: 'Another promotion is in progress' }, context);
    expect(rejected.ok && rejected.value).toMatchObject({ rejectedCause: 'promotion-active', rejectedMessage: 'Another promotion is in progress' });
    const applied = codeFromForm({ ...codeFormValues(null, now), code: 'A', status: 'applied', rejectedCause: 'expired', rejectedMessage: 'x' }, context);
    expect(applied.ok && applied.value).toMatchObject({ rejectedCause: null, rejectedMessage: null, appliedOn: now.toISOString() });
  });

  it('notes a rejection without a known cause as unknown', () => {
    const result = codeFromForm({ ...codeFormValues(null, now), code: 'A', status: 'rejected' }, context);
    expect(result.ok && result.value.rejectedCause).toBe('unknown');
  });
});
