import { englishTranslator } from '../i18n/node-catalog';
import { describe, expect, it } from 'vitest';
import { guideStep, WHICH_TYPE_GUIDE } from './which-type';

describe('"Which type do I have?" guide', () => {
  it('leads an offer shown in Ads Manager to spend-match, and a received code to the coupon path', () => {
    const start = guideStep(WHICH_TYPE_GUIDE.start);
    if (!start || !('question' in start)) throw new Error('the guide starts with a question');
    const [shown, received] = start.question.options;
    expect(guideStep(shown!.next)).toMatchObject({ outcome: { type: 'spend-match', action: 'track-offer' } });
    expect(guideStep(received!.next)).toMatchObject({ outcome: { type: 'code', action: 'save-code' } });
  });

  it('resolves "not sure" with one more question', () => {
    const unsure = guideStep('how-received');
    if (!unsure || !('question' in unsure)) throw new Error('question expected');
    const next = guideStep(unsure.question.options[2]!.next);
    expect(next).toMatchObject({ question: { id: 'anything-to-type' } });
  });

  it('has no dead ends and reaches every outcome', () => {
    const reached = new Set<string>();
    const walk = (id: string, depth: number) => {
      expect(depth).toBeLessThan(5); // no cycles
      const step = guideStep(id);
      expect(step).not.toBeNull();
      if (step && 'outcome' in step) reached.add(step.outcome.id);
      else if (step) for (const option of step.question.options) walk(option.next, depth + 1);
    };
    walk(WHICH_TYPE_GUIDE.start, 0);
    expect([...reached].sort()).toEqual(Object.keys(WHICH_TYPE_GUIDE.outcomes).sort());
  });

  it('says where codes go and when spend-match credit lands', () => {
    const t = englishTranslator();
    expect(WHICH_TYPE_GUIDE.outcomes.code!.steps.map((step) => t.t(step)).join(' ')).toContain('Finance > Payment, click “Redeem coupon” in the upper right');
    expect(WHICH_TYPE_GUIDE.outcomes['spend-match']!.steps.map((step) => t.t(step)).join(' ')).toContain('48 hours');
  });

  it('returns nothing for unknown ids, including inherited property names', () => {
    expect(guideStep('nope')).toBeNull();
    expect(guideStep('__proto__')).toBeNull();
    expect(guideStep('toString')).toBeNull();
  });
});
