import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertOnSeeds } from '../../tests/support/property-seeds';
import { AMOUNT_CONCEPTS } from './concept-groups';
import { parseMoney } from './money';
import { firstValue, readAmounts, valueLabels, type AmountHints } from './qualify-amounts';
import type { LabelRecord } from './records';
import type { LabelledAmount } from './reading';

/** readAmounts as it read before it kept what it parsed per label: each role's candidates through firstValue. */
function plainAmounts(labels: readonly LabelRecord[], hints: AmountHints): LabelledAmount[] {
  const candidates = valueLabels(labels, AMOUNT_CONCEPTS);
  return AMOUNT_CONCEPTS.flatMap((role) => {
    const found = firstValue(candidates.filter((candidate) => candidate.concept === role), (text) => parseMoney(text, hints));
    if (!found) return [];
    const nearby = found.text === found.label.text ? undefined : [...found.label.after, ...found.label.before].find((item) => item.visible && item.text === found.text);
    const amount: LabelledAmount = { role, value: found.value.value, currency: found.value.currency, label: found.label.text, text: found.text };
    if (nearby?.unseen) amount.unseen = true;
    return [amount];
  });
}

const label = (text: string, concept: (typeof AMOUNT_CONCEPTS)[number], after: LabelRecord['after'], extra: Partial<LabelRecord> = {}): LabelRecord => ({
  key: 0,
  text,
  matches: [{ concept, exact: true, phrase: text } as LabelRecord['matches'][number]],
  visible: true,
  inControl: false,
  inHeading: false,
  inColumnHeader: false,
  inDataRow: false,
  after,
  before: [],
  ...extra,
});

describe('readAmounts', () => {
  it('reads a label again when the hints change, and the same amount object when nothing did', () => {
    const credit = label('Ad credit', 'creditBalance', [{ text: '$50.00', visible: true }]);
    const unhinted = readAmounts([credit], { locale: 'en-US', currency: null });
    const inCad = readAmounts([credit], { locale: 'en-US', currency: 'CAD' });
    expect(inCad[0]?.currency).toBe('CAD');
    expect(unhinted[0]?.currency).not.toBe('CAD');
    expect(readAmounts([credit], { locale: 'en-US', currency: 'CAD' })[0]).toBe(inCad[0]);
    expect(readAmounts([credit], { locale: 'en-US', currency: null })).toEqual(unhinted);
  });

  it('reads what the plain per-role reading reads, over kept and new label records', () => {
    const texts = ['$50.00', '1.234,50 €', 'US$12', '¥3,000', 'Ad credit', 'none', '-$5.25', '(USD) 7.10', '12/11/2026'];
    const nearby = fc.record({ text: fc.constantFrom(...texts), visible: fc.boolean(), unseen: fc.option(fc.constant(true as const), { nil: undefined }) }).map(({ unseen, ...item }) => (unseen ? { ...item, unseen } : item));
    const record = fc
      .record({
        text: fc.constantFrom('Account balance', 'Cash balance', 'Ad credit', 'Spend so far $12', 'Threshold'),
        concept: fc.constantFrom(...AMOUNT_CONCEPTS),
        after: fc.array(nearby, { maxLength: 3 }),
        before: fc.array(nearby, { maxLength: 2 }),
        visible: fc.boolean(),
        inHeading: fc.boolean(),
        inDataRow: fc.boolean(),
      })
      .map(({ text, concept, after, before, ...flags }) => label(text, concept, after, { before, ...flags }));
    const hints = fc.record({ locale: fc.constantFrom(undefined, 'en-US', 'de-DE', 'ja-JP'), currency: fc.constantFrom(null, undefined, 'USD', 'EUR', 'CAD') });
    // A pool of records read over and over, as a kept reader hands back the records of unchanged labels.
    assertOnSeeds(
      fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.array(fc.nat(5), { maxLength: 6 }), hints), { minLength: 1, maxLength: 6 }), (pool, reads) => {
        for (const [picks, hint] of reads) {
          const labels = picks.map((pick) => pool[pick % pool.length]!);
          expect(readAmounts(labels, hint)).toEqual(plainAmounts(labels, hint));
        }
      }),
      200,
    );
  });
});
