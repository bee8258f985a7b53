import { describe, expect, it } from 'vitest';
import { recordOf, z } from './zod';

describe('recordOf', () => {
  const counts = recordOf(z.number().check(z.int(), z.gte(0)));

  it('accepts a plain object whose every value matches, and the empty object', () => {
    expect(counts.safeParse({ script: 3, style: 0 }).success).toBe(true);
    expect(counts.safeParse({}).success).toBe(true);
  });

  it('rejects a value that does not match, an array, null and a primitive, with a readable message', () => {
    for (const bad of [{ script: -1 }, { script: 'three' }, [1, 2], null, 7, 'x']) {
      const parsed = counts.safeParse(bad);
      expect(parsed.success, JSON.stringify(bad)).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('an object of named values');
    }
  });
});
