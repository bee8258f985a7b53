/**
 * The board's rows are worked out item by item, with the calendar's and the credit state's remembered
 * answers: these properties hold them to what the plain functions say, for random notebooks across days and time
 * zones (DST edges included), on fixed seeds.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { assertOnSeeds, sampleSeed } from '../../tests/support/property-seeds';
import { creditStatusOf, rememberedCreditStatus } from '../credit/credit-state';
import { deadlinesOf, offerDeadlines } from '../notes/deadlines';
import { groupObservations, observationsOf } from '../notes/observations';
import type { NotesDoc, ObservationsByAccount, Offer } from '../notes/schema';
import { aCode, anAccount, anObservation, anOffer } from '../notes/test-fixtures';
import { boardRows } from './rows';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata'];
const ACCOUNTS = ['7100000000000000001', '7100000000000000002', '7100000000000000003'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Case {
  notes: NotesDoc;
  observations: ObservationsByAccount;
  now: Date;
  timeZone: string;
}

// Around the DST changes of the zones above (March/April, October/November), and any day of a few years.
const nowArb = fc.oneof(
  fc.constantFrom('2026-03-08', '2026-03-29', '2026-04-05', '2026-10-04', '2026-10-25', '2026-11-01').chain((day) =>
    fc.integer({ min: -2 * DAY, max: 2 * DAY }).map((offset) => new Date(Date.parse(`${day}T00:00:00Z`) + offset)),
  ),
  fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }).map((t) => new Date(t)),
);

function caseArb(): fc.Arbitrary<Case> {
  return fc.tuple(nowArb, fc.constantFrom(...ZONES)).chain(([now, timeZone]) => {
    const t = now.getTime();
    const day = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: -120, max: 120 }).map((d) => new Date(t + d * DAY).toISOString().slice(0, 10)) },
      { weight: 1, arbitrary: fc.constantFrom('2026-02-31', '2026-13-01', 'soon') },
    );
    const instant = fc.integer({ min: -120 * 24, max: 24 }).map((h) => new Date(t + h * HOUR + (h % 7) * 60_000).toISOString());
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 2 });
    const account = fc.constantFrom(...ACCOUNTS);
    const currency = fc.constantFrom('USD', 'USD', 'EUR', null);
    const amount = fc.integer({ min: 0, max: 1_000 }).map((n) => `${n}.00`);
    const offer = fc.record({
      accountId: account,
      currency,
      threshold: fc.constantFrom('100.00', '500.00', '0.00', 'abc'),
      creditAmount: maybe(fc.constantFrom('50.00', '250.00')),
      activatedOn: maybe(instant),
      qualifyBy: maybe(day),
      crossedOn: maybe(instant),
      arrivedOn: maybe(instant),
      expiresOn: maybe(day),
      processingWindowHours: fc.constantFrom(48, 24, 72, 0),
      creditValidityDays: fc.constantFrom(90, 30, 365),
      status: fc.constantFrom<Offer['status']>('tracking', 'tracking', 'arrived', 'used-up', 'expired', 'dismissed'),
    });
    const code = fc.record({
      accountId: account,
      receivedOn: day,
      activateBy: maybe(day),
      expiresOn: maybe(day),
      appliedOn: maybe(instant),
      status: fc.constantFrom('unused', 'unused', 'applied', 'rejected') as fc.Arbitrary<'unused' | 'applied' | 'rejected'>,
    });
    const observation = fc.record({ accountId: account, at: instant, currency, spendSoFar: maybe(amount), creditBalance: maybe(amount) });
    return fc
      .record({
        offers: fc.array(offer, { maxLength: 12 }),
        codes: fc.array(code, { maxLength: 12 }),
        observations: fc.array(observation, { maxLength: 10 }),
      })
      .map(({ offers, codes, observations }) => ({
        notes: {
          accounts: ACCOUNTS.slice(0, 2).map((id) => anAccount({ id })),
          offers: offers.map((over, i) => anOffer({ ...over, id: `offer-${i}` })),
          codes: codes.map((over, i) => aCode({ ...over, id: `code-${i}` })),
          notes: [],
          fixes: [],
        },
        observations: groupObservations(observations.map((over) => anObservation(over))),
        now,
        timeZone,
      }));
  });
}

describe('board rows, property', () => {
  it("each row's deadline is the first of its item's in deadlinesOf's sorted list", () => {
    assertOnSeeds(
      fc.property(caseArb(), ({ notes, observations, now, timeZone }) => {
        const first = new Map<string, unknown>();
        for (const deadline of deadlinesOf(notes, observations, now, { timeZone })) {
          const key = `${deadline.subject.type}:${deadline.subject.id}`;
          if (!first.has(key)) first.set(key, deadline);
        }
        for (const row of boardRows(notes, observations, now, timeZone)) expect(row.deadline).toEqual(first.get(row.key) ?? null);
      }),
      400,
    );
  });

  it('rows worked out with answers remembered from other days and zones are the rows a fresh start gives', async () => {
    const cases = fc.sample(caseArb(), { seed: sampleSeed(), numRuns: 120 });
    // One module instance answers every case in turn (its caches filled by the cases before) ...
    const warm = cases.map(({ notes, observations, now, timeZone }) => boardRows(notes, observations, now, timeZone));
    // ... and a fresh one per case, with nothing remembered.
    for (const [i, { notes, observations, now, timeZone }] of cases.entries()) {
      vi.resetModules();
      const fresh = (await import('./rows')).boardRows;
      expect(warm[i]).toEqual(fresh(notes, observations, now, timeZone));
    }
  });

  it("an offer's deadlines read from its worked-out state (as the board's rows ask) are those worked out without it (as the badge's list)", () => {
    assertOnSeeds(
      fc.property(caseArb(), ({ notes, observations, now, timeZone }) => {
        for (const offer of notes.offers) {
          const seen = observationsOf(observations, offer.accountId);
          // A copy is another offer to the remembered answers, which are kept by identity.
          const without = offerDeadlines({ ...offer }, seen, now, timeZone);
          creditStatusOf(offer, seen, null, now, timeZone);
          expect(rememberedCreditStatus(offer, seen, null, now, timeZone)).not.toBeNull();
          expect(offerDeadlines(offer, seen, now, timeZone)).toEqual(without);
        }
      }),
      300,
    );
  });
});
