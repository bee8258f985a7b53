/**
 * The message keys are types: these lines only compile because tsc (`npm run typecheck`) rejects the
 * marked calls; a `@ts-expect-error` that stops erroring fails the typecheck.
 */
import { describe, expect, it } from 'vitest';
import { msg } from './message';

describe('typed message keys', () => {
  it('take their placeholders and counts', () => {
    expect(msg('hint.codeDeadline.waitingTitle', { code: 'A1' })).toEqual({ key: 'hint.codeDeadline.waitingTitle', params: { code: 'A1' } });
    expect(msg('common.days', { count: 2 }).key).toBe('common.days');
    expect(msg('overlay.showMe')).toEqual({ key: 'overlay.showMe' });
  });

  it('reject an unknown key, a missing placeholder, a count that is not a number and a plural without its count', () => {
    // @ts-expect-error an unknown key
    msg('overlay.noSuchMessage');
    // @ts-expect-error {code} is missing
    msg('hint.codeDeadline.waitingTitle', {});
    // @ts-expect-error a message with placeholders needs them
    msg('hint.codeDeadline.waitingTitle');
    // @ts-expect-error a plural needs a numeric count
    msg('common.days', { count: 'two' });
    // @ts-expect-error a plural needs its count
    msg('overlay.showDismissed', {});
    // @ts-expect-error a plural form's own key is not a message key
    msg('common.days.one', { count: 1 });
    expect(true).toBe(true);
  });
});
