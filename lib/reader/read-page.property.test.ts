// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBillingPage } from './read-page';
import { BillingReading } from './reading';
import { assertOnSeeds } from '../../tests/support/property-seeds';

/**
 * Whatever the page is, the reader returns a schema-valid reading and never throws: random trees of
 * real tag names, roles and attributes, with texts drawn from labels, amounts in many formats,
 * dates, hostile strings, RTL marks and zero-width characters.
 */
const tags = fc.constantFrom('div', 'span', 'section', 'table', 'tr', 'td', 'th', 'input', 'button', 'label', 'dl', 'dt', 'dd', 'p', 'h1', 'ul', 'li', 'dialog', 'a', 'textarea', 'template', 'script', 'style');
const attributes = fc.dictionary(
  fc.constantFrom('role', 'aria-label', 'aria-hidden', 'hidden', 'placeholder', 'name', 'id', 'aria-live', 'aria-selected', 'type', 'style', 'aria-labelledby', 'aria-invalid', 'lang', 'dir'),
  fc.constantFrom('alert', 'dialog', 'tab', 'true', 'false', 'Promo code', 'Cash balance', 'display:none', 'text', 'search', 'polite', 'x', 'rtl', '', 'table', 'row', 'cell', 'columnheader'),
  { maxKeys: 3 },
);
const texts = fc.oneof(
  fc.constantFrom(
    'Cash balance', 'Ad credit', 'Spend so far', 'Billing threshold', 'Next bill date', 'Redeem coupon', 'Promo code', 'Activate',
    '$1,234.50', '1.234,50 €', '￥1,235', '١٬٢٣٤٫٥٠ US$', '2026-11-24', '24/11/2026', 'Available', 'Earning', 'Not available',
    'This code has expired', 'Valid until', '<script>alert(1)</script>', '\u200f\u200e', '\u200b$\u200b1\u200b', 'NaN', '-', '∞', '1e309', '__proto__',
  ),
  fc.string({ maxLength: 40 }),
);

interface Tree {
  tag: string;
  attributes: Record<string, string>;
  text: string;
  children: Tree[];
}

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    tag: tags,
    attributes,
    text: texts,
    children: fc.oneof({ depthSize: 'small' }, fc.constant<Tree[]>([]), fc.array(tie('node') as fc.Arbitrary<Tree>, { maxLength: 4 })),
  }),
})).node;

function build(document: Document, parent: Element, node: Tree, depth = 0): void {
  const element = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attributes)) element.setAttribute(name, value);
  element.append(node.text);
  parent.append(element);
  if (depth < 6) for (const child of node.children) build(document, element, child, depth + 1);
}

describe('the reader on pages it has never seen', () => {
  it('never throws and always returns a schema-valid reading', () => {
    assertOnSeeds(
      fc.property(fc.array(tree, { maxLength: 5 }), fc.constantFrom(null, 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789', 'https://business.tiktok.com/manage/billing/v2?org_id=1'), (trees, url) => {
        document.body.replaceChildren();
        for (const node of trees) build(document, document.body, node);
        const reading = readBillingPage(document, url);
        expect(BillingReading.safeParse(reading).success).toBe(true);
      }),
      150,
    );
  });
});
