import { describe, expect, it } from 'vitest';
import { findSavedCode, foldLookAlikes, normaliseCode } from './codes';
import { OTHER_ACCOUNT, ACCOUNT, code } from './testing';

describe('saved codes', () => {
  it('compares codes without case, spaces or invisible characters pasted from an e-mail', () => {
    expect(normaliseCode(' welcome\u200B 2026\u202C ')).toBe('WELCOME2026');
    expect(normaliseCode('ＷＥＬＣＯＭＥ')).toBe('WELCOME'); // full-width, typed with a CJK keyboard
  });

  it('folds look-alike characters only for the look-alike comparison', () => {
    expect(foldLookAlikes('BOIL5')).toBe('80115');
    // Another script's digits stand for the same digits, as they do for O and 0.
    expect(foldLookAlikes('SPRING-١٠٠-۲۵-๙')).toBe('5PR1NG-100-25-9');
    expect(normaliseCode('SPRING-١٠٠')).toBe('SPRING-١٠٠');
  });

  it('finds the exact saved code before a look-alike, and the page account first', () => {
    const codes = [code({ id: 'other', accountId: OTHER_ACCOUNT }), code({ id: 'mine' })];
    expect(findSavedCode('welcome2026', codes, ACCOUNT)).toMatchObject({ code: { id: 'mine' }, match: 'exact' });
    expect(findSavedCode('WELC0ME2026', codes, ACCOUNT)).toMatchObject({ code: { id: 'mine' }, match: 'look-alike' });
    expect(findSavedCode('WELCOME٢٠٢٦', codes, ACCOUNT)).toMatchObject({ code: { id: 'mine' }, match: 'look-alike' });
    expect(findSavedCode('SOMETHINGELSE', codes, ACCOUNT)).toBeNull();
    expect(findSavedCode('  ', codes, ACCOUNT)).toBeNull();
  });
});
