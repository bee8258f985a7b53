import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { savedPages } from '../../tests/support/saved-pages';
import { ReadingFix } from '../notes/schema';
import { readBillingPage } from '../reader/read-page';
import { applyFixes } from './fixes';
import { fixFromPick } from './pick';

const PAGE = readFileSync(new URL('../../tests/e2e/pages/credit-unlabelled.html', import.meta.url), 'utf8');
const URL_ = 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789';
const NOW = new Date('2026-11-24T10:00:00.000Z');
const open = savedPages(URL_, PAGE);

describe('turning a pick into a fix', () => {
  it('a picked ad credit becomes a valid fix for this account and page kind, which reads it back', () => {
    const document = open();
    const reading = readBillingPage(document, URL_);
    const outcome = fixFromPick(document.querySelector('[data-testid="gift-value"]')!, 'creditBalance', reading, 'fix-1', NOW);
    if (!outcome.ok) throw new Error(`refused: ${outcome.problem}`);
    expect(ReadingFix.parse(outcome.fix)).toMatchObject({ accountId: '7234567890123456789', pageKind: 'payment', field: 'creditBalance', createdAt: NOW.toISOString(), lostAt: null });
    expect(applyFixes(document, reading, [outcome.fix], null).reading.creditBalance).toBe('50.00');
  });

  it('refuses what cannot be the value: a label for an amount, an amount for the code entry, a page without an account', () => {
    const document = open();
    const reading = readBillingPage(document, URL_);
    const label = [...document.querySelectorAll('div')].find((element) => element.textContent === 'Gift funds')!;
    expect(fixFromPick(label, 'creditBalance', reading, 'x', NOW)).toEqual({ ok: false, problem: 'not-amount', text: 'Gift funds' });
    expect(fixFromPick(document.querySelector('[data-testid="gift-value"]')!, 'couponEntry', reading, 'x', NOW)).toMatchObject({ ok: false, problem: 'not-entry' });
    expect(fixFromPick(document.querySelector('button')!, 'couponEntry', reading, 'x', NOW).ok).toBe(true);
    expect(fixFromPick(document.querySelector('button')!, 'couponEntry', { ...reading, accountId: null }, 'x', NOW)).toMatchObject({ problem: 'no-account' });
  });
});
