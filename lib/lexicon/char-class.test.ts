import { describe, expect, it } from 'vitest';
import { charClass, CLASS_OTHER, CLASS_WORD, regexClass } from './char-class';

describe('charClass', () => {
  it('gives every Latin-1, general punctuation and currency code unit the class the Unicode regexes give it', () => {
    const written: number[] = [];
    for (let code = 0x80; code <= 0xff; code++) written.push(code);
    for (let code = 0x2000; code <= 0x206f; code++) written.push(code);
    for (let code = 0x20a0; code <= 0x20bf; code++) written.push(code);
    const differ = written.filter((code) => charClass(code) !== regexClass(code)).map((code) => code.toString(16));
    expect(differ).toEqual([]);
  });

  it('asks the regexes beyond those ranges', () => {
    expect(charClass(0x2071)).toBe(CLASS_WORD); // superscript i, a letter
    expect(charClass(0x00b7)).toBe(CLASS_OTHER);
    for (const code of [0x0101, 0x3042, 0x4e00, 0xac00, 0x0e01, 0x0416, 0x0660]) expect(charClass(code)).toBe(regexClass(code));
  });
});
