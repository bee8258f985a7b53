import { describe, expect, it } from 'vitest';
import { msg } from '../../lib/i18n/message';
import { accountFromForm, type AccountFormValues } from './account-form';

const values = (id: string): AccountFormValues => ({ id, name: 'Acme', currency: 'usd', billingType: '' });

describe('the account form', () => {
  it('takes an ID as it is pasted or typed: spaces, invisible marks, and Arabic-Indic or fullwidth digits', () => {
    for (const typed of ['7234567890123456789', ' 7234 5678 9012 3456 789 ', '7234567890123456789\u200b', '٧٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩', '７２３４５６７８９０１２３４５６７８９']) {
      const result = accountFromForm(values(typed), null);
      expect(result.ok && result.value).toMatchObject({ id: '7234567890123456789', name: 'Acme', currency: 'USD' });
    }
  });

  it('takes a currency code typed fullwidth', () => {
    const result = accountFromForm({ ...values('7234567890123456789'), currency: 'ｅｕｒ' }, null);
    expect(result.ok && result.value.currency).toBe('EUR');
  });

  it('refuses what is not an ad account ID, at its field', () => {
    const result = accountFromForm(values('72345x'), null);
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.errors.id).toEqual(msg('form.account.idInvalid'));
  });
});
