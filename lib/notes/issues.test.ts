import { describe, expect, it } from 'vitest';
import { describeIssue, describeIssues, formatPath } from './issues';
import { Offer } from './schema';
import { anOffer } from './test-fixtures';

describe('issues in words', () => {
  it('formats paths as a user reads them in the file', () => {
    expect(formatPath(['offers', 2, 'threshold'])).toBe('offers[2].threshold');
    expect(formatPath(['7012345678', 0])).toBe('["7012345678"][0]');
    expect(formatPath([])).toBe('');
  });

  it('says what was expected, what was missing and what was found', () => {
    const { id: _id, ...withoutId } = anOffer();
    const result = Offer.safeParse({ ...withoutId, threshold: 500, status: 'waiting', name: '' }, { reportInput: true });
    expect(result.success).toBe(false);
    expect(describeIssues(result.error!.issues)).toBe(
      'id: missing (expected string); name: expected a name; threshold: expected string, got number; status: expected one of "tracking", "arrived", "used-up", "expired", "dismissed"',
    );
  });

  it('describes sizes with their unit', () => {
    expect(describeIssue({ code: 'too_big', path: [], message: 'Invalid input', maximum: 3, origin: 'string' })).toBe('expected at most 3 characters');
    expect(describeIssue({ code: 'too_small', path: [], message: 'Invalid input', minimum: 1, origin: 'number' })).toBe('expected at least 1');
  });
});
