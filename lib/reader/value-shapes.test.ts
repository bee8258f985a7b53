import { describe, expect, it } from 'vitest';
import { ADVERTISER_ID, ADVERTISER_ID_IN_TEXT } from './value-shapes';

describe('value shapes', () => {
  it('finds an advertiser id in a text exactly when it is one on its own: the same digits, 6 to 25', () => {
    for (let length = 4; length <= 27; length++) {
      const id = '7'.repeat(length);
      const found = ADVERTISER_ID_IN_TEXT.exec(`Ad account ID: ${id} · USD`)?.[1] ?? null;
      expect([length, found]).toEqual([length, ADVERTISER_ID.test(id) ? id : null]);
    }
  });

  it('takes no part of a longer run of digits for an id', () => {
    expect(ADVERTISER_ID_IN_TEXT.exec(`No. ${'1'.repeat(30)}`)).toBeNull();
  });
});
