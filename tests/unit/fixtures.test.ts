import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBillingPage } from '../../lib/reader/read-page';
import { BillingReading } from '../../lib/reader/reading';
import { resolveSelector } from '../../lib/reader/selector';
import { loadSavedHtml, type SavedPage } from '../../scripts/saved-page';

/**
 * Every fixture page read the way `npm run inspect` reads it, compared with its expected reading.
 * Fields an expected file leaves out are not checked; `null` means "must be null".
 */
const PAGES = join(import.meta.dirname, '../fixtures/pages');

interface ExpectedFile {
  url: string | null;
  description: string;
  mode?: 'static' | 'live';
  expected: Record<string, unknown> & {
    couponEntry?: { kind: string; target: string | null; minConfidence?: number };
    messages?: { includes: string; kind: string }[];
    promotions?: Record<string, unknown>[];
  };
}

const fixtures = readdirSync(PAGES)
  .filter((file) => file.endsWith('.expected.json'))
  .map((file) => ({ name: file.replace('.expected.json', ''), spec: JSON.parse(readFileSync(join(PAGES, file), 'utf8')) as ExpectedFile }))
  .filter(({ spec }) => spec.mode !== 'live');

const SCALARS = [
  'pageKind',
  'pageKindConfidence',
  'accountId',
  'currency',
  'billingType',
  'accountBalance',
  'cashBalance',
  'creditBalance',
  'creditLine',
  'spendSoFar',
  'billingThreshold',
  'nextBillDate',
] as const;

const opened: SavedPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((page) => page.close()));
});

describe('fixture pages read as expected', () => {
  it('has a corpus to read', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(fixtures)('$name', ({ name, spec }) => {
    const page = loadSavedHtml(readFileSync(join(PAGES, `${name}.html`), 'utf8'), spec.url);
    opened.push(page);
    const reading = readBillingPage(page.document, page.url);
    const { expected } = spec;

    it('is a schema-valid reading, already in the form validation gives (the reader does not validate it)', () => {
      expect(BillingReading.safeParse(reading).success).toBe(true);
      expect(JSON.stringify(BillingReading.parse(reading))).toBe(JSON.stringify(reading));
    });

    for (const field of SCALARS) {
      if (field in expected) {
        it(`reads ${field}`, () => expect(reading[field]).toEqual(expected[field]));
      }
    }

    if (expected.couponEntry) {
      const entry = expected.couponEntry;
      it(`finds the coupon entry as ${entry.kind}`, () => {
        expect(reading.couponEntry.kind).toBe(entry.kind);
        if (entry.target === null) {
          expect(reading.couponEntry.selector).toBeNull();
          return;
        }
        expect(reading.couponEntry.selector).not.toBeNull();
        const [wanted] = resolveSelector(page.document, entry.target);
        expect(wanted, `fixture target ${entry.target} matches nothing`).toBeDefined();
        expect(resolveSelector(page.document, reading.couponEntry.selector!)).toEqual([wanted]);
        expect(reading.couponEntry.confidence).toBeGreaterThanOrEqual(entry.minConfidence ?? 0);
      });
    }

    if (expected.messages) {
      const messages = expected.messages;
      it(`reports ${messages.length} message(s)`, () => {
        expect(reading.messages.map((message) => message.text)).toHaveLength(messages.length);
        for (const want of messages) {
          expect(reading.messages).toContainEqual(
            expect.objectContaining({ kind: want.kind, text: expect.stringMatching(new RegExp(escapeRegExp(want.includes), 'i')) }),
          );
        }
      });
    }

    if (expected.promotions) {
      const promotions = expected.promotions;
      it(`lists ${promotions.length} promotion(s)`, () => {
        expect(reading.promotions).toHaveLength(promotions.length);
        promotions.forEach((want, index) => expect(reading.promotions[index]).toMatchObject(want));
      });
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
