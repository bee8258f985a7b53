/**
 * The pages dock.spec.ts opens: every fixture page that reads as a Billing page, with what its
 * expectations say was read there (messages, promotions, the coupon entry), and the e2e pages; and the
 * window sizes it checks them at.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAYMENT_URL } from './extension';

const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');
export const E2E_PAGES = join(dirname(fileURLToPath(import.meta.url)), 'pages');
export const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
] as const;
/** Pages that fill a 1024×768 window, leaving the open dock no free edge: checked on their own below. */
export const NO_FREE_EDGE_AT_1024 = ['en-hostile', 'id-promotions', 'pl-promotions'];
// Live pages change for ~1.5 s after load (see fixtures-in-browser.spec.ts).
export const LIVE_SETTLED_MS = 2_500;

interface Expected {
  pageKind: string;
  messages?: { includes: string }[] | null;
  promotions?: { name: string }[] | null;
  couponEntry?: { target: string | null } | null;
}

export interface DockPage {
  name: string;
  url: string;
  html: string;
  live: boolean;
  messages: string[];
  promotions: string[];
  coupon: string | null;
}

export const fixturePages: DockPage[] = readdirSync(FIXTURES_DIR)
  .filter((file) => file.endsWith('.expected.json'))
  .sort()
  .map((file) => {
    const name = file.replace(/\.expected\.json$/, '');
    const spec = JSON.parse(readFileSync(join(FIXTURES_DIR, file), 'utf8')) as { url: string; mode?: string; expected: Expected };
    return { spec, name };
  })
  .filter(({ spec }) => spec.expected.pageKind !== 'other')
  .map(({ spec, name }) => ({
    name,
    url: spec.url,
    html: join(FIXTURES_DIR, `${name}.html`),
    live: spec.mode === 'live',
    messages: (spec.expected.messages ?? []).map((message) => message.includes),
    promotions: (spec.expected.promotions ?? []).map((promotion) => promotion.name),
    coupon: spec.expected.couponEntry?.target ?? null,
  }));

export const e2ePages: DockPage[] = [
  { name: 'e2e hints-billing', url: PAYMENT_URL, html: join(E2E_PAGES, 'hints-billing.html'), live: false, messages: [], promotions: [], coupon: '#promo-input' },
  { name: 'e2e ads-manager', url: PAYMENT_URL, html: join(E2E_PAGES, 'ads-manager.html'), live: false, messages: [], promotions: [], coupon: "[data-testid='redeem-coupon']" },
];
