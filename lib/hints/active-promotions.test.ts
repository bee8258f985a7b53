import { describe, expect, it } from 'vitest';
import type { Promotion } from '../reader/reading';
import { activePromotions } from './active-promotions';
import { input, notes, observation, offer, reading } from './testing';

const now = new Date('2026-03-10T12:00:00.000Z');
const listed = (name: string, status: Promotion['status']): Promotion => ({
  name,
  creditType: 'conditional',
  status,
  amount: null,
  usedAmount: null,
  currency: null,
  validFrom: null,
  validUntil: null,
});
/** The default offer ("Spend $500, get $500"), activated and $100 into its threshold: earning. */
const earningInNotes = (name: string) => ({
  notes: notes({ offers: [offer({ id: 'offer-1', name })] }),
  observations: [observation('2026-03-05T00:00:00Z', { spendSoFar: '100.00' })],
});

describe('what holds the account promotion slot', () => {
  it('lists an offer the page shows and the notes track once, as the page shows it, with the notes offer', () => {
    const found = activePromotions(input({ now, reading: reading({ promotions: [listed('Spend $500, get $500', 'earning')] }), ...earningInNotes('Q4 boost: spend $500, get $500') }));
    expect(found).toEqual([{ source: 'page', name: 'Spend $500, get $500', strength: 'active', offerId: 'offer-1' }]);
  });

  it('takes the notes word when they know the offer holds the slot more firmly than the page says', () => {
    const found = activePromotions(input({ now, reading: reading({ promotions: [listed('Spend $500, get $500', 'available')] }), ...earningInNotes('Spend $500, get $500') }));
    expect(found).toEqual([{ source: 'notes', name: 'Spend $500, get $500', strength: 'active', offerId: 'offer-1', state: 'earning' }]);
  });

  it('keeps a page promotion and a noted offer of other names apart', () => {
    const found = activePromotions(input({ now, reading: reading({ promotions: [listed('Holiday offer', 'earning')] }), ...earningInNotes('Spend $500, get $500') }));
    expect(found.map((p) => [p.source, p.name])).toEqual([
      ['page', 'Holiday offer'],
      ['notes', 'Spend $500, get $500'],
    ]);
  });

  it('leaves out promotions the page lists as not available', () => {
    expect(activePromotions(input({ now, reading: reading({ promotions: [listed('Expired offer', 'not-available')] }) }))).toEqual([]);
  });
});
