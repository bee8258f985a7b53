/**
 * Random notebooks for the properties of what is worked out from them (the board's rows and timeline,
 * lib/board/*.property.test.ts): a few accounts' offers,
 * codes and observations around a moment, across days and time zones (DST edges included), with the
 * odd invalid date or amount a hand-edited import can hold.
 */
import fc from 'fast-check';
import { groupObservations } from '../../lib/notes/observations';
import type { NotesDoc, ObservationsByAccount, Offer } from '../../lib/notes/schema';
import { aCode, anAccount, anObservation, anOffer } from '../../lib/notes/test-fixtures';

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata'];
const ACCOUNTS = ['7100000000000000001', '7100000000000000002', '7100000000000000003'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface NotebookCase {
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

export function notebookCaseArb(): fc.Arbitrary<NotebookCase> {
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

/**
 * The observations made by `now`. A case's sightings may lie after its moment, which no real reading can:
 * a property about what time alone does (a state moving on, a reminder firing later) asks with these.
 */
export const seenBy = (observations: ObservationsByAccount, now: Date): ObservationsByAccount =>
  Object.fromEntries(Object.entries(observations).map(([account, list]) => [account, list.filter((o) => Date.parse(o.at) <= now.getTime())]));
