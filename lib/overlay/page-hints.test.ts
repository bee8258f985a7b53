import { describe, expect, it } from 'vitest';
import { ACCOUNT, OTHER_ACCOUNT, offer, reading } from '../hints/testing';
import type { Hint } from '../hints/types';
import { EMPTY_NOTES, type Observation } from '../notes/schema';
import { bySeverity } from '../hints/types';
import { hintsSignature, observationsForPage, pageHints, visibleHints } from './page-hints';

const NOW = new Date('2026-11-24T09:30:00.000Z');
const HOUR = 3_600_000;

const observed = (at: Date, spendSoFar: string, accountId = ACCOUNT): Observation => ({
  at: at.toISOString(),
  accountId,
  currency: 'USD',
  spendSoFar,
  creditBalance: '0.00',
  cashBalance: null,
  accountBalance: null,
});

const card = (id: string, severity: Hint['severity']): Hint => ({ id, kind: 'burn-rate', state: 's', severity, title: { key: 'common.unknown' }, explanation: [], facts: [], nextStep: null });

describe('the observations a page hands to the rules', () => {
  const page = reading({ spendSoFar: '520.00', creditBalance: '0.00' });

  it("ends with the page's own numbers when they are new, at the time they were seen", () => {
    const list = observationsForPage(page, [observed(new Date(NOW.getTime() - HOUR), '430.00')], NOW);
    expect(list.map((o) => o.spendSoFar)).toEqual(['430.00', '520.00']);
    expect(list.at(-1)!.at).toBe(NOW.toISOString());
  });

  it('adds nothing when the latest stored observation already says the same', () => {
    const stored = [observed(new Date(NOW.getTime() - HOUR), '520.00')];
    expect(observationsForPage(page, stored, NOW)).toEqual(stored);
  });

  it("keeps only the page's account, oldest first", () => {
    const list = observationsForPage(page, [observed(NOW, '1.00', OTHER_ACCOUNT), observed(new Date(NOW.getTime() - 2 * HOUR), '520.00'), observed(new Date(NOW.getTime() - 3 * HOUR), '400.00')], NOW);
    expect(list.map((o) => [o.accountId, o.spendSoFar])).toEqual([[ACCOUNT, '400.00'], [ACCOUNT, '520.00']]);
  });
});

describe('hints for a page', () => {
  it('counts the page itself as the first observation over a noted threshold: pending', () => {
    const hints = pageHints({ reading: reading({ spendSoFar: '520.00' }), notes: { ...EMPTY_NOTES, offers: [offer()] }, observations: [], now: NOW });
    expect(hints.find((hint) => hint.kind === 'credit-status')?.state).toBe('pending');
  });

  it('asked about a later time, keeps the moment the page was seen: overdue after the window', () => {
    const hints = pageHints({
      reading: reading({ spendSoFar: '520.00' }),
      notes: { ...EMPTY_NOTES, offers: [offer()] },
      observations: [],
      now: new Date(NOW.getTime() + 49 * HOUR),
      observedAt: NOW,
    });
    expect(hints.find((hint) => hint.kind === 'credit-status')?.state).toBe('overdue');
  });

  it('orders by severity and keeps the rules order within one', () => {
    const ordered = bySeverity([card('a', 'info'), card('b', 'critical'), card('c', 'info'), card('d', 'warning')]);
    expect(ordered.map((hint) => hint.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('leaves out dismissed hints, and its signature changes only with the ids', () => {
    const hints = [card('a', 'info'), card('b', 'info')];
    expect(visibleHints(hints, ['b']).map((hint) => hint.id)).toEqual(['a']);
    expect(hintsSignature(hints)).toBe(hintsSignature([{ ...hints[0]!, title: { key: 'overlay.showMe' } }, hints[1]!]));
    expect(hintsSignature(hints)).not.toBe(hintsSignature([hints[0]!]));
  });
});
