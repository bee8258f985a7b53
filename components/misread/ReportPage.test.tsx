// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildReport } from '../../lib/report/build';
import type { HandedReport } from '../../lib/report/handoff';
import { loadSavedHtml } from '../../scripts/saved-page';
import { testRoot } from '../../tests/support/test-root';
import { ReportPage } from './ReportPage';

const root = testRoot();
const page = loadSavedHtml(
  readFileSync(join(import.meta.dirname, '../../tests/fixtures/pages/en-prepaid-payment.html'), 'utf8'),
  'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789',
);
afterAll(() => page.close());

async function show(reading: null | undefined): Promise<void> {
  const built = buildReport(page.document, { url: page.url, ...(reading === null ? { reading } : {}) });
  const handed: HandedReport = { html: built.html, stats: built.contents.page };
  await act(async () => {
    render(<ReportPage id="r" load={async () => handed} />, root);
  });
  await vi.waitFor(() => expect(root.querySelector('[data-testid="report-summary"]')).not.toBeNull());
}

describe('the report page', () => {
  it('lists what Credit Lens read, redacted', async () => {
    await show(undefined);
    expect(root.querySelector('[data-field="accountId"]')!.textContent).toBe('7000000000000000001');
    expect(root.querySelector('[data-testid="report-unread"]')).toBeNull();
  });

  it('of a page Credit Lens could not read, says it read nothing and why the file is still worth sending', async () => {
    await show(null);
    expect(root.querySelector('.report-reading')).toBeNull();
    expect(root.querySelector('[data-testid="report-unread"]')!.textContent).toBe(
      'Nothing: Credit Lens could not read this page. The file holds the page, redacted, so support can see why.',
    );
    expect(root.querySelector('[data-testid="report-text"]')!.textContent).toContain('"reading": null');
  });
});
