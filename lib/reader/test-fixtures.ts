/**
 * A valid reading of a Payment page, with nothing on it: tests spell out only the values they are
 * about. The one home of "a reading" for the unit tests, as lib/notes/test-fixtures.ts is of an offer
 * and a code; the hint tests' builder (lib/hints/testing.ts) starts from it. Not shipped: nothing under
 * entrypoints imports it.
 */
import type { BillingReading } from './reading';

export function aReading(overrides: Partial<BillingReading> = {}): BillingReading {
  return {
    url: null,
    pageKind: 'payment',
    pageKindConfidence: 'high',
    language: 'en',
    accountId: null,
    accountIdSource: null,
    businessCenterId: null,
    billingType: null,
    currency: null,
    accountBalance: null,
    cashBalance: null,
    creditBalance: null,
    creditLine: null,
    spendSoFar: null,
    billingThreshold: null,
    nextBillDate: null,
    amounts: [],
    couponEntry: { kind: 'none', selector: null, confidence: 0, signals: [], label: null },
    messages: [],
    promotions: [],
    missing: [],
    ...overrides,
  };
}
