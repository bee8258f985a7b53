/**
 * Imported notes files under attack (issue 5, "prototype-polluting keys in imported JSON"):
 * `__proto__`, `constructor` and `prototype` keys anywhere in an otherwise valid export, and random or
 * hostile text. `parseNotesFile` never throws, pollutes no prototype, and either refuses the file with
 * errors or returns exactly the notes the file holds without the unsafe keys.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { exportNotes, parseNotesFile } from '@/lib/notes/export-import';
import { DEFAULT_SETTINGS } from '@/lib/notes/schema';
import { ACCOUNT_ID, aCode, aNote, anAccount, anObservation, anOffer } from '@/lib/notes/test-fixtures';
import { assertOnSeeds } from '../support/property-seeds';

const NOW = new Date('2026-11-24T10:00:00.000Z');
const VALID = exportNotes(
  {
    notes: { accounts: [anAccount()], offers: [anOffer(), anOffer({ id: 'offer-2', threshold: '1000' })], codes: [aCode()], notes: [aNote()], fixes: [] },
    settings: DEFAULT_SETTINGS,
    observations: { [ACCOUNT_ID]: [anObservation()] },
  },
  NOW,
);
const UNSAFE = ['__proto__', 'constructor', 'prototype'] as const;

afterEach(() => {
  // A polluted prototype would leak into every later test; fail loudly where it happened instead.
  for (const key of ['polluted', 'threshold', 'status', 'isAdmin']) {
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, key), `Object.prototype.${key}`).toBe(false);
  }
});

/** Every object in a JSON value, with a way to reach it. */
function objectsIn(value: unknown): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      found.push(v as Record<string, unknown>);
      Object.values(v).forEach(walk);
    }
  };
  walk(value);
  return found;
}

/** Fails on any object in the result that is not plain or that kept an unsafe key. */
function expectPlain(value: unknown): void {
  for (const object of objectsIn(value)) {
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    for (const key of UNSAFE) expect(Object.prototype.hasOwnProperty.call(object, key), `own "${key}" key kept`).toBe(false);
  }
}

const payload = fc.oneof(
  fc.constant({ polluted: 'yes', threshold: '1', status: 'applied', isAdmin: true }),
  fc.constant({ prototype: { polluted: 'yes' } }),
  fc.jsonValue({ maxDepth: 3 }),
);

describe('importing a notes file with prototype-polluting keys', () => {
  it('drops the keys wherever they are and keeps the notes exactly', () => {
    const original = JSON.parse(VALID) as unknown;
    const expected = parseNotesFile(VALID);
    expect(expected.ok).toBe(true);
    assertOnSeeds(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom(...UNSAFE), payload), { minLength: 1, maxLength: 4 }), (injections) => {
        const hostile = structuredClone(original);
        const objects = objectsIn(hostile);
        for (const [at, key, value] of injections) {
          // An own, enumerable key named `__proto__`, as JSON.parse creates it from text.
          Object.defineProperty(objects[at % objects.length]!, key, { value, enumerable: true, configurable: true, writable: true });
        }
        const text = JSON.stringify(hostile);
        for (const [, key] of injections) expect(text).toContain(`"${key}"`);

        const result = parseNotesFile(text);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(result.ok, result.ok ? '' : JSON.stringify(result.errors.slice(0, 2))).toBe(true);
        if (!result.ok || !expected.ok) return;
        expectPlain(result.file);
        expect(result.file).toEqual(expected.file);
      }),
      300,
    );
  });

  it('never throws on random JSON, and refuses or accepts with plain objects only', () => {
    const hostileJson = fc.jsonValue({ maxDepth: 6 }).map((value) => JSON.stringify(value));
    const mangled = fc.tuple(fc.nat(VALID.length), fc.string({ maxLength: 20 })).map(([at, insert]) => VALID.slice(0, at) + insert + VALID.slice(at));
    const keyed = fc.constantFrom(...UNSAFE).map((key) => VALID.replace('{', `{"${key}": {"format": "credit-lens-notes", "version": 1},`));
    assertOnSeeds(
      fc.property(fc.oneof(hostileJson, mangled, keyed, fc.string({ maxLength: 200 })), (text) => {
        const result = parseNotesFile(text);
        if (result.ok) expectPlain(result.file);
        else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) expect(typeof error.message).toBe('string');
        }
      }),
      400,
    );
  });

  it('refuses 100,000 levels of nesting and oversize files with a message, not a crash', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const nested = parseNotesFile(`{"format":"credit-lens-notes","version":1,"notes":${deep}}`);
    expect(nested.ok).toBe(false);
    const huge = parseNotesFile(`{"format":"credit-lens-notes","version":1,"pad":"${'x'.repeat(6 * 1024 * 1024)}"}`);
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.errors[0]!.message).toMatch(/larger than/);
  });
});
