/**
 * Builders for hint tests: a valid reading, notes, offers, codes and observations with everything a
 * test does not care about filled in. Test-only; nothing in the extension imports it.
 */
import type { Code, NotesDoc, Observation, Offer } from '../notes/schema';
import type { BillingReading } from '../reader/reading';
import type { Hint, HintAction, HintInput, HintRule } from './types';
import type { RejectionCause } from '../notes/schema';
import { englishTranslator } from '../i18n/node-catalog';
import { supportMessage } from './support-text';
import { aCode, anOffer } from '../notes/test-fixtures';
import { aReading } from '../reader/test-fixtures';

export const ACCOUNT = '7234567890123456789';
export const OTHER_ACCOUNT = '7000000000000000042';
export const PAYMENT_URL = `https://ads.tiktok.com/i18n/account/payment?aadvid=${ACCOUNT}`;

export function reading(overrides: Partial<BillingReading> = {}): BillingReading {
  return aReading({
    url: PAYMENT_URL,
    accountId: ACCOUNT,
    accountIdSource: 'url',
    billingType: 'automatic',
    currency: 'USD',
    amounts: [{ role: 'spendSoFar', value: '0.00', currency: 'USD', label: 'Spend so far', text: '$0.00' }],
    ...overrides,
  });
}

export function offer(overrides: Partial<Offer> = {}): Offer {
  return anOffer({ accountId: ACCOUNT, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', ...overrides });
}

export function code(overrides: Partial<Code> = {}): Code {
  const stamp = '2026-03-01T00:00:00.000Z';
  return aCode({ accountId: ACCOUNT, code: 'WELCOME2026', receivedOn: '2026-03-01', createdAt: stamp, updatedAt: stamp, ...overrides });
}

export function observation(at: string, values: Partial<Observation> = {}): Observation {
  return {
    at,
    accountId: ACCOUNT,
    currency: 'USD',
    spendSoFar: null,
    creditBalance: null,
    cashBalance: null,
    accountBalance: null,
    ...values,
  };
}

export function notes(overrides: Partial<NotesDoc> = {}): NotesDoc {
  return { accounts: [], offers: [], codes: [], notes: [], fixes: [], ...overrides };
}

export function input(overrides: Partial<HintInput> = {}): HintInput {
  return {
    reading: reading(),
    notes: notes(),
    observations: [],
    now: new Date('2026-03-10T12:00:00.000Z'),
    ...overrides,
  };
}

/** A hint as an English reader sees it: every message rendered (UTC unless the input names a zone). */
export interface EnglishHint extends Omit<Hint, 'title' | 'explanation' | 'facts' | 'nextStep' | 'causes'> {
  // Rendered forms of the message fields below.
  title: string;
  explanation: string;
  facts: { label: string; value: string }[];
  nextStep: { label: string; action?: HintAction & { text?: string }; code?: string } | null;
  causes?: { cause: RejectionCause; score: number; title: string; because: string[]; check: string }[];
}

export function inEnglish(hint: Hint, timeZone: string | null = null): EnglishHint {
  const t = englishTranslator(timeZone);
  const action = hint.nextStep?.action;
  const { causes: _causes, ...rest } = hint;
  return {
    ...rest,
    title: t.t(hint.title),
    explanation: hint.explanation.map((sentence) => t.t(sentence)).join(' '),
    facts: hint.facts.map((fact) => ({ label: t.t(fact.label), value: t.value(fact.value) })),
    nextStep: hint.nextStep && {
      label: t.t(hint.nextStep.label),
      ...(action ? { action: action.type === 'copy-support' ? { ...action, text: supportMessage(action.support, t) } : action } : {}),
      ...(hint.nextStep.code === undefined ? {} : { code: hint.nextStep.code }),
    },
    ...(hint.causes
      ? { causes: hint.causes.map((cause) => ({ ...cause, title: t.t(cause.title), because: cause.because.map((reason) => t.t(reason)), check: t.t(cause.check) })) }
      : {}),
  };
}

/** A rule whose hints come out in English, for tests that read the words. */
export const english =
  (rule: HintRule) =>
  (input: HintInput): EnglishHint[] =>
    rule(input).map((hint) => inEnglish(hint, input.timeZone ?? null));
