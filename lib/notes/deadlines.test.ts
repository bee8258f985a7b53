import { describe, expect, it } from 'vitest';
import { codeClock } from '../credit/code-window';
import { crossedOnOf, deadlinesOf, nearestDeadlineDays } from './deadlines';
import { EMPTY_NOTES, type NotesDoc, type ObservationsByAccount } from './schema';
import { ACCOUNT_ID, aCode, anObservation, anOffer } from './test-fixtures';

const UTC = { timeZone: 'UTC' };
const NOW = new Date('2026-11-24T12:00:00Z');
const doc = (over: Partial<NotesDoc>): NotesDoc => ({ ...EMPTY_NOTES, ...over });
/** The badge's count, as syncReminders gets it: from the notebook's deadlines listed in one zone. */
const nearest = (notes: NotesDoc, observations: ObservationsByAccount = {}) => nearestDeadlineDays(deadlinesOf(notes, observations, NOW, UTC), NOW, UTC.timeZone);
const summary = (notes: NotesDoc, observations = {}) =>
  deadlinesOf(notes, observations, NOW, UTC).map((d) => [d.kind, d.date ?? d.at.toISOString(), d.subject.id, d.overdue]);

describe('deadlines', () => {
  it('an unused code: activate within 14 days of receiving it, and its own expiry', () => {
    expect(codeClock(aCode({ receivedOn: '2026-11-20' }), 'UTC').activateBy).toBe('2026-12-04');
    expect(summary(doc({ codes: [aCode({ receivedOn: '2026-11-20', expiresOn: '2026-12-31' })] }))).toEqual([
      ['code-activation', '2026-12-04', 'code-1', false],
      ['code-expiry', '2026-12-31', 'code-1', false],
    ]);
  });

  it('a code that states its own activation date uses it; applied and rejected codes have no deadlines', () => {
    expect(summary(doc({ codes: [aCode({ activateBy: '2026-11-30' })] }))).toEqual([['code-activation', '2026-11-30', 'code-1', false]]);
    expect(summary(doc({ codes: [aCode({ id: 'a', status: 'applied' }), aCode({ id: 'r', status: 'rejected' })] }))).toEqual([]);
  });

  it('a code whose activation window closed yesterday is overdue', () => {
    expect(summary(doc({ codes: [aCode({ receivedOn: '2026-11-09' })] }))).toEqual([['code-activation', '2026-11-23', 'code-1', true]]);
  });

  it('an offer still earning has its qualify-by date', () => {
    expect(summary(doc({ offers: [anOffer({ qualifyBy: '2026-12-15' })] }))).toEqual([['offer-qualify', '2026-12-15', 'offer-1', false]]);
  });

  it('once readings show spend over the threshold, credit is expected within the processing window', () => {
    const observations = {
      [ACCOUNT_ID]: [
        anObservation({ at: '2026-11-20T08:00:00.000Z', spendSoFar: '700.00' }), // before activation: does not count
        anObservation({ at: '2026-11-22T09:00:00.000Z', spendSoFar: '400.00' }),
        anObservation({ at: '2026-11-23T09:00:00.000Z', spendSoFar: '510.00', currency: 'EUR' }), // another currency
        anObservation({ at: '2026-11-23T10:00:00.000Z', spendSoFar: '500.00' }),
      ],
    };
    const offer = anOffer({ activatedOn: '2026-11-21T00:00:00.000Z', qualifyBy: '2026-12-15' });
    expect(crossedOnOf(offer, observations[ACCOUNT_ID], NOW)).toBe('2026-11-23T10:00:00.000Z');
    expect(summary(doc({ offers: [offer] }), observations)).toEqual([['credit-expected', '2026-11-25T10:00:00.000Z', 'offer-1', false]]);
    const late = anOffer({ crossedOn: '2026-11-21T10:00:00.000Z', processingWindowHours: 24 });
    expect(summary(doc({ offers: [late] }), observations)).toEqual([['credit-expected', '2026-11-22T10:00:00.000Z', 'offer-1', true]]);
  });

  it('counts only spend after activation, as the overlay does: no credit is due before that spend reaches the threshold', () => {
    const observations = {
      [ACCOUNT_ID]: [
        anObservation({ at: '2026-11-20T08:00:00.000Z', spendSoFar: '300.00' }), // before activation
        anObservation({ at: '2026-11-23T10:00:00.000Z', spendSoFar: '600.00' }), // 300 counted of 500
      ],
    };
    const offer = anOffer({ activatedOn: '2026-11-21T00:00:00.000Z', qualifyBy: '2026-12-15' });
    expect(crossedOnOf(offer, observations[ACCOUNT_ID], NOW)).toBeNull();
    expect(summary(doc({ offers: [offer] }), observations)).toEqual([['offer-qualify', '2026-12-15', 'offer-1', false]]);
  });

  it('credit that arrived expires after its validity, or on the date the offer states', () => {
    expect(summary(doc({ offers: [anOffer({ status: 'arrived', arrivedOn: '2026-11-24T09:00:00.000Z' })] }))).toEqual([
      ['credit-expiry', '2027-02-22', 'offer-1', false],
    ]);
    expect(summary(doc({ offers: [anOffer({ status: 'arrived', arrivedOn: '2026-11-24T09:00:00.000Z', expiresOn: '2026-12-24' })] }))).toEqual([
      ['credit-expiry', '2026-12-24', 'offer-1', false],
    ]);
    expect(summary(doc({ offers: [anOffer({ status: 'arrived', arrivedOn: '2026-11-24T09:00:00.000Z', creditValidityDays: 30 })] }))[0]![1]).toBe('2026-12-24');
  });

  it('credit the campaigns used up (the balance back at zero after it landed) has no expiry to count down, on the board or the badge', () => {
    const observations = {
      [ACCOUNT_ID]: [
        anObservation({ at: '2026-11-10T09:00:00.000Z', spendSoFar: '600.00', creditBalance: '0.00' }),
        anObservation({ at: '2026-11-11T09:00:00.000Z', spendSoFar: '600.00', creditBalance: '500.00' }),
        anObservation({ at: '2026-11-23T09:00:00.000Z', spendSoFar: '900.00', creditBalance: '0.00' }),
      ],
    };
    // Arrival as the user noted it, and arrival the balance showed: either way the credit is spent.
    const noted = anOffer({ id: 'noted', status: 'arrived', crossedOn: '2026-11-09T09:00:00.000Z', arrivedOn: '2026-11-11T08:00:00.000Z' });
    const seen = anOffer({ id: 'seen', crossedOn: '2026-11-09T09:00:00.000Z' });
    expect(summary(doc({ offers: [noted, seen] }), observations)).toEqual([]);
    expect(nearest(doc({ offers: [noted, seen] }), observations)).toBeNull();
    // Until it is drawn down, the credit still expires.
    const before = { [ACCOUNT_ID]: observations[ACCOUNT_ID]!.slice(0, 2) };
    expect(summary(doc({ offers: [noted] }), before)).toEqual([['credit-expiry', '2027-02-09', 'noted', false]]);
  });

  it('credit the balance shows landed but the user has not marked arrived: its expiry counts down, said as likely, not an overdue "credit expected"', () => {
    const observations = {
      [ACCOUNT_ID]: [
        anObservation({ at: '2026-11-19T09:00:00.000Z', spendSoFar: '500.00', creditBalance: '20.00' }),
        // The credit balance went up by the offer's credit after the crossing: it likely landed.
        anObservation({ at: '2026-11-21T09:00:00.000Z', spendSoFar: '550.00', creditBalance: '520.00' }),
      ],
    };
    const offer = anOffer({ crossedOn: '2026-11-19T10:00:00.000Z' });
    const found = deadlinesOf(doc({ offers: [offer] }), observations, NOW, UTC);
    // Validity counted from the rise, as the overlay's "use by" (90 days from 2026-11-21).
    expect(found.map((d) => [d.kind, d.date, d.overdue, Boolean(d.likely)])).toEqual([['credit-expiry', '2027-02-19', false, true]]);
    expect(nearest(doc({ offers: [offer] }), observations)).toBe(87);
    // Noted as arrived, the same expiry is no longer "likely"; without the rise, credit is still expected (and late).
    const noted = anOffer({ crossedOn: '2026-11-19T10:00:00.000Z', arrivedOn: '2026-11-21T09:00:00.000Z', status: 'arrived' });
    expect(deadlinesOf(doc({ offers: [noted] }), observations, NOW, UTC).map((d) => [d.kind, d.date, Boolean(d.likely)])).toEqual([['credit-expiry', '2027-02-19', false]]);
    const flat = { [ACCOUNT_ID]: observations[ACCOUNT_ID]!.slice(0, 1) };
    expect(summary(doc({ offers: [offer] }), flat)).toEqual([['credit-expected', '2026-11-21T10:00:00.000Z', 'offer-1', true]]);
  });

  it('ended offers have none; the list is in time order', () => {
    const notes = doc({
      offers: [anOffer({ id: 'gone', status: 'dismissed', qualifyBy: '2026-11-30' }), anOffer({ id: 'late', qualifyBy: '2027-01-01' })],
      codes: [aCode({ id: 'soon', receivedOn: '2026-11-15' })],
    });
    expect(summary(notes).map(([, , id]) => id)).toEqual(['soon', 'late']);
  });

  it('the badge: days to the nearest deadline still ahead, 0 for today, null for none', () => {
    expect(nearest(EMPTY_NOTES)).toBeNull();
    const codes = [aCode({ id: 'past', receivedOn: '2026-11-01' }), aCode({ id: 'next', receivedOn: '2026-11-13' })];
    expect(nearest(doc({ codes }))).toBe(3);
    expect(nearest(doc({ codes: [aCode({ activateBy: '2026-11-24' })] }))).toBe(0);
    expect(nearest(doc({ codes: [aCode({ receivedOn: '2026-11-01' })] }))).toBeNull();
  });
});
