import { describe, expect, it } from 'vitest';
import type { Promotion } from '../../reader/reading';
import { ACCOUNT, input, reading, english } from '../testing';
import { assignableCreditHints } from './assignable-credit';

const PROMOTIONS_URL = `https://ads.tiktok.com/i18n/account/promotions?aadvid=${ACCOUNT}`;
const promotion = (overrides: Partial<Promotion> = {}): Promotion => ({
  name: 'Holiday ad credit',
  creditType: 'assignable',
  status: 'available',
  amount: '150.00',
  usedAmount: '0.00',
  currency: 'USD',
  validFrom: '2026-03-01',
  validUntil: '2026-04-30',
  selector: 'tbody > tr:nth-of-type(1)',
  ...overrides,
});
const onPromotionsPage = (...promotions: Promotion[]) => input({ reading: reading({ pageKind: 'promotions', url: PROMOTIONS_URL, promotions }) });

describe('assignable-credit hint', () => {
  it('warns that assignable credit with nothing used is likely not assigned, with its amount, expiry and where to assign it', () => {
    const [hint] = english(assignableCreditHints)(onPromotionsPage(promotion()));
    expect(hint).toMatchObject({ kind: 'assignable-credit', state: 'not-assigned', severity: 'warning', id: 'assignable-credit:page:not-assigned' });
    expect(hint!.title).toBe('$150.00 of assignable credit is likely not assigned to a campaign');
    expect(hint!.facts).toContainEqual({ label: 'Expires', value: expect.stringContaining('in 51 days') });
    expect(hint!.facts).toContainEqual({ label: 'Where', value: 'Finance > Promotions, “View/Assign” in its row' });
    expect(hint!.explanation).toContain('will expire unused');
  });

  it('points at the promotion\'s row on the Promotions page', () => {
    const [hint] = english(assignableCreditHints)(onPromotionsPage(promotion({ selector: 'tr.row-7' })));
    expect(hint!.nextStep?.action).toEqual({ type: 'show-on-page', selector: 'tr.row-7' });
  });

  it('names the credit that expires first, and the others beside it', () => {
    const later = promotion({ name: 'Spring credit', validUntil: '2026-06-30' });
    const sooner = promotion({ name: 'Launch credit', validUntil: '2026-03-20', amount: '40.00' });
    const [hint] = english(assignableCreditHints)(onPromotionsPage(later, sooner));
    expect(hint!.facts).toContainEqual({ label: 'Credit', value: 'Launch credit' });
    expect(hint!.facts).toContainEqual({ label: 'Also not assigned', value: 'Spring credit' });
  });

  it('says nothing of credit already being spent, of free credit, of an offer being earned or of expired credit', () => {
    expect(english(assignableCreditHints)(onPromotionsPage(promotion({ usedAmount: '20.00' })))).toEqual([]);
    expect(english(assignableCreditHints)(onPromotionsPage(promotion({ creditType: 'free' })))).toEqual([]);
    expect(english(assignableCreditHints)(onPromotionsPage(promotion({ status: 'earning' })))).toEqual([]);
    expect(english(assignableCreditHints)(onPromotionsPage(promotion({ validUntil: '2026-03-01' })))).toEqual([]);
    expect(english(assignableCreditHints)(onPromotionsPage(promotion({ amount: '0.00' })))).toEqual([]);
    expect(english(assignableCreditHints)(input({ reading: null }))).toEqual([]);
  });

  it('off the Promotions page, says where to go instead of pointing at a row', () => {
    const [hint] = english(assignableCreditHints)(input({ reading: reading({ promotions: [promotion()] }) }));
    expect(hint!.nextStep).toEqual({ label: 'Finance > Promotions, “View/Assign” in its row' });
  });

  it('never takes a credit line for assignable credit', () => {
    const invoicing = reading({ pageKind: 'bc-payment', creditLine: { available: '8000.00', limit: '10000.00', currency: 'USD' }, creditBalance: null });
    expect(english(assignableCreditHints)(input({ reading: invoicing }))).toEqual([]);
  });
});
