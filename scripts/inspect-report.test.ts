import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../lib/report/build';
import { loadSavedHtml } from './saved-page';
import { runInspect } from './inspect';

describe('npm run inspect on a misread report', () => {
  it('reads the embedded page and says it reads what the extension read', async () => {
    const html = await readFile(join(import.meta.dirname, '../tests/fixtures/pages/en-balance-does-not-add-up.html'), 'utf8');
    const page = loadSavedHtml(html, 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789');
    const report = buildReport(page.document, { url: page.url, userSays: { field: 'accountBalance', note: 'not my balance' } });
    const dir = await mkdtemp(join(tmpdir(), 'report-'));
    try {
      await writeFile(join(dir, 'report.html'), report.html);
      let out = '';
      const code = await runInspect([join(dir, 'report.html')], { stdout: (text) => (out += text), stderr: (text) => (out += text) });
      expect(code).toBe(0);
      const printed = JSON.parse(out);
      expect(printed.accountId).toBe('7000000000000000001');
      expect(printed.cashBalance).toBe(report.map.amount('1234.50'));
      expect(printed.report).toMatchObject({ sameAsExtension: true, userSays: { field: 'accountBalance', note: 'not my balance' } });
      await writeFile(join(dir, 'broken.html'), report.html.replace('"format"', '"formt"'));
      let err = '';
      expect(await runInspect([join(dir, 'broken.html')], { stdout: () => {}, stderr: (text) => (err += text) })).toBe(1);
      expect(err).toMatch(/looks like a Credit Lens report/);
    } finally {
      await rm(dir, { recursive: true });
      await page.close();
    }
  });

  it('reads the page of a report the extension could not read, and says the extension read nothing', async () => {
    const html = await readFile(join(import.meta.dirname, '../tests/fixtures/pages/en-prepaid-payment.html'), 'utf8');
    const page = loadSavedHtml(html, 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789');
    const report = buildReport(page.document, { url: page.url, reading: null });
    const dir = await mkdtemp(join(tmpdir(), 'report-'));
    try {
      await writeFile(join(dir, 'report.html'), report.html);
      let out = '';
      expect(await runInspect([join(dir, 'report.html')], { stdout: (text) => (out += text), stderr: (text) => (out += text) })).toBe(0);
      const printed = JSON.parse(out);
      expect(printed.accountId).toBe('7000000000000000001');
      expect(printed.report).toMatchObject({ sameAsExtension: false, extensionRead: null });
    } finally {
      await rm(dir, { recursive: true });
      await page.close();
    }
  });
});
