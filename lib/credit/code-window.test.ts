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
});
