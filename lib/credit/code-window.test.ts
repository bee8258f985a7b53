import { describe, expect, it } from 'vitest';
import { code } from '../hints/testing';
import { codeClock, codeTiming } from './code-window';

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
