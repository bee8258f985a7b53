/**
 * Every fixture page in tests/fixtures/pages, served at its real URL and read by the built extension
 * in Chromium, checked through what the overlay shows (the overlay contract): the page kind and the
 * amount / account rows. The unit harness reads the same pages in happy-dom; this is the browser's
 * word on them, with real layout, real CSS (`hidden`, classes), real shadow roots and, for
 * `"mode": "live"` fixtures, the page's own scripts running.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, overlay, routeAdsManager, test, watchContentScript } from './extension';

const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');

interface Fixture {
  name: string;
  html: string;
  url: string;
  description: string;
  mode: 'static' | 'live';
  expected: Record<string, unknown> & { pageKind: string };
}

const fixtures: Fixture[] = readdirSync(FIXTURES_DIR)
  .filter((file) => file.endsWith('.expected.json'))
  .sort()
  .map((file) => {
    const name = file.replace(/\.expected\.json$/, '');
    const spec = JSON.parse(readFileSync(join(FIXTURES_DIR, file), 'utf8'));
    return { name, html: join(FIXTURES_DIR, `${name}.html`), url: spec.url, description: spec.description, mode: spec.mode ?? 'static', expected: spec.expected };
  });

/** The overlay rows checked here: amounts and the account id, compared by their digits. */
const FIELDS = ['cashBalance', 'creditBalance', 'spendSoFar', 'billingThreshold', 'accountBalance', 'accountId'] as const;

/** The only page written to look implausible (lib/hints/plausibility/index.test.ts holds the same list). */
const DOUBTED: Record<string, string> = { 'en-balance-does-not-add-up': 'balance-sum' };

// Live pages change for ~1.5 s after load; the overlay must catch up with the last change.
const LIVE_TIMEOUT = 8_000;
// Last change in a live fixture (1.4 s) + the watcher's quiet time (250 ms) + idle-callback slack (500 ms).
const LIVE_SETTLED_MS = 2_500;
// How long a wrongly ungated overlay gets to show up on a non-Billing page before its absence counts.
const ABSENCE_WAIT_MS = 1_500;

/**
 * Matches a text whose digits, with every other character removed and Arabic-Indic (U+0660–0669) or
 * Extended Arabic-Indic (U+06F0–06F9) digits read as 0–9, are exactly `digits`. A regex rather than a
 * digits-only string so that the assertion retries and its failure shows the row's text as shown.
 */
function digitsAre(digits: string): RegExp {
  const nonDigit = '[^0-9\\u0660-\\u0669\\u06f0-\\u06f9]*';
  const digit = (d: string) => `[${d}\\u066${d}\\u06f${d}]`;
  return new RegExp(`^${nonDigit}${[...digits].map(digit).join(nonDigit)}${nonDigit}$`, 'u');
}

/**
 * The digits an expected value may show as. A reading keeps the currency's ISO 4217 minor units
 * ("1500000.00" for IDR) while the overlay formats money as Intl does, which drops the fraction of
 * currencies usually shown in whole units (IDR, HUF): a zero fraction may be left off, never another.
 */
function shownDigits(want: string): RegExp {
  const padded = digitsAre(want.replace('.', ''));
  const whole = want.replace(/\.0+$/, '');
  if (whole === want) return padded;
  return new RegExp(`${padded.source}|${digitsAre(whole).source}`, 'u');
}

function title(fixture: Fixture): string {
  const short = fixture.description.length > 90 ? `${fixture.description.slice(0, 87).trimEnd()}…` : fixture.description;
  return `${fixture.name} [${fixture.mode}]: ${short}`;
}

/** Milliseconds since the page's navigation started, by the page's own clock. */
function waitForPageTime(page: Page, ms: number) {
  return page.waitForFunction((t) => performance.now() >= t, ms, { polling: 100 });
}

test.describe('fixture pages read in the browser', () => {
  test('has a corpus to read', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
  });

  for (const fixture of fixtures) {
    test(title(fixture), async ({ context, page, extensionId }) => {
      const { expected } = fixture;
      const live = fixture.mode === 'live';
      const timeout = live ? LIVE_TIMEOUT : undefined;
      // The fixture's own URL, query included, as the only routed document; everything else is aborted.
      await routeAdsManager(context, { [fixture.url]: fixture.html });
      const o = overlay(page);

      if (expected.pageKind === 'other') {
        const injected = await watchContentScript(page, extensionId);
        await page.goto(fixture.url);
        await expect.poll(injected, { message: 'content script is running on the page' }).toBe(true);
        await page.waitForTimeout(ABSENCE_WAIT_MS);
        await expect(o.host, 'no overlay on a non-Billing page').toHaveCount(0);
        return;
      }

      await page.goto(fixture.url);
      await expect(o.pill).toBeVisible();
      // `data-page-kind` is "other" until the first reading lands, so this also waits for that reading.
      await expect(o.card).toHaveAttribute('data-page-kind', expected.pageKind, { timeout });
      await expect.poll(() => o.reads(), { message: 'completed reads' }).toBeGreaterThanOrEqual(1);
      // A live page's intermediate states may look right (or wrong) for a moment: judge the settled page.
      if (live) await waitForPageTime(page, LIVE_SETTLED_MS);

      // The values show in the open dock (they come with its body): open it, as a user would, so that
      // a field counted absent is absent from the card and not merely not drawn yet.
      await o.open();
      for (const field of FIELDS) {
        if (!(field in expected)) continue;
        const want = expected[field];
        if (want === null) {
          await expect(o.fieldLocator(field), `${field} is not shown (expected null)`).toHaveCount(0, { timeout });
          continue;
        }
        await expect(o.fieldLocator(field), `${field}: shown digits are those of ${String(want)}`).toHaveText(shownDigits(String(want)), { timeout });
      }
      // With real layout (a value clipped or parked off the page is judged by its box), the card doubts
      // only the page written to be doubted. What it doubts is told in the misread panel, which comes
      // with the open dock's body (components/overlay/parts/).
      if (DOUBTED[fixture.name]) {
        await expect(o.card).toHaveAttribute('data-doubt', 'yes');
        await expect(o.card.locator('[data-testid="doubt"]')).toHaveAttribute('data-rules', DOUBTED[fixture.name]!);
      } else await expect(o.card, `no doubt about ${fixture.name}`).not.toHaveAttribute('data-doubt');
    });
  }
});
