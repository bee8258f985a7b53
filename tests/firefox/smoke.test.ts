/**
 * The Firefox build in Firefox ESR (`npm run test:firefox`, after `npm run build:firefox`): installed
 * as a temporary add-on, it reads fixture Billing pages served at their real Ads Manager URLs (no
 * network: every other request is refused) into the overlay; the misread module loads on first use;
 * its popup and options pages open and load the notebook; nothing from the extension in the console.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/browser';
import { launchFirefoxWithExtension, serveAt, waitInPage, type FirefoxWithExtension } from './firefox';

type Fixture = { url: string; expected: Record<string, string | null> & { pageKind: string } };
const fixtureFile = (name: string, ext: string) => readFileSync(join(PROJECT_ROOT, `tests/fixtures/pages/${name}${ext}`), 'utf8');
/** English, and French: its lexicon is a chunk of its own, loaded through the content script's importer (lib/lexicon/packs.ts). */
const FIXTURES = ['en-automatic-payment', 'fr-automatic-payment'].map((name) => ({
  name,
  fixture: JSON.parse(fixtureFile(name, '.expected.json')) as Fixture,
  html: fixtureFile(name, '.html'),
}));
/** Overlay rows compared by their digits (the overlay formats money for the user's locale). */
const FIELDS = ['accountId', 'creditBalance', 'spendSoFar', 'billingThreshold'] as const;
const digits = (text: string | null) => (text ?? '').replace(/\D/g, '');

let firefox: FirefoxWithExtension;

beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
}, 60_000);

afterAll(async () => {
  await firefox?.close();
});

describe('the Firefox build in Firefox ESR', () => {
  it.each(FIXTURES)('reads a Payment page served at its Ads Manager URL into the overlay ($name)', async ({ fixture, html }) => {
    const page = await firefox.browser.newPage();
    await serveAt(page, fixture.url, html);
    await page.goto(fixture.url);
    // The overlay contract (docs/design.md): an open shadow root under credit-lens-overlay.
    const pageKind = await waitInPage(
      page,
      () => {
        const card = document.querySelector('credit-lens-overlay')?.shadowRoot?.querySelector('[data-testid="status-card"]');
        if (!card || card.getAttribute('data-page-kind') === 'other' || Number(card.getAttribute('data-reads')) < 1) return null;
        return card.getAttribute('data-page-kind');
      },
      null,
    );
    // Folded, the dock is a pill; its values show once the user opens it (they come with parts.js).
    await page.evaluate(() => document.querySelector('credit-lens-overlay')?.shadowRoot?.querySelector<HTMLElement>('[data-testid="badge"]')?.click());
    const rows = await waitInPage(
      page,
      (fields) => {
        const card = document.querySelector('credit-lens-overlay')?.shadowRoot?.querySelector('[data-testid="status-card"]');
        if (!card?.querySelector('[data-field]')) return null;
        return Object.fromEntries(fields.map((field) => [field, card.querySelector(`[data-field="${field}"]`)?.textContent ?? null]));
      },
      [...FIELDS],
    );
    expect(pageKind).toBe(fixture.expected.pageKind);
    for (const field of FIELDS) expect(digits(rows[field] ?? null), `${field} shows ${rows[field]}`).toBe(digits(fixture.expected[field] ?? null));
  });

  it('loads the misread module on first use: pick mode starts and Esc leaves nothing behind', async () => {
    const { fixture, html } = FIXTURES[0]!;
    const page = await firefox.browser.newPage();
    await serveAt(page, fixture.url, html);
    await page.goto(fixture.url);
    // Plain functions only (no inner named declarations): they run in the page as they are written.
    const inOverlay = (selector: string) =>
      waitInPage(page, (css) => Boolean(document.querySelector('credit-lens-overlay')?.shadowRoot?.querySelector(css)), selector);
    const click = (selector: string) =>
      waitInPage(
        page,
        (css) => {
          const element = document.querySelector('credit-lens-overlay')?.shadowRoot?.querySelector<HTMLElement>(css);
          if (!element || element.offsetParent === null) return false;
          element.click();
          return true;
        },
        selector,
      );
    await inOverlay('[data-testid="status-card"][data-reads]');
    // Folded, the dock is a pill; opening it shows the status card and its quiet link.
    await page.evaluate(() => document.querySelector('credit-lens-overlay')?.shadowRoot?.querySelector<HTMLElement>('[data-testid="badge"]')?.click());
    await click('[data-action="wrong-value"]');
    await click('[data-fix-field="creditBalance"]');
    // pick-layer exists only once misread.js (a separate module, loaded through the content script) ran.
    await inOverlay('[data-testid="pick-layer"]');
    await page.keyboard.press('Escape');
    await waitInPage(page, () => !document.querySelector('credit-lens-overlay')?.shadowRoot?.querySelector('[data-testid="pick-layer"]'), null);
  });

  it.each(['popup.html', 'options.html'])('opens %s and loads the notebook', async (path) => {
    const page = await firefox.openExtensionPage(path);
    const testId = path === 'popup.html' ? 'popup' : 'options';
    // data-ready is set once the notes came out of browser.storage: the page's scripts ran through.
    await waitInPage(page, (id) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-ready') === 'true', testId);
  });

  // The pages stay open until here: closing a tab while an API call is in flight makes Firefox itself
  // log "Promise rejected after context unloaded", which no extension code can catch.
  it('puts no error from the extension in Firefox’s console', async () => {
    const errors = await firefox.extensionErrors();
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
