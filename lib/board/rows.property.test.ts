/**
 * The board's rows are worked out item by item, with the calendar's and the credit state's remembered
 * answers: these properties hold them to what the plain functions say, for random notebooks across days and time
 * zones (DST edges included; tests/support/board-cases.ts).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { boardCaseArb } from '../../tests/support/board-cases';
import { assertOnSeeds, sampleSeed } from '../../tests/support/property-seeds';
import { creditStatusOf, rememberedCreditStatus } from '../credit/credit-state';
import { deadlinesOf, offerDeadlines } from '../notes/deadlines';
import { observationsOf } from '../notes/observations';
import { boardRows } from './rows';

describe('board rows, property', () => {
  it("each row's deadline is the first of its item's in deadlinesOf's sorted list", () => {
    assertOnSeeds(
      fc.property(boardCaseArb(), ({ notes, observations, now, timeZone }) => {
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
    const cases = fc.sample(boardCaseArb(), { seed: sampleSeed(), numRuns: 120 });
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
      fc.property(boardCaseArb(), ({ notes, observations, now, timeZone }) => {
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
