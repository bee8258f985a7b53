import { describe, expect, it } from 'vitest';
import { PLAUSIBILITY_RULE_IDS, type PlausibilityFinding } from '../../lib/hints/plausibility';
import { englishTranslator } from '../../lib/i18n/node-catalog';
import { findingText } from './finding-text';

const finding = (rule: PlausibilityFinding['rule'], facts: PlausibilityFinding['facts']): PlausibilityFinding => ({ rule, severity: 'doubt', facts });
const english = (found: PlausibilityFinding) => englishTranslator().t(findingText(found));

describe('what looks off, in words', () => {
  it('names the amounts of a balance that does not add up', () => {
    const text = english(finding('balance-sum', { accountBalance: '1534.50', cashBalance: '1234.50', creditBalance: '50.00', sum: '1284.50', gap: '250.00', currency: 'USD' }));
    expect(text).toBe('Account balance $1,534.50 is not cash $1,234.50 plus ad credit $50.00: $250.00 apart.');
  });

  it('names the unseen field, or counts several', () => {
    expect(english(finding('unseen-value', { fields: 'creditBalance', count: 1, field: 'creditBalance', value: '50.00', currency: 'USD' }))).toBe(
      'Ad credit $50.00 was read from text you cannot see on the page.',
    );
    expect(english(finding('unseen-value', { fields: 'creditBalance cashBalance', count: 2, field: 'creditBalance', value: '50.00', currency: 'USD' }))).toMatch(
      /^2 values \(Ad credit and Cash balance\)/,
    );
  });

  it('has words for every rule, and never prints a raw fact name, a missing key or "undefined"', () => {
    const facts = { accountBalance: '1', cashBalance: '1', creditBalance: '1', gap: '1', previousSpend: '2', spendSoFar: '1', previousAt: '2026-11-01T00:00:00Z', previousCredit: '1', currencies: 'USD EUR', count: 2, fields: 'spendSoFar', field: 'spendSoFar', value: '1', pageKind: 'payment', currency: 'USD' };
    for (const rule of PLAUSIBILITY_RULE_IDS) {
      const text = english(finding(rule, facts));
      expect(text.length, rule).toBeGreaterThan(20);
      expect(text).not.toMatch(/undefined|NaN|\?|[a-z][A-Z]|misread\./);
    }
  });
});
