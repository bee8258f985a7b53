import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { savedPages } from '../../tests/support/saved-pages';
import { describeTarget, findTarget, roleOf } from './fix-target';
import { FixTarget } from './fix-target-schema';
import { textOf } from './dom';

const PAGE = readFileSync(new URL('../../tests/fixtures/pages/en-prepaid-payment.html', import.meta.url), 'utf8');
const URL_ = 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789';
const open = savedPages(URL_, PAGE);
/** The element whose own text is exactly `text` (the first, or the nth). */
const byText = (document: Document, text: string, nth = 0) =>
  [...document.querySelectorAll('body *')].filter((element) => element.children.length === 0 || textOf(element) === text).filter((element) => textOf(element) === text)[nth]!;

describe('describing a picked element by meaning', () => {
  it('names a balance by the label beside it, its role, which copy of the label it is, and the tags from its landmark', () => {
    const document = open();
    const value = byText(document, '$50.00');
    const target = describeTarget(value)!;
    expect(FixTarget.parse(target)).toEqual(target);
    expect(target).toMatchObject({ label: 'Ad credit', role: 'generic', nth: 0 });
    expect(target.path.at(-1)).toBe('div');
    expect(JSON.stringify(target)).not.toMatch(/vi-|bc-okee|byted/);
  });

  it('names a button by its caption and tells the two "Redeem coupon" buttons apart', () => {
    const document = open();
    const [main, compact] = [...document.querySelectorAll('button')].filter((button) => textOf(button) === 'Redeem coupon');
    expect(describeTarget(main!)).toMatchObject({ label: 'Redeem coupon', role: 'button', nth: 0 });
    expect(describeTarget(compact!)).toMatchObject({ label: 'Redeem coupon', role: 'button', nth: 1 });
  });

  it('knows roles from tags and attributes', () => {
    const document = open('<input id="a"><input type="submit" id="b"><td id="c"></td><div role="button" id="d"></div><span id="e"></span>');
    expect(['a', 'b', 'd', 'e'].map((id) => roleOf(document.getElementById(id)!))).toEqual(['textbox', 'button', 'button', 'generic']);
  });

  it("gives a page's own tag named like an object's property the generic role", () => {
    const document = open('<p id="p">Balance</p>');
    const odd = document.createElement('constructor');
    document.body.append(odd);
    expect([roleOf(document.getElementById('p')!), roleOf(odd)]).toEqual(['paragraph', 'generic']);
  });
});

describe('finding the element again', () => {
  it('finds the same balance on a fresh load of the page, and after the UI kit renamed every class', () => {
    const target = describeTarget(byText(open(), '$50.00'))!;
    expect(textOf(findTarget(open(), target))).toBe('$50.00');
    const renamed = PAGE.replace(/class="[^"]*"/g, (_, index: number) => `class="x${index}"`);
    expect(textOf(findTarget(open(renamed), target))).toBe('$50.00');
  });

  it('finds the new value when the amount changed, and the second copy when the first was picked as second', () => {
    const target = describeTarget(byText(open(), '$50.00'))!;
    const changed = open(PAGE.replace('$50<!-- -->.00', '$75<!-- -->.00'));
    expect(textOf(findTarget(changed, target))).toBe('$75.00');
    const document = open();
    const [first, copy] = [byText(document, '$50.00'), byText(document, '$50.00', 1)];
    const second = describeTarget(copy)!;
    expect(second.nth).toBe(1);
    expect(findTarget(document, second)).toBe(copy);
    expect(findTarget(document, target)).toBe(first);
  });

  it('finds a button by its caption, and nothing once the label is gone', () => {
    const button = [...open().querySelectorAll('button')].find((element) => textOf(element) === 'Redeem coupon')!;
    const target = describeTarget(button)!;
    expect(findTarget(open(), target)?.getAttribute('data-tea-click-for')).toBe('redeem_coupon_entry');
    const credit = describeTarget(byText(open(), '$50.00'))!;
    expect(findTarget(open(PAGE.replaceAll('Ad credit', 'Vouchers')), credit)).toBeNull();
  });
});
