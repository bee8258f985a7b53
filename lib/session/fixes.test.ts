import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { savedPages } from '../../tests/support/saved-pages';
import { aFix } from '../notes/test-fixtures';
import { describeTarget } from '../reader/fix-target';
import { readBillingPage } from '../reader/read-page';
import { applyFixes, fixesFor } from './fixes';

const PAGE = readFileSync(new URL('../../tests/e2e/pages/credit-unlabelled.html', import.meta.url), 'utf8');
const ACCOUNT = '7234567890123456789';
const URL_ = `https://ads.tiktok.com/i18n/account/payment?aadvid=${ACCOUNT}`;
const open = savedPages(URL_, PAGE);
const giftValue = (document: Document) => document.querySelector('[data-testid="gift-value"]')!;
/** The fix a user makes by picking the $50.00 under "Gift funds". */
const creditFix = () => aFix({ accountId: ACCOUNT, field: 'creditBalance', target: describeTarget(giftValue(open()))! });

describe('a page where the reader misses the ad credit', () => {
  it('misses it without a fix (the case the user corrects)', () => {
    const reading = readBillingPage(open(), URL_);
    expect(reading).toMatchObject({ accountBalance: '1284.50', cashBalance: '1234.50', creditBalance: null });
  });

  it('reads it where the user showed it, marks it as shown, and keeps the rest of the reading', () => {
    const document = open();
    const reading = readBillingPage(document, URL_);
    const fixed = applyFixes(document, reading, [creditFix()], null);
    expect(fixed.reading).toMatchObject({ accountBalance: '1284.50', cashBalance: '1234.50', creditBalance: '50.00', currency: 'USD' });
    expect(fixed.reading.amounts.find((amount) => amount.role === 'creditBalance')).toMatchObject({ value: '50.00', label: 'Gift funds', text: '$50.00' });
    expect(fixed.shown).toEqual(['creditBalance']);
    expect(fixed.lost).toEqual([]);
  });

  it('follows the value on a later visit when it changed', () => {
    const document = open(PAGE.replace('>$50.00<', '>$75.00<'));
    expect(applyFixes(document, readBillingPage(document, URL_), [creditFix()], null).reading.creditBalance).toBe('75.00');
  });

  it('takes the shown value over a reader answer that contradicts it, and stays quiet when they agree', () => {
    const document = open();
    const reading = readBillingPage(document, URL_);
    const wrong = { ...reading, creditBalance: '9.00', amounts: [...reading.amounts, { role: 'creditBalance' as const, value: '9.00', currency: 'USD', label: 'x', text: '$9.00' }] };
    const fixed = applyFixes(document, wrong, [creditFix()], null);
    expect(fixed.reading.creditBalance).toBe('50.00');
    expect(fixed.reading.amounts.filter((amount) => amount.role === 'creditBalance')).toHaveLength(1);
    const agreeing = applyFixes(document, { ...reading, creditBalance: '50.00' }, [creditFix()], null);
    expect(agreeing.shown).toEqual([]);
    expect(agreeing.found).toHaveLength(1);
  });

  it('reports a fix whose element is gone and leaves the reading as the reader made it', () => {
    const document = open(PAGE.replace(/<div id="gift">.*?<\/div><\/div>/, ''));
    const reading = readBillingPage(document, URL_);
    const fixed = applyFixes(document, reading, [creditFix()], null);
    expect(fixed.reading).toEqual(reading);
    expect(fixed.lost.map((fix) => fix.field)).toEqual(['creditBalance']);
  });

  it('points the coupon entry at the button the user showed', () => {
    const document = open();
    const button = document.querySelector('button')!;
    const fix = aFix({ accountId: ACCOUNT, field: 'couponEntry', target: describeTarget(button)! });
    const reading = { ...readBillingPage(document, URL_), couponEntry: { kind: 'none' as const, selector: null, confidence: 0, signals: [], label: null } };
    const fixed = applyFixes(document, reading, [fix], null);
    expect(fixed.reading.couponEntry).toMatchObject({ kind: 'opener', label: 'Redeem coupon', signals: ['shown by you'] });
    expect(fixed.couponElement).toBe(button);
  });
});

describe('which fixes apply', () => {
  it('only the reading account’s, on pages of the reading’s kind', () => {
    const fixes = [aFix({ id: 'a', accountId: ACCOUNT }), aFix({ id: 'b', accountId: '7000000000000000042' }), aFix({ id: 'c', accountId: ACCOUNT, pageKind: 'bc-payment' })];
    expect(fixesFor({ fixes }, { accountId: ACCOUNT, pageKind: 'payment' }).map((fix) => fix.id)).toEqual(['a']);
    expect(fixesFor({ fixes }, { accountId: null, pageKind: 'payment' })).toEqual([]);
  });
});
