// @vitest-environment happy-dom
/**
 * The reader on hostile pages (issue 5, "robustness under bad input"): absurd depth, size and text,
 * malformed numbers and dates, bidi and zero-width characters inside amounts and labels, markup as
 * text. Whatever the page, `readBillingPage` returns a schema-valid reading, within a time bound, never
 * throws, leaves the page untouched, and any string it returns that looks like markup is page text.
 *
 * Time bounds are for happy-dom, several times slower than a browser's DOM, on a 2-core CI machine:
 * they catch a quadratic walk (seconds to minutes at these sizes), not a few percent.
 */
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readBillingPage } from '@/lib/reader/read-page';
import { BillingReading } from '@/lib/reader/reading';
import { assertOnSeeds } from '../support/property-seeds';

const PAYMENT_URL = 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789';
const PROMOTIONS_URL = 'https://ads.tiktok.com/i18n/account/promotions?aadvid=7234567890123456789';

/** Bidi controls, zero-width characters, BOM, soft hyphen, word joiner. */
const INVISIBLES = ['\u200e', '\u200f', '\u061c', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];

const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</td></tr><tr><td>', '<!--', ']]>', '"><svg onload=alert(1)>', '{{constructor.constructor("alert(1)")()}}'];

/** Per-page bounds in happy-dom (see the note at the top). */
const BOUND_MS = { deep: 3_000, giantText: 3_000 } as const;
/**
 * The large page's bound, in bare walks of the same page (`bareWalk`): about 8 when this was set, in
 * happy-dom; a walk per row would be hundreds.
 */
const WALKS_PER_READ = 20;
// Synchronous reads cannot be interrupted; a generous test timeout lets a slow read report its time.
const SLOW_TEST = { timeout: 120_000 };

beforeAll(() => {
  // Compile the reader once, so the bounds measure the page rather than the first call's JIT.
  document.body.replaceChildren(balanceCard('$1.00', '$2.00'));
  readBillingPage(document, PAYMENT_URL);
});

beforeEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

/** Reads the page, checking what every read must satisfy, and returns the reading and its time. */
function readChecked(url: string | null): { reading: BillingReading; ms: number } {
  const before = document.documentElement.outerHTML;
  const started = performance.now();
  const reading = readBillingPage(document, url);
  const ms = performance.now() - started;
  const parsed = BillingReading.safeParse(reading);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  // The reader does not validate its own output (read-page.ts): it must already be what validation gives.
  expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(reading));
  expect(document.documentElement.outerHTML === before, 'the reader changed the page').toBe(true);
  expectMarkupIsPageText(reading);
  return { reading, ms };
}

function timed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/** What any reader pays at least: every node once, each element's style, each text's characters. */
function bareWalk(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) seen += (node as Text).data.length;
    else if (getComputedStyle(node as Element).display !== 'none') seen += 1;
  }
  return seen;
}

/**
 * The page's text as a person sees it, by a rule of its own (not the reader's): text nodes in order,
 * without those under a closed dialog or an element styled away. The reader joins what it sees, so a
 * hidden text between two shown ones is missing from its string but present in `textContent`.
 */
function shownText(): string {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let shown = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let hidden = false;
    for (let element = node.parentElement; element && !hidden; element = element.parentElement) {
      const style = getComputedStyle(element);
      hidden = (element.localName === 'dialog' && !element.hasAttribute('open')) || element.hidden || style.display === 'none' || style.visibility === 'hidden';
    }
    if (!hidden) shown += (node as Text).data;
  }
  return shown;
}

/**
 * Every string in the reading that contains `<` or `>` occurs in the page's text nodes: verbatim, or as
 * the shown text with only whitespace told apart (the reader squashes it and joins blocks with it).
 * Markup the reader made itself (a tag, an escape) adds characters that neither has.
 */
function expectMarkupIsPageText(reading: BillingReading): void {
  const pageText = document.body.textContent ?? '';
  let shown: string | null = null;
  const noSpace = (text: string) => text.replace(/\s+/g, '');
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk({ ...reading, couponEntry: { ...reading.couponEntry, selector: null } });
  for (const text of strings.filter((s) => /[<>]/.test(s))) {
    const stripped = text.replace(new RegExp(`[${INVISIBLES.join('')}]`, 'g'), '');
    const inPage =
      pageText.includes(text) ||
      pageText.replace(/\s+/g, ' ').includes(text.replace(/\s+/g, ' ')) ||
      pageText.includes(stripped) ||
      noSpace((shown ??= shownText())).includes(noSpace(text));
    expect(inPage, `returned string is not page text: ${JSON.stringify(text.slice(0, 120))}`).toBe(true);
  }
}

function el(tag: string, text?: string, attributes: Record<string, string> = {}): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (text !== undefined) element.textContent = text;
  return element;
}

function balanceCard(cash: string, credit: string, labels = { cash: 'Cash balance', credit: 'Ad credit' }): HTMLElement {
  const card = el('section');
  card.append(el('h2', 'Balance'));
  for (const [label, value] of [
    [labels.cash, cash],
    [labels.credit, credit],
  ] as const) {
    const row = el('div');
    row.append(el('span', label), el('span', value));
    card.append(row);
  }
  card.append(el('button', 'Redeem coupon', { type: 'button' }));
  return card;
}

describe('the reader on hostile pages', () => {
  it('reads through 1,000 levels of nesting', SLOW_TEST, () => {
    let parent: HTMLElement = document.body;
    for (let depth = 0; depth < 1_000; depth++) {
      const child = el(depth % 3 === 0 ? 'div' : depth % 3 === 1 ? 'section' : 'span');
      parent.append(child);
      parent = child;
    }
    parent.append(balanceCard('$1,234.50', '$50.00'));
    const { reading, ms } = readChecked(PAYMENT_URL);
    expect(reading.cashBalance).toBe('1234.50');
    expect(ms).toBeLessThan(BOUND_MS.deep);
  });

  it('survives 1,000 levels of nested cells, custom elements and dialogs', SLOW_TEST, () => {
    let parent: HTMLElement = document.body;
    for (let depth = 0; depth < 1_000; depth++) {
      const child = el(depth % 2 ? 'td' : 'x-wrap', depth % 50 === 0 ? 'Ad credit $5.00' : undefined, depth % 7 === 0 ? { role: 'dialog' } : {});
      parent.append(child);
      parent = child;
    }
    expect(readChecked(PAYMENT_URL).ms).toBeLessThan(BOUND_MS.deep);
  });

  it('reads a 50,000-node page in time linear in its size: a few bare walks of the same page', SLOW_TEST, () => {
    document.body.append(balanceCard('$1,234.50', '$50.00'));
    const table = el('table');
    const head = el('tr');
    for (const name of ['Promotion name', 'Credit type', 'Valid period', 'Unused amount', 'Status']) head.append(el('th', name));
    table.append(head);
    // 5,000 rows x (1 row + 5 cells + 4 text nodes...) ~ 50,000 nodes, every cell a plausible value.
    for (let i = 0; i < 5_000; i++) {
      const row = el('tr');
      row.append(
        el('td', `Offer ${i}`),
        el('td', i % 2 ? 'Free' : 'Conditional'),
        el('td', `2026-${String((i % 12) + 1).padStart(2, '0')}-01 ~ 2026-12-31`),
        el('td', `$${i}.00`),
        el('td', i % 3 ? 'Available' : 'Earning'),
      );
      table.append(row);
    }
    document.body.append(table);
    expect(countNodes(document.body)).toBeGreaterThanOrEqual(50_000);
    // happy-dom computes a fresh page's styles on first ask (seconds at this size on a loaded machine,
    // its cost, not the reader's), so one bare walk pays that before anything is timed. Then the read
    // is measured against the same walk, both best of two: a machine's load slows both alike, while a
    // walk per row (quadratic) would be hundreds of times the walk.
    bareWalk();
    const walkMs = Math.min(timed(bareWalk), timed(bareWalk));
    const { reading, ms: firstMs } = readChecked(PROMOTIONS_URL);
    const readMs = Math.min(firstMs, timed(() => readBillingPage(document, PROMOTIONS_URL)));
    expect(reading.promotions.length).toBeGreaterThan(0);
    expect(readMs / walkMs, `read ${readMs.toFixed(0)} ms, bare walk ${walkMs.toFixed(0)} ms`).toBeLessThan(WALKS_PER_READ);
  });

  it('reads past 1 MB text nodes in labels, amounts and messages', SLOW_TEST, () => {
    const megabyte = 1024 * 1024;
    const card = balanceCard('$1,234.50', '$50.00');
    card.append(
      el('p', 'Cash balance '.repeat(megabyte / 13)),
      el('span', '9'.repeat(megabyte)),
      el('div', `$${'1,234'.repeat(megabyte / 5)}.50`),
      el('div', 'x'.repeat(megabyte), { role: 'alert' }),
    );
    document.body.append(card);
    const { reading, ms } = readChecked(PAYMENT_URL);
    for (const amount of reading.amounts) expect(amount.value.length, 'no megabyte-long amount').toBeLessThan(40);
    expect(ms).toBeLessThan(BOUND_MS.giantText);
  });

  it('never returns a wrong amount when bidi or zero-width marks sit inside it or its label', () => {
    assertOnSeeds(
      fc.property(
        fc.array(fc.tuple(fc.nat(12), fc.constantFrom(...INVISIBLES)), { maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(12), fc.constantFrom(...INVISIBLES)), { maxLength: 3 }),
        (inAmount, inLabel) => {
          document.body.replaceChildren(balanceCard(insertAt('$1,234.50', inAmount), '$50.00', { cash: insertAt('Cash balance', inLabel), credit: 'Ad credit' }));
          const { reading } = readChecked(PAYMENT_URL);
          // Unread is acceptable; a different number is not.
          expect([null, '1234.50']).toContain(reading.cashBalance);
          expect([null, '50.00']).toContain(reading.creditBalance);
        },
      ),
      200,
    );
  });

  it('keeps malformed numbers and dates out of the reading, or reads them as valid values', () => {
    const digit = fc.constantFrom('0', '1', '9', '٣', '۵', '５', '𝟗');
    const piece = fc.oneof(
      digit,
      fc.constantFrom(',', '.', ' ', '\u00a0', '\u202f', "'", '٫', '٬', '-', '−', '+', 'e', 'E', '(', ')', '$', '€', '¥', 'US$', 'USD', 'NaN', 'Infinity', '∞', '%', '/', '~'),
      fc.constantFrom(...INVISIBLES),
    );
    const malformed = fc.array(piece, { minLength: 1, maxLength: 24 }).map((parts) => parts.join(''));
    assertOnSeeds(
      fc.property(malformed, malformed, malformed, (cash, credit, date) => {
        const card = balanceCard(cash, credit);
        const next = el('div');
        next.append(el('span', 'Next bill date'), el('span', date));
        card.append(next);
        document.body.replaceChildren(card);
        const { reading } = readChecked(PAYMENT_URL);
        // The schema already holds decimals to `-?\d+(\.\d+)?`; a date must also be a real calendar day.
        for (const iso of [reading.nextBillDate, ...reading.promotions.flatMap((p) => [p.validFrom, p.validUntil])]) {
          if (iso !== null) expect(Number.isNaN(Date.parse(`${iso}T00:00:00Z`)), iso).toBe(false);
        }
      }),
      300,
    );
  });

  it('keeps markup in amounts, labels, messages and promotions as text', () => {
    assertOnSeeds(
      fc.property(fc.constantFrom(...MARKUP), fc.constantFrom(...MARKUP), fc.nat(3), (markup, other, where) => {
        const card = balanceCard(where === 0 ? `$1,234.50${markup}` : '$1,234.50', where === 1 ? `${markup}$50.00` : '$50.00', {
          cash: where === 2 ? `Cash balance ${markup}` : 'Cash balance',
          credit: 'Ad credit',
        });
        card.append(el('div', `This code has expired ${other}`, { role: 'alert' }));
        const table = el('table');
        const head = el('tr');
        for (const name of ['Promotion name', 'Valid period', 'Unused amount']) head.append(el('th', name));
        const row = el('tr');
        row.append(el('td', `${markup} offer`), el('td', `2026-11-01 ~ ${other}`), el('td', `$5.00 ${markup}`));
        table.append(head, row);
        document.body.replaceChildren(card, table);
        // Real script elements too: their source is not page text and must not be read as such.
        const script = el('script', 'document.title = "ran"; /* Cash balance $7,777.00 */');
        script.setAttribute('type', 'text/plain');
        document.body.append(script);
        const { reading } = readChecked(where === 3 ? PROMOTIONS_URL : PAYMENT_URL);
        expect(document.title).not.toBe('ran');
        expect(reading.cashBalance).not.toBe('7777.00');
      }),
      120,
    );
  });

  it('never throws on random mixes of all of the above', () => {
    const text = fc.oneof(
      fc.constantFrom('Cash balance', 'Ad credit', 'Spend so far', 'Billing threshold', 'Next bill date', 'Promo code', 'Redeem coupon', '$1,234.50', '1.234,50 €', '١٬٢٣٤٫٥٠ US$', '2026-02-30', '31/31/2026', ...MARKUP, ...INVISIBLES),
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
    );
    const shape = fc.array(fc.tuple(fc.constantFrom('div', 'span', 'td', 'tr', 'table', 'input', 'button', 'label', 'dialog', 'template', 'dl', 'dt', 'dd'), text, fc.nat(8)), { maxLength: 40 });
    assertOnSeeds(
      fc.property(shape, fc.constantFrom(PAYMENT_URL, PROMOTIONS_URL, null, 'javascript:alert(1)', 'not a url'), (nodes, url) => {
        document.body.replaceChildren();
        const placed: HTMLElement[] = [document.body];
        for (const [tag, content, parentIndex] of nodes) {
          const node = el(tag, content, tag === 'input' ? { 'aria-label': content, placeholder: content } : {});
          placed[parentIndex % placed.length]!.append(node);
          placed.push(node);
        }
        readChecked(url);
      }),
      200,
      // A text in a closed dialog between two shown ones: the reader's string rightly lacks it, and the
      // check compared with textContent only (`npm run fuzz`, 2026-12-04; fixed in the check).
      [{ seed: 314116932, numRuns: 45, why: 'issue 11: the markup check reads shown text too' }],
    );
  });
});

function insertAt(text: string, inserts: readonly (readonly [number, string])[]): string {
  let out = text;
  for (const [at, mark] of inserts) {
    const i = at % (out.length + 1);
    out = out.slice(0, i) + mark + out.slice(i);
  }
  return out;
}

function countNodes(root: Node): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) count++;
  return count;
}
