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
    // As an Arabic layout, a Japanese or Chinese input method, or a Persian or Thai keyboard types them.
    ['٧، ١', [7, 1]],
    ['٣٠؛٧', [30, 7]],
    ['７、１', [7, 1]],
    ['１４，７', [14, 7]],
    ['۱۴ ۷', [14, 7]],
    ['๗', [7]],
    ['7,\u200b1', [7, 1]],
  ])('%j means %j', (text, days) => {
    expect(parseLeadDays(text)).toEqual({ ok: true, days });
  });

  it.each([
    ['7, x', /“x” is not a whole number/],
    ['1.5', /“1.5” is not a whole number/],
    ['-1', /“-1” is not a whole number/],
    // Quoted as typed, not as read.
    ['٧x', /“٧x” is not a whole number/],
    ['٩١', /^٩١ is too far ahead: at most 90 days/],
    ['120', /at most 90 days/],
    ['1,2,3,4,5,6,7,8,9,10,11', /At most 10 reminders/],
  ])('refuses %j', (text, message) => {
    const result = parseLeadDays(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(englishTranslator().t(result.message)).toMatch(message);
  });
});
