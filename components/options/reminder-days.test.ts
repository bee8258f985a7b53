import { englishTranslator } from '../../lib/i18n/node-catalog';
import { describe, expect, it } from 'vitest';
import { parseLeadDays } from './reminder-days';

describe('reminder lead times', () => {
  it.each([
    ['7, 1', [7, 1]],
    ['1,7', [7, 1]],
    ['14 7 1', [14, 7, 1]],
    ['0', [0]],
    ['3, 3, 1', [3, 1]],
    ['', []],
    ['  ', []],
  ])('%j means %j', (text, days) => {
    expect(parseLeadDays(text)).toEqual({ ok: true, days });
  });

  it.each([
    ['7, x', /“x” is not a whole number/],
    ['1.5', /“1.5” is not a whole number/],
    ['-1', /“-1” is not a whole number/],
    ['120', /at most 90 days/],
    ['1,2,3,4,5,6,7,8,9,10,11', /At most 10 reminders/],
  ])('refuses %j', (text, message) => {
    const result = parseLeadDays(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(englishTranslator().t(result.message)).toMatch(message);
  });
});
