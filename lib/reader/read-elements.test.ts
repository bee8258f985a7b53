import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSavedHtml } from '../../scripts/saved-page';
import { shadowText } from './dom';
import { PageReader } from './read-page';

/**
 * The elements a reading came from, which the dock keeps clear of: each read balance, message and
 * promotion is found on the page, and holds what was read.
 */
const PAGES = join(import.meta.dirname, '../../tests/fixtures/pages');
const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** Text with open shadow roots included, as the page shows it (a money component draws its digits in one). */
function shown(element: Element): string {
  let text = element.shadowRoot ? shadowText(element.shadowRoot) : '';
  const walker = element.ownerDocument.createTreeWalker(element, 0x1 | 0x4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) text += (node as Text).data;
    else if ((node as Element).shadowRoot) text += shadowText((node as Element).shadowRoot!);
  }
  return text;
}

function read(name: string) {
  const spec = JSON.parse(readFileSync(join(PAGES, `${name}.expected.json`), 'utf8')) as { url: string | null };
  const page = loadSavedHtml(readFileSync(join(PAGES, `${name}.html`), 'utf8'), spec.url);
  const result = new PageReader(page.document).read(spec.url);
  return { ...result, found: result.elements() };
}

describe('the elements behind a reading', () => {
  it('finds each balance as its label with its value, and the value alone inside it', () => {
    const { reading, found } = read('en-prepaid-payment');
    expect(found.amounts.map((amount) => amount.role).sort()).toEqual(reading.amounts.map((amount) => amount.role).sort());
    for (const amount of found.amounts) {
      const read = reading.amounts.find((candidate) => candidate.role === amount.role)!;
      expect(fold(amount.region.textContent)).toContain(fold(read.label));
      expect(fold(amount.region.textContent)).toContain(fold(read.text));
      expect(fold(amount.value.textContent)).toContain(fold(read.text));
      expect(amount.region.contains(amount.value)).toBe(true);
      // The value element is the smallest holding the value: not the label's too.
      expect(fold(amount.value.textContent)).not.toContain(fold(read.label));
    }
  });

  it('finds the rejection message under the coupon field and the coupon field itself', () => {
    const { reading, found, couponElement } = read('en-code-rejected-expired');
    expect(found.coupon).toBe(couponElement);
    expect(found.messages).toHaveLength(reading.messages.length);
    expect(fold(found.messages[0]!.textContent)).toContain('This coupon code has expired');
  });

  it('finds a row or card for each promotion, table or cards, holding its name', () => {
    for (const name of ['en-promotions-fixed-columns', 'pt-BR-promotions-cards', 'ja-promotions-table']) {
      const { reading, found } = read(name);
      expect(reading.promotions.length, name).toBeGreaterThan(0);
      reading.promotions.forEach((promotion, index) => {
        const element = found.promotions[index];
        expect(element, `${name}: ${promotion.name}`).toBeTruthy();
        expect(fold(element!.textContent)).toContain(fold(promotion.name));
        expect(element!.localName).not.toBe('body');
      });
    }
  });

  it('every page: what it finds is in the page, and holds the text it was read from', () => {
    for (const file of readdirSync(PAGES).filter((entry) => entry.endsWith('.html'))) {
      const { reading, found } = read(file.replace('.html', ''));
      for (const amount of found.amounts) {
        expect(amount.region.isConnected, file).toBe(true);
        expect(fold(shown(amount.value)), file).toContain(fold(reading.amounts.find((read) => read.role === amount.role)!.text));
      }
      expect(found.amounts.length, `${file}: every read balance found`).toBe(reading.amounts.length);
      for (const message of found.messages) expect(message.isConnected, file).toBe(true);
    }
  }, 120_000);
});
