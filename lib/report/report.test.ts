import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readBillingPage } from '../reader/read-page';
import { loadSavedHtml, type SavedPage } from '../../scripts/saved-page';
import { buildReport } from './build';
import { readReportData } from './read-report';
import { redactReading } from './redact-reading';

const PAGES = fileURLToPath(new URL('../../tests/fixtures/pages/', import.meta.url));
const fixtures = readdirSync(PAGES)
  .filter((file) => file.endsWith('.expected.json'))
  .map((file) => ({ name: file.replace('.expected.json', ''), spec: JSON.parse(readFileSync(join(PAGES, file), 'utf8')) as { url: string | null; mode?: string } }))
  .filter(({ spec }) => spec.mode !== 'live');

const opened: SavedPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((page) => page.close()));
});
const load = (html: string, url: string | null) => {
  const page = loadSavedHtml(html, url);
  opened.push(page);
  return page;
};

describe('a report read back gives the reading the extension made, with values mapped', () => {
  it.each(fixtures)('$name', ({ name, spec }) => roundTrip(name, spec));
});

function roundTrip(name: string, spec: { url: string | null }) {
  {
    const page = load(readFileSync(join(PAGES, `${name}.html`), 'utf8'), spec.url);
    const original = readBillingPage(page.document, page.url);
    const report = buildReport(page.document, { url: page.url, reading: original, seed: 20260401, userSays: { field: 'creditBalance', note: 'shows 0' } });
    const data = readReportData(report.html);
    expect(data.kind).toBe('report');
    const again = load(report.html, null);
    const expected = redactReading(original, report.map);
    expect(readBillingPage(again.document, again.url)).toEqual(expected);
    if (data.kind === 'report') expect(data.data.reading).toEqual(expected);
  }
}

describe('redaction', () => {
  const html = readFileSync(join(PAGES, 'en-balance-does-not-add-up.html'), 'utf8');
  const page = load(html, 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789');
  const report = buildReport(page.document, { url: page.url, userSays: { field: 'accountBalance', note: 'mail me at dana.whitfield@example-shop.com' } });

  it.each(['dana.whitfield@example-shop.com', '4111 1111 1111 4242', '4242', 'GB123456789', '7234567890123456789', 'Dana Whitfield', '1200 Harbor View Road', '555-0134', 'WINTER-8K2Q-2026', '1,534.50', '1534.50'])(
    'leaves no trace of %s anywhere in the file (text, attributes, JSON)',
    (secret) => expect(report.html).not.toContain(secret),
  );

  it('keeps labels, headings and button texts, and the page text only as text', () => {
    for (const kept of ['Account balance', 'Cash balance', 'Ad credit', 'Redeem coupon', 'Payment method', 'VAT number']) expect(report.html).toContain(kept);
    expect(report.html).not.toMatch(/<script(?![^>]*application\/json)|<style|<svg|<img|\son\w+=|style=/i);
  });

  it('replaces an amount with one of the same shape, the same way each time', () => {
    const now = new Date('2026-04-01T00:00:00Z');
    const again = buildReport(page.document, { url: page.url, seed: 7, now });
    const twice = buildReport(page.document, { url: page.url, seed: 7, now });
    expect(again.html).toBe(twice.html);
    const cash = again.contents.data.reading!.cashBalance!;
    expect(cash).toMatch(/^[1-9]\d{3}\.\d0$/);
    expect(again.map.amount('1234.50')).toBe(cash);
  });

  it("leaves Credit Lens's own overlay out: it shows the user's values unredacted", () => {
    const withOverlay = load(html, page.url);
    const host = withOverlay.document.createElement('credit-lens-overlay');
    host.attachShadow({ mode: 'open' }).append(Object.assign(withOverlay.document.createElement('p'), { textContent: 'Overlay says 1,534.50' }));
    withOverlay.document.body.append(host);
    const own = buildReport(withOverlay.document, { url: page.url });
    expect(own.html).not.toContain('credit-lens-overlay');
    expect(own.html).not.toContain('Overlay says');
  });

  it('says in plain data what the file holds', () => {
    const { data, page: stats } = report.contents;
    expect(data.redacted).toBe(true);
    expect(data.redactions).toMatchObject({ emails: expect.any(Number), cards: expect.any(Number), taxIds: expect.any(Number) });
    expect(data.redactions!.emails).toBeGreaterThan(0);
    expect(stats.elements).toBeGreaterThan(20);
    expect(report.html).not.toContain('__TT_ADS_BOOTSTRAP__');
    expect(data.userSays.note).toBe('mail me at [e-mail]');
  });
});

describe('a report of a page Credit Lens could not read', () => {
  const html = readFileSync(join(PAGES, 'en-balance-does-not-add-up.html'), 'utf8');
  const url = 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789';
  const page = load(html, url);
  const report = buildReport(page.document, { url, reading: null, seed: 11 });

  it('carries the page and no reading, and reads back as a report', () => {
    expect(report.contents.data.reading).toBeNull();
    const data = readReportData(report.html);
    expect(data).toEqual({ kind: 'report', data: expect.objectContaining({ reading: null, findings: [] }) });
    expect(report.html).toContain('Account balance');
  });

  it("is redacted as well without one: the address's account id maps to the fake id, in the address and in the text", () => {
    for (const secret of ['dana.whitfield@example-shop.com', '7234567890123456789', 'Dana Whitfield', 'WINTER-8K2Q-2026', '1,534.50']) expect(report.html).not.toContain(secret);
    const fake = report.map.ids.get('7234567890123456789')!;
    expect(report.contents.data.url).toContain(`aadvid=${fake}`);
    const again = load(report.html, report.contents.data.url);
    expect(readBillingPage(again.document, again.url).accountId).toBe(fake);
  });
});

