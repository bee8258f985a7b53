/**
 * Builders of valid notebook entities: only what the caller is about is spelled out, and the rest is
 * the notebook's defaults (a 48 h processing window, 90 days of validity, no date that was not given).
 * The one home of "an offer" and "a code" for the unit tests and for the notebooks the demo, the bench
 * and the e2e tests seed (scripts/agency-notes.ts, scripts/demo-notes.ts). Not shipped: nothing under
 * entrypoints imports it.
 */
import type { Account, Code, FreeNote, Observation, Offer, ReadingFix } from './schema';

export const ACCOUNT_ID = '7012345678901234567';
const STAMP = '2026-11-01T10:00:00.000Z';

export const anAccount = (over: Partial<Account> = {}): Account => ({
  id: ACCOUNT_ID,
  name: 'Shop ads',
  currency: 'USD',
  billingType: 'manual',
  businessCenterOwned: false,
  lastSeenOn: 'ads',
  ...over,
});

export const anOffer = (over: Partial<Offer> = {}): Offer => ({
  id: 'offer-1',
  accountId: ACCOUNT_ID,
  name: 'Spend $500, get $500',
  threshold: '500.00',
  creditAmount: '500.00',
  currency: 'USD',
  activatedOn: null,
  qualifyBy: null,
  processingWindowHours: 48,
  crossedOn: null,
  arrivedOn: null,
  expiresOn: null,
  creditValidityDays: 90,
  status: 'tracking',
  source: 'manual',
  createdAt: STAMP,
  updatedAt: STAMP,
  ...over,
});

export const aCode = (over: Partial<Code> = {}): Code => ({
  id: 'code-1',
  accountId: ACCOUNT_ID,
  code: 'TTADS-2026-XYZ',
  source: 'e-mail from TikTok',
  receivedOn: '2026-11-20',
  activateBy: null,
  expiresOn: null,
  amount: '100.00',
  currency: 'USD',
  status: 'unused',
  rejectedCause: null,
  rejectedMessage: null,
  appliedOn: null,
  createdAt: STAMP,
  updatedAt: STAMP,
  ...over,
});

export const aNote = (over: Partial<FreeNote> = {}): FreeNote => ({
  id: 'note-1',
  accountId: ACCOUNT_ID,
  text: 'Support said 48 h',
  createdAt: STAMP,
  updatedAt: STAMP,
  ...over,
});

export const anObservation = (over: Partial<Observation> = {}): Observation => ({
  at: STAMP,
  accountId: ACCOUNT_ID,
  currency: 'USD',
  spendSoFar: '100.00',
  creditBalance: '0.00',
  cashBalance: '50.00',
  accountBalance: '50.00',
  ...over,
});

export const aFix = (over: Partial<ReadingFix> = {}): ReadingFix => ({
  id: 'fix-1',
  accountId: ACCOUNT_ID,
  pageKind: 'payment',
  field: 'creditBalance',
  target: { label: 'Ad credit', role: 'generic', nth: 0, anchor: 'main', path: ['div', 'div', 'div'] },
  language: 'en',
  createdAt: STAMP,
  lostAt: null,
  ...over,
});
