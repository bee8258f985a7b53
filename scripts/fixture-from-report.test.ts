import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../lib/report/build';
import { readBillingPage } from '../lib/reader/read-page';
import { loadSavedHtml } from './saved-page';
import { fixtureFromReport } from './fixture-from-report';

describe('npm run fixture:from-report', () => {
  it('writes a fixture whose page reads as its expected file says, leaving the disputed field unchecked', async () => {
    const source = await readFile(join(import.meta.dirname, '../tests/fixtures/pages/en-prepaid-payment.html'), 'utf8');
    const page = loadSavedHtml(source, 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789');
    const report = buildReport(page.document, { url: page.url, userSays: { field: 'creditBalance', note: 'the credit is wrong' } });
    const dir = await mkdtemp(join(tmpdir(), 'fixture-'));
    try {
      await writeFile(join(dir, 'r.html'), report.html);
      const written = await fixtureFromReport(join(dir, 'r.html'), 'from-report', dir);
      const spec = JSON.parse(await readFile(written.expected, 'utf8'));
      expect(spec.expected).not.toHaveProperty('creditBalance');
      expect(spec.description).toMatch(/creditBalance/);
      const fixture = loadSavedHtml(await readFile(written.html, 'utf8'), spec.url);
      const reading = readBillingPage(fixture.document, fixture.url);
      for (const [field, value] of Object.entries(spec.expected)) if (!['couponEntry', 'messages', 'promotions', 'language'].includes(field)) expect(reading[field as keyof typeof reading]).toEqual(value);
      await fixture.close();
      await expect(fixtureFromReport(join(dir, 'r.html'), 'from-report', dir)).rejects.toThrow(/exists/);
    } finally {
      await rm(dir, { recursive: true });
      await page.close();
    }
  });

  it('makes a fixture of a page the extension could not read that checks nothing yet, and says so', async () => {
    const source = await readFile(join(import.meta.dirname, '../tests/fixtures/pages/en-prepaid-payment.html'), 'utf8');
    const page = loadSavedHtml(source, 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789');
    const report = buildReport(page.document, { url: page.url, reading: null, now: new Date('2026-12-07T12:00:00Z') });
    const dir = await mkdtemp(join(tmpdir(), 'fixture-'));
    try {
      await writeFile(join(dir, 'r.html'), report.html);
      const written = await fixtureFromReport(join(dir, 'r.html'), 'unread', dir);
      const spec = JSON.parse(await readFile(written.expected, 'utf8'));
      expect(spec.expected).toEqual({});
      expect(spec.description).toBe('From a misread report of 2026-12-07. Credit Lens could not read this page. Nothing is checked yet: once the reader reads it, fill in what the page shows.');
      expect(spec.url).toBe(report.contents.data.url);
      expect(await readFile(written.html, 'utf8')).toBe(report.html);
    } finally {
      await rm(dir, { recursive: true });
      await page.close();
    }
  });
});

