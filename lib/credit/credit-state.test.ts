import { describe, expect, it } from 'vitest';
import { creditBalanceAtZero, creditStatusOf } from './credit-state';
import { creditExpiryOf, useByOf } from './credit-window';
import { endOfDay } from './calendar';
import { ACCOUNT, OTHER_ACCOUNT, observation, offer, reading } from '../hints/testing';

const at = (iso: string) => new Date(iso);

describe('spend-match credit status', () => {
  it('is not started while no spend was seen', () => {
    const status = creditStatusOf(offer(), [], null, at('2026-03-10T00:00:00Z'), 'UTC');
    expect(status.state).toBe('not-started');
    expect(status.reason).toBe('no-spend-seen');
    expect(status.spent).toBeNull();
  });

  it('is not started when the only spend seen is zero', () => {
    const status = creditStatusOf(offer(), [observation('2026-03-01T00:00:00Z', { spendSoFar: '0.00' })], null, at('2026-03-10T00:00:00Z'), 'UTC');
    expect(status.state).toBe('not-started');
  });

  it('is earning below the threshold, with spent, amount left and progress', () => {
    const status = creditStatusOf(offer(), [observation('2026-03-01T00:00:00Z', { spendSoFar: '120.00' })], null, at('2026-03-02T00:00:00Z'), 'UTC');
    expect(status.state).toBe('earning');
    expect(status.spent).toBe(120);
    expect(status.left).toBe(380);
    expect(status.progress).toBeCloseTo(0.24);
  });

  it('counts the page open now as the latest observation', () => {
    const status = creditStatusOf(offer(), [], reading({ spendSoFar: '250.00' }), at('2026-03-02T00:00:00Z'), 'UTC');
    expect(status.state).toBe('earning');
    expect(status.spent).toBe(250);
  });

  it('is pending when spend reaches the threshold exactly, dated by the first observation at it', () => {
    const observations = [
      observation('2026-03-01T00:00:00Z', { spendSoFar: '300.00' }),
      observation('2026-03-02T10:00:00Z', { spendSoFar: '500.00' }),
      observation('2026-03-02T20:00:00Z', { spendSoFar: '640.00' }),
    ];
    const status = creditStatusOf(offer(), observations, null, at('2026-03-03T00:00:00Z'), 'UTC');
    expect(status.state).toBe('pending');
    expect(status.crossedAt?.toISOString()).toBe('2026-03-02T10:00:00.000Z');
    expect(status.crossedFrom).toBe('observation');
    expect(status.expectedBy?.toISOString()).toBe('2026-03-04T10:00:00.000Z');
  });

  it('stays earning a cent below the threshold', () => {
    const status = creditStatusOf(offer(), [observation('2026-03-01T00:00:00Z', { spendSoFar: '499.99' })], null, at('2026-03-02T00:00:00Z'), 'UTC');
    expect(status.state).toBe('earning');
    expect(status.left).toBeCloseTo(0.01);
  });

  it('is still pending exactly 48 hours after crossing and overdue a moment later', () => {
    const observations = [observation('2026-03-02T10:00:00Z', { spendSoFar: '600.00' })];
    expect(creditStatusOf(offer(), observations, null, at('2026-03-04T10:00:00Z'), 'UTC').state).toBe('pending');
    const late = creditStatusOf(offer(), observations, null, at('2026-03-04T10:00:00.001Z'), 'UTC');
    expect(late.state).toBe('overdue');
    expect(late.reason).toBe('window-passed');
  });

  it('uses the offer own processing window (WooCommerce: up to 7 days)', () => {
    const observations = [observation('2026-03-02T10:00:00Z', { spendSoFar: '600.00' })];
    const weekLong = offer({ processingWindowHours: 168 });
    expect(creditStatusOf(weekLong, observations, null, at('2026-03-08T10:00:00Z'), 'UTC').state).toBe('pending');
    expect(creditStatusOf(weekLong, observations, null, at('2026-03-09T10:00:01Z'), 'UTC').state).toBe('overdue');
  });

  it('prefers the crossing time the user entered over observations', () => {
    const observations = [observation('2026-03-05T10:00:00Z', { spendSoFar: '600.00' })];
    const status = creditStatusOf(offer({ crossedOn: '2026-03-01T08:00:00Z' }), observations, null, at('2026-03-04T00:00:00Z'), 'UTC');
    expect(status.crossedFrom).toBe('user');
    expect(status.state).toBe('overdue');
  });

  it('is pending from the user crossing time alone, with no observations at all', () => {
    const status = creditStatusOf(offer({ crossedOn: '2026-03-09T08:00:00Z' }), [], null, at('2026-03-10T00:00:00Z'), 'UTC');
    expect(status.state).toBe('pending');
    expect(status.spent).toBeNull();
  });

  it('ignores spend before activation: only what the account added since counts', () => {
    const observations = [
      observation('2026-03-01T00:00:00Z', { spendSoFar: '400.00' }),
      observation('2026-03-03T00:00:00Z', { spendSoFar: '600.00' }),
    ];
    const status = creditStatusOf(offer({ activatedOn: '2026-03-02T00:00:00Z' }), observations, null, at('2026-03-04T00:00:00Z'), 'UTC');
    expect(status.state).toBe('earning');
    expect(status.spent).toBe(200);
    expect(status.spendBeforeActivation).toBe(400);
  });

  it('does not date the crossing by an observation from before activation', () => {
    const observations = [
      observation('2026-03-01T00:00:00Z', { spendSoFar: '700.00' }),
      observation('2026-03-05T00:00:00Z', { spendSoFar: '1300.00' }),
    ];
    const status = creditStatusOf(offer({ activatedOn: '2026-03-02T00:00:00Z' }), observations, null, at('2026-03-06T00:00:00Z'), 'UTC');
    expect(status.state).toBe('pending');
    expect(status.crossedAt?.toISOString()).toBe('2026-03-05T00:00:00.000Z');
  });

  it('keeps counting across a new billing period when spend so far drops back', () => {
    const observations = [
      observation('2026-03-01T00:00:00Z', { spendSoFar: '300.00' }),
      observation('2026-03-02T00:00:00Z', { spendSoFar: '20.00' }),
      observation('2026-03-03T00:00:00Z', { spendSoFar: '220.00' }),
    ];
    const status = creditStatusOf(offer(), observations, null, at('2026-03-03T12:00:00Z'), 'UTC');
    expect(status.spent).toBe(520);
    expect(status.crossedAt?.toISOString()).toBe('2026-03-03T00:00:00.000Z');
  });

  it('is arrived when the credit balance rose after the crossing, and the expiry clock starts then', () => {
    const observations = [
      observation('2026-03-02T10:00:00Z', { spendSoFar: '600.00', creditBalance: '0.00' }),
      observation('2026-03-03T09:00:00Z', { spendSoFar: '650.00', creditBalance: '500.00' }),
    ];
    const status = creditStatusOf(offer(), observations, null, at('2026-03-04T00:00:00Z'), 'UTC');
    expect(status.state).toBe('arrived');
    expect(status.arrivedFrom).toBe('balance');
    expect(status.arrivedAt?.toISOString()).toBe('2026-03-03T09:00:00.000Z');
    // The validity's last calendar day (arrival 3 March + 90 days, 1 June) ends at midnight in the zone.
    expect(status.useBy?.toISOString()).toBe('2026-06-02T00:00:00.000Z');
    expect(status.useByFrom).toBe('validity');
  });

  it('does not take a balance that only stayed the same for the credit', () => {
    const observations = [
      observation('2026-03-02T10:00:00Z', { spendSoFar: '600.00', creditBalance: '50.00' }),
      observation('2026-03-05T09:00:00Z', { spendSoFar: '650.00', creditBalance: '50.00' }),
    ];
    expect(creditStatusOf(offer(), observations, null, at('2026-03-05T10:00:00Z'), 'UTC').state).toBe('overdue');
  });

  it('takes a balance holding the whole credit for the credit when no balance was seen before crossing', () => {
    const observations = [
      observation('2026-03-02T10:00:00Z', { spendSoFar: '600.00' }),
      observation('2026-03-03T09:00:00Z', { creditBalance: '500.00' }),
    ];
    expect(creditStatusOf(offer(), observations, null, at('2026-03-04T00:00:00Z'), 'UTC').state).toBe('arrived');
  });

  it('is arrived when the user entered the arrival, with the offer own expiry date winning', () => {
    const status = creditStatusOf(
      offer({ arrivedOn: '2026-03-03T00:00:00Z', expiresOn: '2026-05-31' }),
      [],
      null,
      at('2026-03-04T00:00:00Z'), 'UTC');
    expect(status.state).toBe('arrived');
    expect(status.useByFrom).toBe('offer');
    expect(status.useBy?.toISOString()).toBe('2026-06-01T00:00:00.000Z');
  });

  it('uses the offer validity (30 days) when it has no expiry date', () => {
    const status = creditStatusOf(offer({ arrivedOn: '2026-03-01T00:00:00Z', creditValidityDays: 30 }), [], null, at('2026-03-10T00:00:00Z'), 'UTC');
    // 1 March + 30 days is 31 March, usable to the end of that day.
    expect(status.useBy?.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(status.state).toBe('arrived');
  });

  it('is expiring within 14 days of the use-by date and arrived just outside it', () => {
    const arrived = offer({ arrivedOn: '2026-01-01T00:00:00Z' }); // use by the end of 1 April: 2026-04-02T00:00Z
    expect(creditStatusOf(arrived, [], null, at('2026-03-19T00:00:00Z'), 'UTC').state).toBe('expiring');
    expect(creditStatusOf(arrived, [], null, at('2026-03-18T23:59:59Z'), 'UTC').state).toBe('arrived');
  });

  it('is expired from the use-by moment on', () => {
    const arrived = offer({ arrivedOn: '2026-01-01T00:00:00Z' });
    // 1 April is the last usable day, as the badge and the reminders count it.
    expect(creditStatusOf(arrived, [], null, at('2026-04-01T23:59:59Z'), 'UTC').state).toBe('expiring');
    const status = creditStatusOf(arrived, [], null, at('2026-04-02T00:00:00Z'), 'UTC');
    expect(status.state).toBe('expired');
    expect(status.reason).toBe('credit-expired');
  });

  it('is used up when the credit balance went back to zero after arriving', () => {
    const observations = [
      observation('2026-03-02T10:00:00Z', { spendSoFar: '600.00', creditBalance: '0.00' }),
      observation('2026-03-03T09:00:00Z', { creditBalance: '500.00' }),
      observation('2026-03-20T09:00:00Z', { creditBalance: '0.00' }),
    ];
    const status = creditStatusOf(offer(), observations, null, at('2026-03-21T00:00:00Z'), 'UTC');
    expect(status.state).toBe('used-up');
    expect(status.reason).toBe('balance-zero');
  });

  it('a balance at zero is the latest one seen in the offer\'s currency, before now: what used-up credit needs', () => {
    const now = at('2026-03-21T00:00:00Z');
    const landed = observation('2026-03-03T09:00:00Z', { creditBalance: '500.00' });
    const drawn = observation('2026-03-20T09:00:00Z', { creditBalance: '0.00' });
    expect(creditBalanceAtZero(offer(), [landed, drawn], now)).toBe(true);
    expect(creditBalanceAtZero(offer(), [drawn, observation('2026-03-20T10:00:00Z', { creditBalance: '20.00' })], now)).toBe(false);
    expect(creditBalanceAtZero(offer(), [landed, observation('2026-03-20T10:00:00Z', { creditBalance: '0.00', currency: 'EUR' })], now)).toBe(false);
    expect(creditBalanceAtZero(offer(), [landed, observation('2026-03-22T00:00:00Z', { creditBalance: '0.00' })], now)).toBe(false);
    // Every used-up answer from the balance has it at zero.
    expect(creditStatusOf(offer(), [observation('2026-03-02T10:00:00Z', { spendSoFar: '600.00', creditBalance: '0.00' }), landed, drawn], null, now, 'UTC').state).toBe('used-up');
  });

  it('follows the status the user set: used up, expired', () => {
    expect(creditStatusOf(offer({ status: 'used-up' }), [], null, at('2026-03-01T00:00:00Z'), 'UTC').state).toBe('used-up');
    expect(creditStatusOf(offer({ status: 'expired' }), [], null, at('2026-03-01T00:00:00Z'), 'UTC').state).toBe('expired');
    const marked = creditStatusOf(offer({ status: 'arrived' }), [], null, at('2026-03-01T00:00:00Z'), 'UTC');
    expect(marked.state).toBe('arrived');
    expect(marked.useBy).toBeNull();
  });

  it('is expired when the deadline to reach the threshold passed first', () => {
    const observations = [observation('2026-03-01T00:00:00Z', { spendSoFar: '100.00' })];
    const status = creditStatusOf(offer({ qualifyBy: '2026-03-05' }), observations, null, at('2026-03-06T00:00:00Z'), 'UTC');
    expect(status.state).toBe('expired');
    expect(status.reason).toBe('qualify-deadline-passed');
    expect(creditStatusOf(offer({ qualifyBy: '2026-03-05' }), observations, null, at('2026-03-05T23:59:00Z'), 'UTC').state).toBe('earning');
  });

  it('does not compare amounts across currencies, and says so', () => {
    const observations = [observation('2026-03-01T00:00:00Z', { spendSoFar: '900.00', currency: 'EUR' })];
    const status = creditStatusOf(offer(), observations, reading({ currency: 'EUR', spendSoFar: '950.00' }), at('2026-03-02T00:00:00Z'), 'UTC');
    expect(status.state).toBe('not-started');
    expect(status.reason).toBe('currency-mismatch');
    expect(status.currencyMismatch).toEqual({ offer: 'USD', seen: 'EUR' });
    expect(status.spent).toBeNull();
  });

  it('compares amounts whose currency is unknown', () => {
    const observations = [observation('2026-03-01T00:00:00Z', { spendSoFar: '600.00', currency: null })];
    expect(creditStatusOf(offer(), observations, null, at('2026-03-02T00:00:00Z'), 'UTC').state).toBe('pending');
  });

  it('ignores spend in a different ad account, on the page or observed', () => {
    const observations = [observation('2026-03-01T00:00:00Z', { spendSoFar: '900.00', accountId: OTHER_ACCOUNT })];
    const page = reading({ accountId: OTHER_ACCOUNT, spendSoFar: '950.00' });
    const status = creditStatusOf(offer(), observations, page, at('2026-03-02T00:00:00Z'), 'UTC');
    expect(status.state).toBe('not-started');
    expect(status.otherAccount).toBe(OTHER_ACCOUNT);
    expect(status.currencyMismatch).toBeNull();
  });

  it('ignores observations dated after now and malformed ones', () => {
    const observations = [
      observation('2026-03-09T00:00:00Z', { spendSoFar: '900.00' }),
      observation('not a date', { spendSoFar: '900.00' }),
      observation('2026-03-01T00:00:00Z', { spendSoFar: 'lots' }),
    ];
    expect(creditStatusOf(offer(), observations, null, at('2026-03-02T00:00:00Z'), 'UTC').state).toBe('not-started');
  });

  it('survives an offer with a malformed threshold and window', () => {
    const bad = offer({ threshold: 'NaN', processingWindowHours: -3, crossedOn: '2026-03-01T00:00:00Z' });
    const status = creditStatusOf(bad, [observation('2026-03-01T00:00:00Z', { spendSoFar: '10.00' })], null, at('2026-03-02T00:00:00Z'), 'UTC');
    expect(status.windowHours).toBe(48);
    expect(status.state).toBe('pending');
    expect(status.progress).toBeNull();
  });

  it('reads the account of the offer, not the first account observed', () => {
    const status = creditStatusOf(offer({ accountId: ACCOUNT }), [observation('2026-03-01T00:00:00Z', { spendSoFar: '50.00' })], null, at('2026-03-02T00:00:00Z'), 'UTC');
    expect(status.spent).toBe(50);
  });
});

describe('one expiry for landed credit', () => {
  // The overlay's state and the deadlines list (badge, reminders, calendar) once counted it two ways,
  // arrival + 90×24 h against the arrival's calendar day + 90, and disagreed for up to a day.
  it.each(['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati'])('the overlay ends credit at the end of the day the deadlines list names, in %s', (zone) => {
    const arrivedOn = '2026-03-03T20:30:00.000Z';
    const landed = { ...offer(), expiresOn: null, arrivedOn, status: 'arrived' as const };
    const day = creditExpiryOf(landed, zone);
    const { useBy, from } = useByOf(landed, new Date(arrivedOn), zone);
    expect(from).toBe('validity');
    expect(day).not.toBeNull();
    expect(useBy?.getTime()).toBe(endOfDay(day, zone)?.getTime());
    // 90 days after the local day of arrival, which is 4 March east of UTC and 3 March west of it.
    expect(day).toBe(zone === 'Asia/Tokyo' || zone === 'Pacific/Kiritimati' ? '2026-06-02' : '2026-06-01');
  });
});
