import { describe, expect, it } from 'vitest';
import { code } from '../hints/testing';
import { codeClock, codeTiming, mayStillEnter } from './code-window';

describe("a saved code's clocks", () => {
  it('gives 14 days from receipt to activate unless the notes say otherwise', () => {
    expect(codeClock(code({ receivedOn: '2026-02-20' }), 'UTC')).toMatchObject({ activateBy: '2026-03-06', activateByFromNotes: false });
    expect(codeClock(code({ activateBy: '2026-04-01' }), 'UTC')).toMatchObject({ activateBy: '2026-04-01', activateByFromNotes: true });
  });

  it('keeps the activation window open through its last day, UTC', () => {
    const saved = code({ receivedOn: '2026-03-01' });
    expect(codeTiming(saved, new Date('2026-03-15T23:59:59Z'), 'UTC').windowPassed).toBe(false);
    expect(codeTiming(saved, new Date('2026-03-16T00:00:00Z'), 'UTC').windowPassed).toBe(true);
    expect(codeTiming(code({ status: 'applied' }), new Date('2026-06-01T00:00:00Z'), 'UTC').windowPassed).toBe(false);
  });

  it('remembers a code\'s clock per time zone: the same code asked in another zone gets that zone\'s clock', () => {
    const saved = code({ receivedOn: '2026-03-01', expiresOn: '2026-04-30' });
    const utc = codeClock(saved, 'UTC');
    expect(codeClock(saved, 'UTC')).toBe(utc);
    const kolkata = codeClock(saved, 'Asia/Kolkata');
    // The same days, ending five and a half hours sooner than in UTC.
    expect(kolkata).toMatchObject({ activateBy: '2026-03-15', expiresOn: '2026-04-30' });
    expect(kolkata.activationEnds?.toISOString()).toBe('2026-03-15T18:30:00.000Z');
    expect(kolkata.expiresAt?.toISOString()).toBe('2026-04-30T18:30:00.000Z');
    expect(codeClock(saved, 'UTC')).toEqual(codeClock({ ...saved }, 'UTC'));
    expect(codeClock(saved, 'UTC').activationEnds?.toISOString()).toBe('2026-03-16T00:00:00.000Z');
  });
});

describe('whether a code may still be entered (what a Copy beside it is for)', () => {
  const at = (saved: ReturnType<typeof code>, now: string) => mayStillEnter(saved, codeTiming(saved, new Date(now), 'UTC'));

  it('while it is neither applied nor expired, whatever was refused or missed before', () => {
    expect(at(code({ receivedOn: '2026-03-01' }), '2026-03-10T00:00:00Z')).toBe(true);
    expect(at(code({ status: 'rejected' }), '2026-03-10T00:00:00Z')).toBe(true);
    // The window is our estimate here (14 days from receipt): the overlay still shows where to enter it.
    expect(at(code({ receivedOn: '2026-03-01' }), '2026-04-01T00:00:00Z')).toBe(true);
  });

  it('not once applied, nor from the day after it expires, refused or not', () => {
    expect(at(code({ status: 'applied' }), '2026-03-10T00:00:00Z')).toBe(false);
    const expiring = code({ expiresOn: '2026-03-20' });
    expect(at(expiring, '2026-03-20T23:59:59Z')).toBe(true);
    expect(at(expiring, '2026-03-21T00:00:00Z')).toBe(false);
    expect(at({ ...expiring, status: 'rejected' }, '2026-03-21T00:00:00Z')).toBe(false);
  });
});
