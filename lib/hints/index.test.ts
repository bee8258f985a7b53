import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HINT_DETAILS } from './details/index';
import { computeHints, HINT_RULES, SEVERITIES, type HintKind } from './index';
import { code, input, notes, observation, offer, reading } from './testing';

describe('the rule registry', () => {
  const files = readdirSync(fileURLToPath(new URL('./rules/', import.meta.url)));

  it('has one rule file with its test beside it for every hint kind, and no unregistered rule', () => {
    const kinds = Object.keys(HINT_RULES).sort();
    const ruleFiles = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3)).sort();
    expect(ruleFiles).toEqual(kinds);
    for (const kind of kinds) expect(files).toContain(`${kind}.test.ts`);
  });

  it('has the details of a rule that has them in one file named after its kind, registered, and no other', () => {
    const detailFiles = readdirSync(fileURLToPath(new URL('./details/', import.meta.url)))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3));
    expect(Object.keys(HINT_DETAILS).sort()).toEqual(detailFiles.sort());
    for (const kind of detailFiles) expect(Object.keys(HINT_RULES)).toContain(kind);
  });

  it('only produces hints of the kind each rule is registered for', () => {
    const busy = input({
      typedCode: ' WELC0ME2026',
      reading: reading({
        spendSoFar: '600.00',
        missing: ['coupon entry'],
        messages: [{ text: 'This code has expired.', kind: 'error', source: 'coupon-entry', nearCouponEntry: true }],
      }),
      notes: notes({ offers: [offer()], codes: [code()] }),
      observations: [observation('2026-03-08T00:00:00Z', { spendSoFar: '100.00' })],
    });
    for (const [kind, rule] of Object.entries(HINT_RULES) as [HintKind, (typeof HINT_RULES)[HintKind]][]) {
      for (const hint of rule(busy)) expect(hint.kind).toBe(kind);
    }
  });
});

describe('computeHints', () => {
  it('orders hints critical, warning, info, success, keeping rule order within a severity', () => {
    const hints = computeHints(
      input({
        now: new Date('2026-03-15T10:00:00Z'),
        typedCode: 'WELCOME2026',
        reading: reading({ couponEntry: { kind: 'field', selector: 'input', confidence: 0.9, signals: [], label: 'Promo code' }, missing: ['balances'], amounts: [] }),
        notes: notes({ codes: [code()], offers: [offer({ arrivedOn: '2026-03-01T00:00:00Z' })] }),
      }),
    );
    const ranks = hints.map((h) => SEVERITIES.indexOf(h.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(hints.map((h) => `${h.kind}:${h.state}`)).toEqual([
      'code-deadline:activate-within-a-day',
      'coupon-entry:field',
      'layout-changed:partly-found',
      'code-typing:matches-saved',
      'credit-status:arrived',
    ]);
  });

  it('on a page where spend crossed a noted threshold: pending, then overdue after the window', () => {
    const base = { reading: reading({ spendSoFar: '612.40' }), notes: notes({ offers: [offer()] }), observations: [observation('2026-03-10T08:00:00Z', { spendSoFar: '612.40' })] };
    const pending = computeHints(input({ ...base, now: new Date('2026-03-11T08:00:00Z') })).find((h) => h.kind === 'credit-status');
    expect(pending).toMatchObject({ state: 'pending', id: 'credit-status:offer-1:pending' });
    const overdue = computeHints(input({ ...base, now: new Date('2026-03-12T08:00:01Z') })).find((h) => h.kind === 'credit-status');
    expect(overdue).toMatchObject({ state: 'overdue', id: 'credit-status:offer-1:overdue' });
  });

  it('gives each hint an id of kind, subject and state', () => {
    for (const hint of computeHints(input({ notes: notes({ offers: [offer()], codes: [code()] }) }))) {
      expect(hint.id).toBe(`${hint.kind}:${hint.subject?.id ?? 'page'}:${hint.state}`);
    }
  });

  it('keeps the other hints when a rule throws, and reports it', () => {
    const errors: string[] = [];
    const broken = input({ notes: { ...notes({ codes: [code()] }), offers: null as never } });
    const hints = computeHints(broken, { onRuleError: (kind) => errors.push(kind) });
    expect(errors).toContain('credit-status');
    expect(hints.some((h) => h.kind === 'code-deadline')).toBe(true);
  });

  it('never counts a credit line as ad credit', () => {
    const line = { available: '8000.00', limit: '10000.00', currency: 'USD' };
    const invoicing = reading({ pageKind: 'bc-payment', billingType: 'invoice', creditBalance: null, creditLine: line, amounts: [] });
    const hints = computeHints(
      input({
        reading: invoicing,
        notes: notes({ offers: [offer({ arrivedOn: '2026-03-01T00:00:00Z', creditAmount: '500.00' })] }),
        observations: [observation('2026-03-05T00:00:00Z', { creditBalance: null }), observation('2026-03-09T00:00:00Z', { creditBalance: null })],
      }),
    );
    const shown = JSON.stringify(hints);
    expect(shown).not.toMatch(/8,000|8000|10,000|10000/);
    expect(hints.map((hint) => hint.kind)).not.toContain('burn-rate');
  });

  it('returns no hints without a usable clock', () => {
    expect(computeHints(input({ now: new Date(Number.NaN) }))).toEqual([]);
  });

  it('is deterministic', () => {
    const make = () => input({ typedCode: 'x', notes: notes({ offers: [offer()], codes: [code()] }), observations: [observation('2026-03-08T00:00:00Z', { spendSoFar: '100.00' })] });
    expect(computeHints(make())).toEqual(computeHints(make()));
  });
});
