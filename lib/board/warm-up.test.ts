import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { groupObservations } from '../notes/observations';
import { agencyNotebook } from '../../scripts/agency-notes';
import { assertOnSeeds } from '../../tests/support/property-seeds';
import { BOARD_STATES } from './rows';
import { sampleNotebook, warmUpBoard } from './warm-up';

const ZONES = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Tokyo', 'Australia/Lord_Howe', 'Pacific/Chatham'];
const EVERY_STATE_BUT = (...left: string[]) => BOARD_STATES.filter((state) => !left.includes(state));

describe("the board's warm-up while its notes load", () => {
  it('meets every state an item can be in, on any day and in any zone: the notes then meet code that has seen them all', () => {
    const day = fc.integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2035-12-31T00:00:00Z') }).map((t) => new Date(t));
    assertOnSeeds(
      fc.property(day, fc.constantFrom(...ZONES), (now, zone) => {
        const states = new Set(warmUpBoard(now, zone).map((row) => row.state));
        // Expired (by date) is the one end state left out: it runs through the same steps as used-up.
        expect([...states].sort()).toEqual(EVERY_STATE_BUT('expired').sort());
      }),
      100,
    );
  });

  it("changes nothing the board then shows: a notebook's rows are the same after it as in a page that never ran it", async () => {
    const now = new Date('2026-11-24T12:00:00Z');
    const file = agencyNotebook({ accounts: 6, items: 10, now });
    const { notes } = file;
    const observations = groupObservations(file.observations);
    vi.resetModules();
    const fresh = await import('./rows');
    const untouched = fresh.boardRows(notes, observations, now, 'Europe/Berlin');
    vi.resetModules();
    const warmed = await import('./warm-up');
    const rowsAfter = await import('./rows');
    warmed.warmUpBoard(now, 'Europe/Berlin');
    expect(rowsAfter.boardRows(notes, observations, now, 'Europe/Berlin')).toEqual(untouched);
  });

  it('is a notebook of its own: one account, none of the user\'s', () => {
    const sample = sampleNotebook(new Date('2026-11-24T12:00:00Z'));
    expect(sample.notes.accounts).toHaveLength(1);
    expect(new Set([...sample.notes.offers, ...sample.notes.codes].map((item) => item.accountId))).toEqual(new Set([sample.notes.accounts[0]!.id]));
  });
});
