import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ACCOUNT, observation, reading } from '../hints/testing';
import { DEFAULT_SETTINGS, EMPTY_NOTES, type StoredNotes } from '../notes/schema';
import { ObservationLog } from './observations';

const AT = new Date('2026-11-24T09:30:00.000Z');
const page = reading({ spendSoFar: '480.00', creditBalance: '50.00' });
const stored = (observations: StoredNotes['observations'] = {}): StoredNotes => ({ notes: EMPTY_NOTES, settings: DEFAULT_SETTINGS, observations });

async function background() {
  vi.resetModules();
  const store = await import('../notes/store');
  store.serveNotesOps();
  return store;
}

describe('the balances a session saw', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('records new numbers for the account in the notes', async () => {
    const writer = await background();
    const log = new ObservationLog();
    log.record(page, { loaded: true, stored: stored() }, AT);
    expect(log.recorded.map((seen) => [seen.at, seen.spendSoFar])).toEqual([[AT.toISOString(), '480.00']]);
    await vi.waitFor(async () => expect((await writer.loadNotes()).observations[ACCOUNT]?.map((seen) => seen.spendSoFar)).toEqual(['480.00']));
  });

  it('records nothing before notes load: the latest stored numbers are not known yet', () => {
    const log = new ObservationLog();
    log.record(page, { loaded: false, stored: null }, AT);
    expect(log.recorded).toEqual([]);
  });

  it('records nothing when the stored numbers already say the same', () => {
    const log = new ObservationLog();
    log.record(page, { loaded: true, stored: stored({ [ACCOUNT]: [observation('2026-11-20T00:00:00.000Z', { spendSoFar: '480.00', creditBalance: '50.00' })] }) }, AT);
    expect(log.recorded).toEqual([]);
  });

  it('does not record the same numbers twice while storage has not echoed the first', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const log = new ObservationLog();
    log.record(page, { loaded: true, stored: stored() }, AT);
    log.record(page, { loaded: true, stored: stored() }, new Date(AT.getTime() + 60_000));
    expect(log.recorded).toHaveLength(1);
  });

  it('keeps at most 21 of its own observations', () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const log = new ObservationLog();
    for (let spend = 0; spend < 30; spend++) log.record(reading({ spendSoFar: `${spend}.00` }), { loaded: true, stored: null }, new Date(AT.getTime() + spend * 60_000));
    expect(log.recorded).toHaveLength(21);
    expect(log.recorded.at(-1)?.spendSoFar).toBe('29.00');
  });
});
