// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageReader } from '../reader/read-page';
import { READ_FAILED, PageReading, type ReadDone, type StoredFixes } from './reading';
import type { ReadingFix } from '../notes/schema';
import { testScope } from '../overlay/test-scope';
import { aFix } from '../notes/test-fixtures';
import { describeTarget } from '../reader/fix-target';
import * as fixes from './fixes';

const URL = 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789';
const PAGE = `
  <h1>Payment</h1>
  <div><span>Spend so far</span><span id="spend">$480.00</span></div>
  <div><span>Cash balance</span><span>$10.00</span></div>`;

let session: ReturnType<typeof testScope>;
let reads: ReadDone[];
let reading: PageReading;

const settle = () => vi.advanceTimersByTimeAsync(2_000);

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = PAGE;
  session = testScope();
  reads = [];
  reading = new PageReading(session.scope, document, URL, (done) => reads.push(done));
});

/** A new session on `url` whose stored fixes are `stored`, their code loaded by `load`. */
function sessionWithFixes(stored: ReadingFix[], load: StoredFixes['load'], url = URL): void {
  session.scope.close();
  session = testScope();
  reads = [];
  reading = new PageReading(session.scope, document, url, (done) => reads.push(done), { stored: () => stored, load });
}

afterEach(() => {
  session.scope.close();
  vi.useRealTimers();
});

describe('reading the Billing page in a session', () => {
  it('reads the page once it is idle, and not again while nothing changes', async () => {
    reading.schedule();
    await settle();
    // A first reading finds the entry (none here): the field is then asked for a code typed before.
    expect(reads).toEqual([{ couponElement: null, changed: true, entryMoved: true, fixesFound: [], fixesLost: [] }]);
    expect(reading.reading?.spendSoFar).toBe('480.00');
    expect(reading.reads).toBe(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(reading.reads).toBe(1);
  });

  it('reads again after the page changes a balance, and says the reading changed', async () => {
    reading.schedule();
    await settle();
    document.getElementById('spend')!.textContent = '$520.00';
    await settle();
    expect(reads.at(-1)?.changed).toBe(true);
    expect(reading.reading?.spendSoFar).toBe('520.00');
  });

  it('a change that reads the same counts a read but keeps the reading', async () => {
    reading.schedule();
    await settle();
    const first = reading.reading;
    document.body.append(document.createElement('div'));
    await settle();
    expect(reads.at(-1)).toEqual({ couponElement: null, changed: false, entryMoved: false, fixesFound: [], fixesLost: [] });
    expect(reading.reads).toBe(2);
    expect(reading.reading).toBe(first);
  });

  it('a coupon field that appears is the entry that moved', async () => {
    reading.schedule();
    await settle();
    document.body.insertAdjacentHTML('beforeend', '<label for="promo">Promo code</label><input id="promo" placeholder="Enter promo code">');
    await settle();
    const last = reads.at(-1)!;
    expect(last.entryMoved).toBe(true);
    expect(last.couponElement).toBe(document.getElementById('promo'));
  });

  it('a page it cannot read gets a plain sentence, keeps the last reading and throws nothing', async () => {
    reading.schedule();
    await settle();
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    vi.spyOn(PageReader.prototype, 'read').mockImplementation(() => {
      throw new Error('odd page');
    });
    reading.schedule();
    await settle();
    expect(reading.error).toBe(READ_FAILED);
    expect(reading.reading?.spendSoFar).toBe('480.00');
    expect(reads.at(-1)?.changed).toBe(true);
  });

  it('a new route is read from scratch at its own address', async () => {
    reading.schedule();
    await settle();
    const promotions = 'https://ads.tiktok.com/i18n/account/promotions?aadvid=7234567890123456789';
    document.body.innerHTML = '<h1>Promotions</h1>';
    reading.navigated(promotions);
    await settle();
    expect(reading.url).toBe(promotions);
    expect(reading.reading?.url).toBe(promotions);
  });

  it('reads a value the reader misses where the user showed it, and says which', async () => {
    document.body.insertAdjacentHTML('beforeend', '<div><span>Gift funds</span><span id="gift">$50.00</span></div>');
    const fix = aFix({ accountId: '7234567890123456789', target: describeTarget(document.getElementById('gift')!)! });
    sessionWithFixes([fix], async () => fixes);
    reading.schedule();
    await settle();
    // The fixes' code loads before the first read (it is not in the Billing module): no read without them.
    expect(reads).toHaveLength(1);
    expect(reading.reading?.creditBalance).toBe('50.00');
    expect(reading.shown).toEqual(['creditBalance']);
    expect(reads.at(-1)?.fixesFound).toEqual([fix]);
    document.getElementById('gift')!.parentElement!.remove();
    await settle();
    expect(reading.reading?.creditBalance).toBeNull();
    expect(reading.shown).toEqual([]);
    expect(reads.at(-1)?.fixesLost).toEqual([fix]);
  });

  it('reads the page without the fixes when their code cannot load, and does not try again at every read', async () => {
    document.body.insertAdjacentHTML('beforeend', '<div><span>Gift funds</span><span id="gift">$50.00</span></div>');
    const fix = aFix({ accountId: '7234567890123456789', target: describeTarget(document.getElementById('gift')!)! });
    const load = vi.fn(() => Promise.reject(new Error('the extension was reloaded')));
    sessionWithFixes([fix], load);
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    reading.schedule();
    await settle();
    expect(reading.reading?.spendSoFar).toBe('480.00');
    expect(reading.reading?.creditBalance).toBeNull();
    expect(reading.shown).toEqual([]);
    document.getElementById('spend')!.textContent = '$490.00';
    await settle();
    expect(reading.reading?.spendSoFar).toBe('490.00');
    expect(load).toHaveBeenCalledOnce();
    debug.mockRestore();
  });

  it("leaves the fixes' code unloaded on the page of an account that has none", async () => {
    document.body.insertAdjacentHTML('beforeend', '<div><span>Gift funds</span><span id="gift">$50.00</span></div>');
    const elsewhere = aFix({ accountId: '7000000000000000001', target: describeTarget(document.getElementById('gift')!)! });
    const load = vi.fn(async () => fixes);
    sessionWithFixes([elsewhere], load);
    reading.schedule();
    await settle();
    expect(reads).toHaveLength(1);
    expect(reading.reading?.spendSoFar).toBe('480.00');
    expect(reading.reading?.creditBalance).toBeNull();
    expect(load).not.toHaveBeenCalled();
  });

  it("loads the fixes' code before the first read where the address names no account, and once while the page keeps changing", async () => {
    document.body.insertAdjacentHTML('beforeend', '<div><span>Ad account ID</span><span>7234567890123456789</span></div><div><span>Gift funds</span><span id="gift">$50.00</span></div>');
    const fix = aFix({ accountId: '7234567890123456789', target: describeTarget(document.getElementById('gift')!)! });
    let arrive: (applier: typeof fixes) => void = () => {};
    const load = vi.fn(() => new Promise<typeof fixes>((resolve) => (arrive = resolve)));
    sessionWithFixes([fix], load, 'https://ads.tiktok.com/i18n/account/payment');
    reading.schedule();
    await settle();
    document.getElementById('spend')!.textContent = '$490.00';
    await settle();
    expect(reads).toHaveLength(0);
    arrive(fixes);
    await settle();
    expect(load).toHaveBeenCalledOnce();
    expect(reads).toHaveLength(1);
    expect(reading.reading?.accountId).toBe('7234567890123456789');
    expect(reading.reading?.spendSoFar).toBe('490.00');
    expect(reading.reading?.creditBalance).toBe('50.00');
  });

  it('stops reading when the user leaves the Finance pages', async () => {
    reading.schedule();
    await settle();
    session.scope.close();
    document.getElementById('spend')!.textContent = '$999.00';
    await settle();
    expect(reading.reads).toBe(1);
  });
});
