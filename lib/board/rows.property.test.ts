/**
 * The board's rows are worked out item by item, with the calendar's and the credit state's remembered
 * answers: these properties hold them to what the plain functions say, for random notebooks across days and time
 * zones (DST edges included; tests/support/notebook-cases.ts).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { notebookCaseArb, seenBy } from '../../tests/support/notebook-cases';
import { assertOnSeeds, sampleSeed } from '../../tests/support/property-seeds';
import { creditStatusOf, rememberedCreditStatus } from '../credit/credit-state';
import { deadlinesOf, offerDeadlines } from '../notes/deadlines';
import { observationsOf } from '../notes/observations';
import { boardRows, type BoardState } from './rows';

/**
 * Where each state sits in an item's life: time alone moves an item forward (an offer from earning to
 * pending, overdue, arrived, expiring, expired; a code from waiting to a closed window to expired), never
 * back. What the user marked (dismissed, applied, rejected, used up) holds at any time.
 */
const LIFE: Record<BoardState, number> = {
  'not-started': 0,
  earning: 1,
  pending: 2,
  overdue: 3,
  arrived: 4,
  expiring: 5,
  expired: 6,
  'used-up': 6,
  'to-activate': 0,
  'window-closed': 1,
  'code-expired': 2,
  applied: 0,
  rejected: 0,
  dismissed: 0,
};

describe('board rows, property', () => {
  it("each row's deadline is the first of its item's in deadlinesOf's sorted list", () => {
    assertOnSeeds(
      fc.property(notebookCaseArb(), ({ notes, observations, now, timeZone }) => {
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
    const cases = fc.sample(notebookCaseArb(), { seed: sampleSeed(), numRuns: 120 });
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
      fc.property(notebookCaseArb(), ({ notes, observations, now, timeZone }) => {
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
  it('with what had been seen by then, time alone only moves an item forward in its life, never back', () => {
    assertOnSeeds(
      fc.property(notebookCaseArb(), fc.integer({ min: 1, max: 200 * 24 }), ({ notes, observations, now, timeZone }, hours) => {
        const later = new Date(now.getTime() + hours * 3_600_000);
        const seen = seenBy(observations, now);
        const before = new Map(boardRows(notes, seen, now, timeZone).map((row) => [row.key, row]));
        for (const row of boardRows(notes, seen, later, timeZone)) {
          const was = before.get(row.key)!;
          expect(LIFE[row.state], `${row.key}: ${was.state} at ${now.toISOString()}, ${row.state} ${hours} h later`).toBeGreaterThanOrEqual(LIFE[was.state]);
          // What the user marked does not change with time.
          if (LIFE[was.state] === 0 && ['applied', 'rejected', 'dismissed'].includes(was.state)) expect(row.state).toBe(was.state);
        }
      }),
      300,
    );
  });
});
