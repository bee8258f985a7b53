import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, type ExportFile, type Offer } from '../lib/notes/schema';
import { NOTES_VERSION } from '../lib/notes/migrations';
import { runInspect } from './inspect';
import { anOffer } from '../lib/notes/test-fixtures';

// An automatic-payment page: spend so far $520.00, an inline "Promo code" field (tests/e2e/pages).
const PAGE = join(import.meta.dirname, '../tests/e2e/pages/hints-billing.html');
const ACCOUNT = '7234567890123456789';
const URL = `https://ads.tiktok.com/i18n/account/payment?aadvid=${ACCOUNT}`;

const offer: Offer = anOffer({ id: 'offer-spend-500', accountId: ACCOUNT, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' });

function exportFile(overrides: Partial<ExportFile> = {}): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: NOTES_VERSION,
    exportedAt: '2026-11-22T00:00:00.000Z',
    notes: { accounts: [], offers: [offer], codes: [], notes: [], fixes: [] },
    observations: [
      { at: '2026-11-19T12:00:00.000Z', accountId: ACCOUNT, currency: 'USD', spendSoFar: '430.00', creditBalance: '0.00', cashBalance: null, accountBalance: null },
      { at: '2026-11-20T09:00:00.000Z', accountId: ACCOUNT, currency: 'USD', spendSoFar: '520.00', creditBalance: '0.00', cashBalance: null, accountBalance: null },
    ],
    ...overrides,
  };
}

let dir = '';
const file = async (name: string, text: string) => {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
};

async function inspect(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runInspect(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr, json: code === 0 ? (JSON.parse(stdout) as { hints: { kind: string; state: string; title: string }[] }) : null };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inspect-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run inspect --notes --now', () => {
  it('adds the hints the overlay shows, each as kind, state and title', async () => {
    const { code, json } = await inspect(PAGE, '--url', URL, '--now', '2026-11-24T09:30:00Z');
    expect(code).toBe(0);
    expect(json!.hints).toContainEqual({ kind: 'coupon-entry', state: 'field', title: expect.any(String) });
    for (const hint of json!.hints) expect(Object.keys(hint).sort()).toEqual(['kind', 'state', 'title']);
  });

  it('shows a crossed threshold as pending inside the 48 h window', async () => {
    const notes = await file('pending.json', JSON.stringify(exportFile()));
    const { code, json } = await inspect(PAGE, '--url', URL, '--notes', notes, '--now', '2026-11-21T09:00:00Z');
    expect(code).toBe(0);
    expect(json!.hints.find((hint) => hint.kind === 'credit-status')?.state).toBe('pending');
  });

  it('shows the same notes as overdue once --now is past the window', async () => {
    const notes = await file('overdue.json', JSON.stringify(exportFile()));
    const { json } = await inspect(PAGE, '--url', URL, '--notes', notes, '--now', '2026-11-22T09:00:01Z');
    expect(json!.hints.find((hint) => hint.kind === 'credit-status')?.state).toBe('overdue');
  });

  it('leaves out hints the user dismissed, as the overlay does', async () => {
    const settings = { reminderLeadDays: [7, 1], overlayOn: { ads: true, business: true }, dismissedHints: ['coupon-entry:page:field'], overlayMinimised: false, language: 'auto' as const, showMarks: true };
    const notes = await file('dismissed.json', JSON.stringify(exportFile({ settings })));
    const { json } = await inspect(PAGE, '--url', URL, '--notes', notes, '--now', '2026-11-21T09:00:00Z');
    expect(json!.hints.map((hint) => hint.kind)).not.toContain('coupon-entry');
    expect(json!.hints.map((hint) => hint.kind)).toContain('credit-status');
  });

  it('refuses a notes file that is not an export with a one-line error and exit 1', async () => {
    const bad = await file('bad.json', '{"format": "something-else", "version": 1}');
    const { code, stdout, stderr } = await inspect(PAGE, '--notes', bad);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^inspect: .*bad\.json is not a usable notes export.*\n$/);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses broken JSON and a missing notes file the same way', async () => {
    const broken = await file('broken.json', '{"format": "credit-lens-notes",\n  "version": ');
    for (const path of [broken, join(dir, 'nowhere.json')]) {
      const { code, stderr } = await inspect(PAGE, '--notes', path);
      expect(code).toBe(1);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('refuses a --now that is not an ISO time, naming the value', async () => {
    for (const value of ['tomorrow', '2026-13-45T00:00:00Z', '2026-11-24T09:30:00']) {
      const { code, stderr } = await inspect(PAGE, '--now', value);
      expect(code, value).toBe(1);
      expect(stderr).toBe(`inspect: --now is not an ISO time like 2026-11-24T09:30:00Z: ${value}\n`);
    }
  });

  it('accepts a bare date as midnight UTC', async () => {
    const notes = await file('date.json', JSON.stringify(exportFile()));
    const { json } = await inspect(PAGE, '--url', URL, '--notes', notes, '--now', '2026-11-21');
    expect(json!.hints.find((hint) => hint.kind === 'credit-status')?.state).toBe('pending');
  });
});

describe('npm run inspect on a monthly-invoicing page', () => {
  it('prints the credit line apart from the ad credit, where the page shows one', async () => {
    const page = join(import.meta.dirname, '../tests/fixtures/pages/de-bc-payment-credit-line.html');
    const url = 'https://business.tiktok.com/manage/payment/v2?org_id=7000000000000000007&aadvid=7412345678901234567';
    const { code, json } = await inspect(page, '--url', url);
    expect(code).toBe(0);
    expect(json).toMatchObject({ creditLine: { available: '41250.00', limit: '50000.00', currency: 'EUR' }, creditBalance: '300.00' });
  });

  it('prints creditLine as null where the page shows none', async () => {
    const { json } = await inspect(PAGE, '--url', URL);
    expect(json).toMatchObject({ creditLine: null });
  });
});
