import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertOnSeeds } from '../../tests/support/property-seeds';
import { parseMoney } from './money';

// A middle dot is neither a letter, a digit, a space nor a currency sign, and folding keeps it: after
// a space at the end it changes no amount, but it sends the text down the Unicode pattern.
const UNICODE_PATH = ' \u00b7';

const piece = fc.constantFrom('$', 'US$', 'USD', 'EUR', '€', '£', 'kr', 'Rs', '-', '−', '(', ')', '.', ',', "'", ' ', '1', '0', '5', '12', '234', '1,234', '.50', ',50', 'a', 'Q3', 'ID', 'v1.2', '#', '_', '%', ':', '/', '2026-01-05', 'TX');
const anyAscii = fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 });
const amountLike = fc.array(fc.oneof(piece, anyAscii), { maxLength: 8 }).map((pieces) => pieces.join(''));
const hints = fc.constantFrom(undefined, { locale: 'en-US' }, { locale: 'de-DE', currency: 'EUR' }, { currency: 'USD' });

describe('parseMoney on ASCII text (the amount pattern without Unicode classes)', () => {
  it('reads an ASCII text as the Unicode pattern reads it', () => {
    assertOnSeeds(fc.property(amountLike, hints, (text, hint) => {
      expect(parseMoney(text, hint)).toEqual(parseMoney(text + UNICODE_PATH, hint));
    }), 3_000);
  });

  it('still reads letters outside ASCII as letters beside a number', () => {
    expect(parseMoney('$50.00')).toEqual({ value: '50.00', currency: 'USD' });
    expect(parseMoney('é50')).toBeNull();
  });
});
