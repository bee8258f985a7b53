import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, routeAdsManager, test } from './extension';
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');
for (const name of ['pl-promotions', 'ko-promotions-cards-coupon-drawer', 'ja-promotions-table', 'en-promotions-tabs']) {
const PAGE = join(FIXTURES, name + '.html');
const URL: string = JSON.parse(readFileSync(join(FIXTURES, name + '.expected.json'), 'utf8')).url;
test('debug ' + name, async ({ context, page }) => {
  await routeAdsManager(context, { [URL]: PAGE });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(URL);
  await page.waitForTimeout(2000);
  await page.waitForTimeout(1500);
  console.log(await page.evaluate(() => {
    const r = (e: Element) => { const b = e.getBoundingClientRect(); return `${e.tagName}.${e.className} ${Math.round(b.left)},${Math.round(b.top)} ${Math.round(b.width)}x${Math.round(b.height)}`; };
    const out: string[] = [];
    for (const m of document.querySelector('credit-lens-overlay')!.shadowRoot!.querySelectorAll('.mark')) out.push('mark ' + r(m) + ' ' + m.getAttribute('data-placed') + ' ' + m.textContent);
    return out.join('\n');
  }));
  await page.screenshot({ path: `/tmp/promo-${name}.png` });
});
}
