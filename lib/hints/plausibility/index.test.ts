import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readBillingPage } from '../../reader/read-page';
import { loadSavedHtml, type SavedPage } from '../../../scripts/saved-page';
import { observation, reading } from '../testing';
import { checkPlausibility, PLAUSIBILITY_RULE_IDS, PLAUSIBILITY_RULES } from './index';

describe('the plausibility rule registry', () => {
  const files = readdirSync(fileURLToPath(new URL('./rules/', import.meta.url)));

  it('has one rule file with its test beside it for every rule id, and no unregistered rule', () => {
    const ids = Object.keys(PLAUSIBILITY_RULES).sort();
    expect(ids).toEqual([...PLAUSIBILITY_RULE_IDS].sort());
    const ruleFiles = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3)).sort();
    expect(ruleFiles).toEqual(ids);
    for (const id of ids) expect(files).toContain(`${id}.test.ts`);
  });

  it('raises only plain findings of its own rule: no sentence, only plain values', () => {
    const busy = reading({
      amounts: [],
      accountBalance: '900.00',
      cashBalance: '100.00',
      creditBalance: '500.00',
      spendSoFar: '10.00',
      nextBillDate: '2026-03-31',
      promotions: [{ name: 'x', creditType: null, status: null, amount: '1.00', usedAmount: null, currency: 'EUR', validFrom: null, validUntil: null }],
    });
    const previous = observation('2026-03-10T00:00:00.000Z', { spendSoFar: '300.00', creditBalance: '50.00' });
    for (const [id, rule] of Object.entries(PLAUSIBILITY_RULES)) {
      for (const finding of rule({ reading: busy, previous, notes: null })) {
        expect(finding.rule).toBe(id);
        expect(finding.severity).toBe('doubt');
        for (const value of Object.values(finding.facts)) expect(['string', 'number', 'boolean'].includes(typeof value) || value === null).toBe(true);
      }
    }
    expect(checkPlausibility(busy, previous).map((finding) => finding.rule)).toEqual(['balance-sum', 'spend-went-down', 'credit-unexplained', 'mixed-currencies']);
  });

  it('keeps the other findings when one rule trips over malformed data', () => {
    const broken = { ...reading({ accountBalance: '9.00', cashBalance: '1.00', creditBalance: '1.00' }), amounts: null } as never;
    expect(checkPlausibility(broken).map((finding) => finding.rule)).toEqual(['balance-sum']);
  });
});

describe('plausibility on the fixture pages', () => {
  const PAGES = fileURLToPath(new URL('../../../tests/fixtures/pages/', import.meta.url));
  const opened: SavedPage[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((page) => page.close()));
  });
  const fixtures = readdirSync(PAGES)
    .filter((file) => file.endsWith('.expected.json'))
    .map((file) => ({ name: file.replace('.expected.json', ''), spec: JSON.parse(readFileSync(join(PAGES, file), 'utf8')) as { url: string | null; mode?: string } }))
    .filter(({ spec }) => spec.mode !== 'live');
  // The doubts the corpus should raise: only the page written to be implausible.
  const EXPECTED: Record<string, string[]> = { 'en-balance-does-not-add-up': ['balance-sum'] };

  it.each(fixtures)('$name raises only the doubts it was written for', ({ name, spec }) => {
    const page = loadSavedHtml(readFileSync(join(PAGES, `${name}.html`), 'utf8'), spec.url);
    opened.push(page);
    const findings = checkPlausibility(readBillingPage(page.document, page.url));
    expect(findings.map((finding) => finding.rule)).toEqual(EXPECTED[name] ?? []);
  });

  it('on the page that does not add up, names the gap', () => {
    const page = loadSavedHtml(readFileSync(join(PAGES, 'en-balance-does-not-add-up.html'), 'utf8'), 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789');
    opened.push(page);
    const [finding] = checkPlausibility(readBillingPage(page.document, page.url));
    expect(finding?.facts).toMatchObject({ accountBalance: '1534.50', sum: '1284.50', gap: '250.00', currency: 'USD' });
  });
});
