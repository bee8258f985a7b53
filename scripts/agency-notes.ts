/**
 * An agency's notebook: many ad accounts, each with spend-match offers and promo codes in every state,
 * dated from `now` so it always tells the same story. The board's e2e test and bench seed 100 accounts
 * of 10 items; `npm run demo` seeds a smaller one for its picture. Deterministic: no randomness.
 */
import { NOTES_VERSION } from '../lib/notes/migrations';
import { EXPORT_FORMAT, type Account, type Code, type ExportFile, type Observation, type Offer } from '../lib/notes/schema';
import { aCode, anOffer } from '../lib/notes/test-fixtures';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const BRANDS = [
  'Acme Outdoor',
  'Blue Fern Skincare',
  'Copper Kettle Coffee',
  'Driftwood Home',
  'Ember & Oak',
  'Fable Kids',
  'Golden Hour Optics',
  'Harbor Pet Supply',
  'Indigo Threads',
  'Juniper Fitness',
  'Kite Travel',
  'Lumen Audio',
  'Maple Street Bakery',
  'Northwind Bikes',
  'Orchid Beauty',
  'Pebble Games',
  'Quill Stationery',
  'Riverstone Tea',
  'Saffron Kitchen',
  'Tidal Swimwear',
];
const MARKETS = ['US', 'UK', 'DE', 'JP', 'ID'];
const CURRENCIES: Record<string, string> = { US: 'USD', UK: 'GBP', DE: 'EUR', JP: 'JPY', ID: 'IDR' };

export interface AgencyOptions {
  accounts: number;
  /** Per account; even positions are offers, odd ones codes. */
  items: number;
  now: Date;
}

/** `71000000000` + 8 digits: a valid advertiser id that sorts the way the accounts were made. */
export const agencyAccountId = (i: number) => `71000000000${String(i).padStart(8, '0')}`;

export function agencyNotebook({ accounts, items, now }: AgencyOptions): ExportFile {
  const t = now.getTime();
  const instant = (offset: number) => new Date(t + offset).toISOString();
  const day = (offsetDays: number) => new Date(t + offsetDays * DAY).toISOString().slice(0, 10);
  const stamp = instant(-40 * DAY);
  const list: Account[] = [];
  const offers: Offer[] = [];
  const codes: Code[] = [];
  const observations: Observation[] = [];

  for (let i = 0; i < accounts; i++) {
    const market = MARKETS[Math.floor(i / BRANDS.length) % MARKETS.length]!;
    const currency = CURRENCIES[market]!;
    const scale = currency === 'JPY' ? 100 : currency === 'IDR' ? 10_000 : 1;
    const id = agencyAccountId(i);
    list.push({ id, name: `${BRANDS[i % BRANDS.length]} ${market}`, currency, billingType: i % 3 === 0 ? 'automatic' : 'manual', businessCenterOwned: true, lastSeenOn: 'business' });
    const spend = (200 + ((i * 137) % 900)) * scale;
    observations.push(
      // The credit balance holds steady: no credit landed unnoticed, and none was drawn down to zero.
      { at: instant(-12 * DAY), accountId: id, currency, spendSoFar: '0.00', creditBalance: `${300 * scale}.00`, cashBalance: `${2000 * scale}.00`, accountBalance: null },
      { at: instant(-2 * HOUR), accountId: id, currency, spendSoFar: `${spend}.00`, creditBalance: `${300 * scale}.00`, cashBalance: `${1500 * scale}.00`, accountBalance: null },
    );
    for (let j = 0; j < items; j++) {
      const base = { accountId: id, currency, createdAt: stamp, updatedAt: stamp };
      // Numbered per kind, so every variant of each kind turns up on every few accounts.
      if (j % 2 === 0) offers.push(anOffer({ ...base, ...offerVariant(offers.length, j, scale, instant, day) }));
      else codes.push(aCode({ ...base, ...codeVariant(codes.length, j, i, scale, instant, day) }));
    }
  }
  return {
    format: EXPORT_FORMAT,
    version: NOTES_VERSION,
    exportedAt: now.toISOString(),
    notes: { accounts: list, offers, codes, notes: [], fixes: [] },
    observations,
  };
}

type Dated = (offset: number) => string;

/** What sets the k-th offer apart; the rest is an offer's defaults (lib/notes/test-fixtures.ts). */
function offerVariant(k: number, j: number, scale: number, instant: Dated, day: (d: number) => string): Partial<Offer> {
  const threshold = (500 + (k % 5) * 250) * scale;
  const credit = (threshold / 2) | 0;
  const offer: Partial<Offer> = {
    id: `offer-${k}`,
    name: `Spend ${threshold}, get ${credit} (${['spring', 'new advertiser', 'partner', 'holiday', 'shop'][j / 2 % 5]})`,
    threshold: `${threshold}.00`,
    creditAmount: `${credit}.00`,
    activatedOn: instant(-10 * DAY),
    source: 'page',
  };
  switch (k % 6) {
    case 0: // earning, a deadline to qualify ahead
      return { ...offer, qualifyBy: day(5 + (k % 40)) };
    case 1: // threshold crossed hours ago: credit pending
      return { ...offer, crossedOn: instant(-(2 + (k % 40)) * HOUR) };
    case 2: // credit arrived, a long way from expiring
      return { ...offer, crossedOn: instant(-(k % 30) * DAY - 3 * DAY), arrivedOn: instant(-(k % 30) * DAY - 2 * DAY), status: 'arrived' };
    case 3: // credit arrived long ago: expiring within days
      return { ...offer, crossedOn: instant(-82 * DAY), arrivedOn: instant(-(80 + (k % 8)) * DAY), status: 'arrived' };
    case 4: // not activated yet
      return { ...offer, activatedOn: null, qualifyBy: day(20 + (k % 30)) };
    default: // crossed days ago and no credit: overdue
      return { ...offer, crossedOn: instant(-(3 + (k % 4)) * DAY) };
  }
}

/** What sets the k-th code apart; the rest is a code's defaults (lib/notes/test-fixtures.ts). */
function codeVariant(k: number, j: number, i: number, scale: number, instant: Dated, day: (d: number) => string): Partial<Code> {
  const code: Partial<Code> = {
    id: `code-${k}`,
    code: `${['SPRING', 'WELCOME', 'PARTNER', 'BOOST', 'SHOP'][(j - 1) / 2 % 5]}-${String(i).padStart(3, '0')}-${(k * 7919) % 1000}`,
    source: k % 2 === 0 ? 'E-mail from TikTok' : 'Partner event',
    receivedOn: day(-(k % 12)),
    amount: `${(50 + (k % 4) * 50) * scale}.00`,
  };
  switch (k % 5) {
    case 0: // waiting to be activated
      return code;
    case 1: // the 14-day window closed
      return { ...code, receivedOn: day(-(16 + (k % 6))) };
    case 2: // applied, credit valid until its expiry
      return { ...code, receivedOn: day(-25), appliedOn: instant(-20 * DAY), expiresOn: day(40 + (k % 20)), status: 'applied' };
    case 3: // rejected: another promotion was active
      return { ...code, status: 'rejected', rejectedCause: 'promotion-active', rejectedMessage: 'Another promotion is currently in progress.' };
    default: // its own date to activate by, sooner than 14 days
      return { ...code, activateBy: day(2 + (k % 5)), expiresOn: day(30) };
  }
}
