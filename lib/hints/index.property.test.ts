import { readCatalog } from '../i18n/node-catalog';
import { inEnglish } from './testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Code, NotesDoc, Observation, Offer } from '../notes/schema';
import type { BillingReading } from '../reader/reading';
import { computeHints, HINT_RULES, SEVERITIES, type Hint, type HintKind } from './index';
import { assertOnSeeds } from '../../tests/support/property-seeds';

/**
 * Whatever the page showed and whatever an old export holds, computing hints never throws and every
 * hint is made of plain strings: notes and readings with hostile text, RTL and invisible marks, huge
 * and malformed numbers, impossible dates.
 */
const hostile = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u202Ecode\u202C',
  '\u200f\u200e\u200b',
  '__proto__',
  'constructor',
  'Infinity',
  '-0',
  '1e309',
  '9'.repeat(400),
  '',
  ' ',
  'WELCOME2026',
  ' welc0me 2026 ',
  'This code has expired.',
  'Срок действия истёк',
  'انتهت صلاحية',
  '优惠码无效',
  'Error',
);
// Free text never spells "NaN" or "undefined" itself, so finding them in a hint means a rule printed a broken number.
const text = fc.oneof(hostile, fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 })).filter((s) => !/NaN|undefined|object Object/.test(s));
const decimal = fc.oneof(
  fc.constantFrom('0', '0.00', '500.00', '499.99', '-5.00', '12345678901234567890.50', '9'.repeat(400), '1e3', 'abc', ''),
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: -1000, max: 100000 }).map((n) => (n / 100).toFixed(2)),
);
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const isoDay = fc.oneof(
  fc.constantFrom('2026-02-31', '2026-13-01', '0000-00-00', '2026-3-1', 'yesterday', '', '9999-12-31', '1970-01-01'),
  fc.date({ min: new Date('2025-06-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const isoTime = fc.oneof(
  fc.constantFrom('2026-03-10T25:61:00Z', 'not a time', '', '2026-03-10', '+275760-09-13T00:00:00.000Z', '2026-03-10T12:00:00+14:00'),
  fc.date({ min: new Date('2025-06-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
);
const account = fc.constantFrom('7234567890123456789', '7000000000000000042', 'x', '');
const currency = nullable(fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'IDR', 'usd', 'XXX', '$$$', ''));
const int = fc.oneof(fc.integer({ min: -10, max: 5000 }), fc.constantFrom(Number.NaN, Infinity, 0.5, 48, 90));

const offer: fc.Arbitrary<Offer> = fc.record({
  id: fc.oneof(fc.constantFrom('offer-1', 'offer-2'), text),
  accountId: account,
  name: text,
  threshold: decimal,
  creditAmount: nullable(decimal),
  currency,
  activatedOn: nullable(isoTime),
  qualifyBy: nullable(isoDay),
  processingWindowHours: int,
  crossedOn: nullable(isoTime),
  arrivedOn: nullable(isoTime),
  expiresOn: nullable(isoDay),
  creditValidityDays: int,
  status: fc.constantFrom('tracking', 'arrived', 'used-up', 'expired', 'dismissed'),
  source: fc.constantFrom('manual', 'page'),
  createdAt: isoTime,
  updatedAt: isoTime,
});

const code: fc.Arbitrary<Code> = fc.record({
  id: fc.oneof(fc.constantFrom('code-1', 'code-2'), text),
  accountId: account,
  code: text,
  source: nullable(text),
  receivedOn: isoDay,
  activateBy: nullable(isoDay),
  expiresOn: nullable(isoDay),
  amount: nullable(decimal),
  currency,
  status: fc.constantFrom('unused', 'applied', 'rejected'),
  rejectedCause: nullable(fc.constantFrom('expired', 'already-used', 'not-eligible', 'promotion-active', 'invalid', 'unknown')),
  rejectedMessage: nullable(text),
  appliedOn: nullable(isoTime),
  createdAt: isoTime,
  updatedAt: isoTime,
});

const observation: fc.Arbitrary<Observation> = fc.record({
  at: isoTime,
  accountId: account,
  currency,
  spendSoFar: nullable(decimal),
  creditBalance: nullable(decimal),
  cashBalance: nullable(decimal),
  accountBalance: nullable(decimal),
});

const reading: fc.Arbitrary<BillingReading> = fc.record({
  url: nullable(fc.oneof(text, fc.constant('https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789'))),
  pageKind: fc.constantFrom('payment', 'promotions', 'transactions', 'invoices', 'bc-payment', 'bc-billing', 'other'),
  pageKindConfidence: fc.constantFrom('high', 'low'),
  language: nullable(fc.constantFrom('en', 'ar', 'zz')),
  accountId: nullable(account),
  accountIdSource: nullable(fc.constantFrom('url', 'page')),
  businessCenterId: nullable(fc.constantFrom('7000000000000000001', '<b>')),
  billingType: nullable(fc.constantFrom('manual', 'automatic', 'invoice')),
  currency,
  accountBalance: nullable(decimal),
  cashBalance: nullable(decimal),
  creditBalance: nullable(decimal),
  creditLine: nullable(fc.record({ available: nullable(decimal), limit: nullable(decimal), currency })),
  spendSoFar: nullable(decimal),
  billingThreshold: nullable(decimal),
  nextBillDate: nullable(isoDay),
  amounts: fc.array(
    fc.record({ role: fc.constantFrom('accountBalance', 'cashBalance', 'creditBalance', 'spendSoFar', 'billingThreshold'), value: decimal, currency, label: text, text }),
    { maxLength: 3 },
  ),
  couponEntry: fc.record({
    kind: fc.constantFrom('field', 'opener', 'none'),
    selector: nullable(text),
    confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    signals: fc.array(text, { maxLength: 2 }),
    label: nullable(text),
  }),
  messages: fc.array(
    fc.record({
      text,
      kind: fc.constantFrom('error', 'success', 'info'),
      source: fc.constantFrom('alert', 'live-region', 'toast', 'coupon-entry', 'invalid-field'),
      nearCouponEntry: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
  promotions: fc.array(
    fc.record({
      name: text,
      creditType: nullable(fc.constantFrom('free', 'assignable', 'conditional')),
      status: nullable(fc.constantFrom('available', 'earning', 'not-available')),
      amount: nullable(decimal),
      usedAmount: nullable(decimal),
      currency,
      validFrom: nullable(isoDay),
      validUntil: nullable(isoDay),
    }),
    { maxLength: 3 },
  ),
  missing: fc.array(text, { maxLength: 3 }),
});

const notesDoc: fc.Arbitrary<NotesDoc> = fc.record({
  accounts: fc.array(
    fc.record({
      id: account,
      name: nullable(text),
      currency,
      billingType: nullable(fc.constantFrom('manual', 'automatic', 'invoice')),
      businessCenterOwned: nullable(fc.boolean()),
      lastSeenOn: nullable(fc.constantFrom('ads', 'business')),
    }),
    { maxLength: 2 },
  ),
  offers: fc.array(offer, { maxLength: 3 }),
  codes: fc.array(code, { maxLength: 3 }),
  notes: fc.constant([]),
  fixes: fc.constant([]),
});

const now = fc.date({ min: new Date('2025-06-01'), max: new Date('2027-06-01'), noInvalidDate: true });

const ENGLISH = readCatalog('en');

/** The keys of every message inside a hint, nested ones included. */
function messageKeysIn(value: unknown, keys: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => messageKeysIn(item, keys));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.key === 'string' && (record.params === undefined || typeof record.params === 'object')) keys.push(record.key);
    Object.values(record).forEach((item) => messageKeysIn(item, keys));
  }
  return keys;
}

function expectPlainHint(hint: Hint): void {
  // Every message a rule makes exists in locales/en.yml with all its placeholders given.
  const en = inEnglish(hint);
  const strings = [hint.id, hint.kind, hint.state, hint.severity, en.title, en.explanation];
  for (const fact of en.facts) strings.push(fact.label, fact.value);
  if (en.nextStep) {
    strings.push(en.nextStep.label);
    const action = en.nextStep.action;
    if (action?.type === 'open-url') {
      strings.push(action.url);
      expect(action.url).toMatch(/^https:\/\/ads\.tiktok\.com\/i18n\/account\/payment\?aadvid=\d{6,25}$/);
    }
    if (action?.type === 'copy-support') strings.push(action.text!);
  }
  for (const cause of en.causes ?? []) {
    strings.push(cause.title, cause.check, ...cause.because);
    expect(cause.score).toBeGreaterThanOrEqual(0);
    expect(cause.score).toBeLessThanOrEqual(1);
  }
  for (const s of strings) expect(typeof s).toBe('string');
  // Every message a rule makes is a key of locales/en.yml (page text may hold anything, so keys are checked, not output).
  for (const key of messageKeysIn(hint)) expect(Object.hasOwn(ENGLISH, key), key).toBe(true);
  for (const s of [en.title, en.explanation]) {
    expect(s).not.toMatch(/NaN|undefined|\[object Object\]/);
    expect(s.length).toBeGreaterThan(0);
  }
  expect(SEVERITIES).toContain(hint.severity);
  expect(hint.id.length).toBeLessThanOrEqual(200);
  if (hint.progress) {
    expect(Number.isFinite(hint.progress.current)).toBe(true);
    expect(Number.isFinite(hint.progress.target)).toBe(true);
  }
}

describe('hints from any reading, notes and observations', () => {
  it('never throw, and every hint is plain strings in severity order', () => {
    assertOnSeeds(
      fc.property(nullable(reading), notesDoc, fc.array(observation, { maxLength: 6 }), now, nullable(text), fc.constantFrom(undefined, null, 'UTC', 'Asia/Tokyo', 'Mars/Olympus'), (page, doc, observations, at, typedCode, timeZone) => {
        const hints = computeHints(
          { reading: page, notes: doc, observations, now: at, typedCode, timeZone },
          {
            onRuleError: (kind: HintKind, error) => {
              throw new Error(`rule ${kind} threw: ${String(error)}`);
            },
          },
        );
        const ranks = hints.map((h) => SEVERITIES.indexOf(h.severity));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(new Set(hints.map((h) => h.id)).size).toBe(hints.length);
        for (const hint of hints) expectPlainHint(hint);
        expect(Object.keys(HINT_RULES)).toContain(hints[0]?.kind ?? 'rejection');
      }),
      300,
      // An offer earning toward a qualify-by day that does not exist (2026-02-31) made the credit-status rule throw.
      [{ seed: -2114556686, numRuns: 271, why: 'fuzz: a countdown to a date that does not exist' }],
    );
  }, 30_000);
});
