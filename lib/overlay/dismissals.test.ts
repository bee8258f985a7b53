import { describe, expect, it } from 'vitest';
import { withDismissed, withRestored } from './dismissals';

describe('dismissed hints', () => {
  it('adds an id once, newest last', () => {
    expect(withDismissed(['a', 'b'], 'a')).toEqual(['b', 'a']);
  });

  it('keeps only the newest ids', () => {
    expect(withDismissed(['a', 'b', 'c'], 'd', 3)).toEqual(['b', 'c', 'd']);
  });

  it('restores the ids asked for and keeps the rest', () => {
    expect(withRestored(['a', 'b', 'c'], ['b', 'x'])).toEqual(['a', 'c']);
  });
});
