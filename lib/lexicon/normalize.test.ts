import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertOnSeeds } from '../../tests/support/property-seeds';
import { normalizeText } from './index';

// A zero-width space is removed before any other fold, so a text led by one takes the full path of
// normalizeText and must come out as the same text without it does on the ASCII shortcut.
const FULL_PATH = '\u200b';

describe('normalizeText on ASCII text (the shortcut past the Unicode folds)', () => {
  it('folds an ASCII text exactly as the full path does', () => {
    const ascii = fc.string({ unit: fc.oneof(fc.constantFrom(' ', '\t', '\n', '*', ':', 'A', 'z', '\x0b', '\x0c', '\r'), fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 })), maxLength: 40 });
    assertOnSeeds(fc.property(ascii, (text) => {
      expect(normalizeText(text)).toBe(normalizeText(FULL_PATH + text));
    }), 2_000);
  });

  it('still takes the full path as soon as one character is not ASCII', () => {
    expect(normalizeText('  CAFÉ  Balance:* ')).toBe('cafe balance');
    expect(normalizeText('Ad\u00adcredit')).toBe('adcredit');
  });
});
