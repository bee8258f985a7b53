import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHUNK_IMPORTER } from '../handover';
import { codeTypingHints as rule } from './rules/code-typing';
import { input } from './testing';

const now = new Date('2026-03-10T12:00:00Z');
const typed = input({ now, typedCode: ' SPRING 2026 ' });
const scope = globalThis as Record<symbol, unknown>;

/** A fresh copy of the stand-in (its load state is the module's), with `importer` as the loader's. */
async function standIn(importer?: (file: string) => Promise<unknown>) {
  vi.resetModules();
  if (importer) scope[CHUNK_IMPORTER] = importer;
  return import('./code-typing-on-demand');
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

beforeEach(() => {
  vi.spyOn(console, 'debug').mockImplementation(() => {});
});

afterEach(() => {
  delete scope[CHUNK_IMPORTER];
  vi.restoreAllMocks();
});

describe('the Billing module’s code-typing rule, loaded when the user first types a code', () => {
  it('loads nothing while nothing is typed', async () => {
    const importer = vi.fn(() => Promise.resolve({ codeTypingHints: rule }));
    const { codeTypingHints } = await standIn(importer);
    expect(codeTypingHints(input({ now, typedCode: null }))).toEqual([]);
    await settle();
    expect(importer).not.toHaveBeenCalled();
  });

  it('loads the rule with parts.js on the first typed code, once, then says what the rule says', async () => {
    const importer = vi.fn((_file: string) => Promise.resolve({ codeTypingHints: rule }));
    const { codeTypingHints, onTypingRuleLoaded } = await standIn(importer);
    const refresh = vi.fn();
    onTypingRuleLoaded(refresh);
    expect(codeTypingHints(typed)).toEqual([]);
    expect(codeTypingHints(typed)).toEqual([]); // the next character, while it loads
    await settle();
    expect(importer.mock.calls).toEqual([['parts.js']]);
    // The session works the hints out again, and now they are the rule's.
    expect(refresh).toHaveBeenCalledOnce();
    expect(codeTypingHints(typed)).toEqual(rule(typed));
    expect(codeTypingHints(typed).map((hint) => hint.state)).toContain('spaces');
  });

  it('gives no cards when the rule cannot load, and tries again on the next typed code', async () => {
    const importer = vi.fn((_file: string): Promise<unknown> => Promise.reject(new Error('the extension was reloaded')));
    const { codeTypingHints, onTypingRuleLoaded } = await standIn(importer);
    const refresh = vi.fn();
    const stop = onTypingRuleLoaded(refresh);
    expect(codeTypingHints(typed)).toEqual([]);
    await settle();
    expect(refresh).not.toHaveBeenCalled();
    importer.mockImplementation(() => Promise.resolve({ codeTypingHints: rule }));
    expect(codeTypingHints(typed)).toEqual([]);
    await settle();
    expect(importer).toHaveBeenCalledTimes(2);
    expect(refresh).toHaveBeenCalledOnce();
    // A session that ended is not called any more.
    stop();
    expect(codeTypingHints(typed)).toEqual(rule(typed));
  });
});
