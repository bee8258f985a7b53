import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate';
import { msg } from '../i18n/message';
import { englishTranslator, readCatalog } from '../i18n/node-catalog';
import { supportMessage } from './support-text';

const AT = '2026-11-24T09:30:00.000Z';
const input = { code: 'WELCOME2026', accountId: '7234567890123456789', errorText: 'This code has expired.', at: AT, checked: [msg('support.checkedNoSpaces')] };

describe('the support message', () => {
  it('says everything support asks for, with what was already checked, in English', () => {
    expect(supportMessage(input, englishTranslator())).toBe(
      [
        'Hello TikTok Ads support,',
        '',
        'I tried to redeem a promo code in Ads Manager (Finance > Payment > Redeem coupon) and it was not accepted.',
        '',
        'Code: WELCOME2026',
        'Ad account ID: 7234567890123456789',
        'Error shown: “This code has expired.”',
        'Time: 2026-11-24T09:30:00.000Z (Nov 24, 2026, 09:30 UTC)',
        '',
        'What I already checked:',
        '- The code was typed without spaces',
        '',
        'Could you tell me why the code was rejected and whether it can be applied to this account?',
        '',
        'Thank you.',
      ].join('\n'),
    );
  });

  it('is written in the translator’s language; codes, ids and the page’s message stay as they were', () => {
    const pseudo = supportMessage(input, createTranslator('en-XA', Object.fromEntries(Object.entries(readCatalog('en')).map(([k, v]) => [k, typeof v === 'string' ? `«${v}»` : v]))));
    expect(pseudo.split('\n')[0]).toBe('«Hello TikTok Ads support,»');
    expect(pseudo).toContain('«Code: WELCOME2026»');
    expect(pseudo).toContain('This code has expired.');
  });

  it('page text becomes one plain line, and missing values say so', () => {
    const text = supportMessage({ code: null, accountId: null, errorText: '<b>Bad</b>\n\u202Ecode\u0000', at: 'not a time', checked: [] }, englishTranslator());
    expect(text).toContain('Code: (not recorded)');
    expect(text).toContain('Error shown: “<b>Bad</b> code”');
    expect(text).toContain('Time: (unknown)');
    expect(text).not.toContain('What I already checked');
  });
});
