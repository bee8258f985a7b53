import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import type * as PartsEntry from '../../components/overlay/parts/entry';
import { CHUNK_IMPORTER } from '../handover';
import { pageMarks } from '../overlay/marks';
import type { RulesOnDemand } from './on-demand';
import { rejectionCards } from './rejection-cards';
import { HINT_DETAILS } from './details/index';
import { HINT_RULES } from './index';
import { codeTypingHints as typingRule } from './rules/code-typing';
import { rejectionHints as rejectionRule } from './rules/rejection';
import type { DetailedKind } from './summary';
import { ACCOUNT, code, input, notes, observation, offer, OTHER_ACCOUNT, reading } from './testing';
import type { HintInput } from './types';

const now = new Date('2026-03-10T12:00:00Z');
const typed = input({ now, typedCode: ' SPRING 2026 ' });
const rejected = input({
  now,
  reading: reading({ messages: [{ text: 'This code has expired.', kind: 'error', source: 'coupon-entry', nearCouponEntry: true }] }),
});
const RULES: RulesOnDemand = { codeTypingHints: typingRule, rejectionCards, hintDetails: HINT_DETAILS };
const scope = globalThis as Record<symbol, unknown>;

/** A fresh copy of the stand-ins (their load state is the module's), with `importer` as the loader's. */
async function standIns(importer?: (file: string) => Promise<unknown>) {
  vi.resetModules();
  if (importer) scope[CHUNK_IMPORTER] = importer;
  return import('./on-demand');
}

/** The hint rules as the Billing module builds them: their details from the stand-ins' registry. */
async function billingRules(importer: (file: string) => Promise<unknown>) {
  const standIn = await standIns(importer);
  vi.doMock('./details/index', () => ({ detailsFor: standIn.detailsFor }));
  const { HINT_RULES: rules } = await import('./index');
  vi.doUnmock('./details/index');
  return { ...standIn, rules };
}

/** A page and notes on which each rule with details gives a card. */
const SCENES: Record<DetailedKind, HintInput> = {
  'assignable-credit': input({
    now,
    reading: reading({
      pageKind: 'promotions',
      url: `https://ads.tiktok.com/i18n/account/promotions?aadvid=${ACCOUNT}`,
      promotions: [
        { name: 'Holiday ad credit', creditType: 'assignable', status: 'available', amount: '150.00', usedAmount: '0.00', currency: 'USD', validFrom: '2026-03-01', validUntil: '2026-04-30', selector: 'tbody > tr:nth-of-type(1)' },
      ],
      amounts: [{ role: 'creditBalance', value: '150.00', currency: 'USD', label: 'Ad credit', text: '$150.00' }],
    }),
  }),
  'credit-status': input({ now, notes: notes({ offers: [offer()] }), observations: [observation('2026-03-01T00:00:00Z', { spendSoFar: '200.00' })] }),
  'burn-rate': input({
    now: new Date('2026-03-11T00:00:00Z'),
    reading: null,
    notes: notes({ offers: [offer({ arrivedOn: '2026-03-01T00:00:00Z', expiresOn: '2026-03-31' })] }),
    observations: [observation('2026-03-05T00:00:00Z', { spendSoFar: '100.00', creditBalance: '400.00' }), observation('2026-03-10T00:00:00Z', { spendSoFar: '150.00', creditBalance: '400.00' })],
  }),
  'spend-before-activation': input({
    now,
    reading: null,
    notes: notes({ offers: [offer({ activatedOn: '2026-03-05T00:00:00Z' })] }),
    observations: [observation('2026-03-01T00:00:00Z', { spendSoFar: '150.00' }), observation('2026-03-06T00:00:00Z', { spendSoFar: '250.00' })],
  }),
  'code-deadline': input({ now, notes: notes({ codes: [code()] }) }),
  'coupon-entry': input({ now, reading: reading({ couponEntry: { kind: 'field', selector: '#promo', confidence: 0.9, signals: [], label: 'Promo code' } }) }),
  'coupon-location': input({ now }),
  'layout-changed': input({ now, reading: reading({ missing: ['coupon entry'] }) }),
  'code-redeemed': input({ now, typedCode: 'welcome2026', notes: notes({ codes: [code({ id: 'applied-1', accountId: OTHER_ACCOUNT, status: 'applied', appliedOn: '2026-02-10T09:00:00.000Z' })] }) }),
  'code-market': input({ now, reading: reading({ currency: 'EUR' }), notes: notes({ codes: [code()] }) }),
};
const DETAILED = Object.keys(SCENES) as DetailedKind[];

const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

beforeEach(() => {
  vi.spyOn(console, 'debug').mockImplementation(() => {});
});

afterEach(() => {
  delete scope[CHUNK_IMPORTER];
  vi.restoreAllMocks();
});

it('parts.js exports what the stand-ins use', () => {
  expectTypeOf<typeof PartsEntry>().toExtend<RulesOnDemand>();
});

describe('the Billing module’s code-typing rule, loaded when the user first types a code', () => {
  it('loads nothing while nothing is typed', async () => {
    const importer = vi.fn(() => Promise.resolve(RULES));
    const { codeTypingHints } = await standIns(importer);
    expect(codeTypingHints(input({ now, typedCode: null }))).toEqual([]);
    await settle();
    expect(importer).not.toHaveBeenCalled();
  });

  it('loads the rule with parts.js on the first typed code, once, then says what the rule says', async () => {
    const importer = vi.fn((_file: string) => Promise.resolve(RULES));
    const { codeTypingHints, onRulesLoaded } = await standIns(importer);
    const refresh = vi.fn();
    onRulesLoaded(refresh);
    expect(codeTypingHints(typed)).toEqual([]);
    expect(codeTypingHints(typed)).toEqual([]); // the next character, while it loads
    await settle();
    expect(importer.mock.calls).toEqual([['parts.js']]);
    // The session works the hints out again, and now they are the rule's.
    expect(refresh).toHaveBeenCalledOnce();
    expect(codeTypingHints(typed)).toEqual(typingRule(typed));
    expect(codeTypingHints(typed).map((hint) => hint.state)).toContain('spaces');
  });

  it('gives no cards when the rule cannot load, and tries again on the next typed code', async () => {
    const importer = vi.fn((_file: string): Promise<unknown> => Promise.reject(new Error('the extension was reloaded')));
    const { codeTypingHints, onRulesLoaded } = await standIns(importer);
    const refresh = vi.fn();
    const stop = onRulesLoaded(refresh);
    expect(codeTypingHints(typed)).toEqual([]);
    await settle();
    expect(refresh).not.toHaveBeenCalled();
    importer.mockImplementation(() => Promise.resolve(RULES));
    expect(codeTypingHints(typed)).toEqual([]);
    await settle();
    expect(importer).toHaveBeenCalledTimes(2);
    expect(refresh).toHaveBeenCalledOnce();
    // A session that ended is not called any more.
    stop();
    expect(codeTypingHints(typed)).toEqual(typingRule(typed));
  });
});

describe('the Billing module’s rejection rule, ranked once the page shows a rejected code', () => {
  it('loads nothing on a page without an error about a code', async () => {
    const importer = vi.fn(() => Promise.resolve(RULES));
    const { rejectionHints } = await standIns(importer);
    const quiet = input({ now, reading: reading({ messages: [{ text: 'Payment failed', kind: 'error', source: 'toast', nearCouponEntry: false }] }) });
    expect(rejectionHints(quiet)).toEqual([]);
    expect(rejectionHints(input({ now, reading: null }))).toEqual([]);
    await settle();
    expect(importer).not.toHaveBeenCalled();
  });

  it('loads the ranking with parts.js for the first rejected code, hands it the message’s matches, then says what the rule says', async () => {
    const cards = vi.fn(rejectionCards);
    const importer = vi.fn((_file: string) => Promise.resolve({ ...RULES, rejectionCards: cards }));
    const { rejectionHints, onRulesLoaded } = await standIns(importer);
    const refresh = vi.fn();
    onRulesLoaded(refresh);
    expect(rejectionHints(rejected)).toEqual([]);
    await settle();
    expect(importer.mock.calls).toEqual([['parts.js']]);
    expect(refresh).toHaveBeenCalledOnce();
    expect(rejectionHints(rejected)).toEqual(rejectionRule(rejected));
    expect(rejectionHints(rejected).map((hint) => hint.state)).toEqual(['expired']);
    // Classified in the Billing module, with its lexicon: parts.js gets the matches, not the words to match.
    expect(cards).toHaveBeenCalledWith(rejected, [{ text: 'This code has expired.', named: [expect.objectContaining({ cause: 'expired', lang: 'en' })] }]);
  });

  it('shares one load of parts.js with the code-typing rule', async () => {
    const importer = vi.fn((_file: string) => Promise.resolve(RULES));
    const { codeTypingHints, rejectionHints, onRulesLoaded } = await standIns(importer);
    const refresh = vi.fn();
    onRulesLoaded(refresh);
    expect(codeTypingHints(typed)).toEqual([]);
    expect(rejectionHints(rejected)).toEqual([]);
    await settle();
    expect(importer).toHaveBeenCalledOnce();
    expect(refresh).toHaveBeenCalledOnce();
    expect(rejectionHints(rejected)).toEqual(rejectionRule(rejected));
  });
});

describe('the Billing module’s cards, their details with the open dock’s body', () => {
  it('gives each card the same title, mark and progress as its rule from the start, without details, and asks for nothing', async () => {
    const importer = vi.fn(() => Promise.resolve(RULES));
    const { rules } = await billingRules(importer);
    for (const kind of DETAILED) {
      const full = HINT_RULES[kind](SCENES[kind]);
      expect(full.length, kind).toBeGreaterThan(0);
      expect(full.every((hint) => hint.explanation.length > 0 && hint.facts.length > 0), kind).toBe(true);
      const folded = rules[kind](SCENES[kind]);
      expect(folded, kind).toEqual(full.map((hint) => ({ ...hint, explanation: [], facts: [], nextStep: null })));
      // The marks beside the page's values need only the summary.
      expect(pageMarks(folded, SCENES[kind].reading), kind).toEqual(pageMarks(full, SCENES[kind].reading));
    }
    await settle();
    expect(importer).not.toHaveBeenCalled();
  });

  it('has every rule’s details once parts.js is in, whoever loaded it, and the session is told to work the hints out again', async () => {
    const importer = vi.fn((_file: string) => Promise.resolve(RULES));
    const { rules, onRulesLoaded } = await billingRules(importer);
    const { chunkLoader } = await import('../handover');
    const refresh = vi.fn();
    onRulesLoaded(refresh);
    // The open dock's body asks for parts.js through a loader of its own (components/overlay/parts/load.ts).
    await chunkLoader('parts.js').load();
    expect(refresh).toHaveBeenCalledOnce();
    for (const kind of DETAILED) expect(rules[kind](SCENES[kind]), kind).toEqual(HINT_RULES[kind](SCENES[kind]));
  });
});
