import { describe, expect, it } from 'vitest';
import { supportMessage } from '../hints/rejection-causes';
import { withCheckedCauses } from './support-text';

const NOW = new Date('2026-11-24T09:30:00.000Z');
const base = (checked: string[]) =>
  supportMessage({ code: 'WELCOME2026', accountId: '7234567890123456789', errorText: 'This code has expired.', now: NOW, checked, timeZone: 'UTC' });

describe('support message with the causes the user ticked', () => {
  it('is the message unchanged when nothing was ticked', () => {
    expect(withCheckedCauses(base([]), [])).toBe(base([]));
  });

  it('adds the ticks to the list of what was already checked', () => {
    const text = withCheckedCauses(base(['The code was typed without spaces']), ['The code has expired: checked']);
    expect(text).toBe(base(['The code was typed without spaces', 'The code has expired: checked']));
  });

  it('adds the section when the message had none, before the question', () => {
    const text = withCheckedCauses(base([]), ['Another promotion is active: checked']);
    expect(text).toBe(base(['Another promotion is active: checked']));
  });

  it('appends to a message of another shape rather than losing the ticks', () => {
    expect(withCheckedCauses('Hello', ['x'])).toBe('Hello\n\nWhat I already checked:\n- x');
  });
});
