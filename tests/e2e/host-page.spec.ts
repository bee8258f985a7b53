/**
 * Never break the host page, checked (issue 5). The same Ads Manager page is opened in a browser with
 * the extension and in one without; its own event handlers, focus, keyboard shortcuts, DOM and layout
 * must come out the same. Then the extension is switched off under an open page: the old overlay must
 * go and nothing may be thrown into the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath, routeAdsManager as routeWith } from '../../scripts/browser.ts';
import { PAGES_DIR, PAYMENT_URL, app, expect, overlay, routeAdsManager, test } from './extension';

/**
 * The Ads Manager fixture plus what real pages have and the fixture lacks: a search box the page
 * focuses on load, keyboard shortcuts (`/` focuses search, Escape leaves it, Ctrl+K opens a palette),
 * a click counter, and a log of every event the page's own listeners receive, in capture and bubble.
 */
const HOST_ADDITIONS = `
<script>
  (() => {
    const name = (t) => (t && t.nodeType === 1 ? t.id || t.getAttribute('data-testid') || t.tagName.toLowerCase() : String(t && t.nodeName));
    window.hostLog = [];
    for (const type of ['click', 'keydown', 'keyup', 'input', 'focusin', 'focusout', 'mousedown', 'mouseup']) {
      window.addEventListener(type, (e) => hostLog.push('capture ' + type + ' ' + name(e.target)), true);
      document.addEventListener(type, (e) => hostLog.push('bubble ' + type + ' ' + name(e.target) + (e.defaultPrevented ? ' prevented' : '')));
    }
    const search = document.getElementById('host-search');
    const status = document.getElementById('host-status');
    document.addEventListener('keydown', (e) => {
      const typing = e.target instanceof HTMLInputElement;
      if (e.key === '/' && !typing) { e.preventDefault(); search.focus(); }
      else if (e.key === 'Escape' && e.target === search) search.blur();
      else if (e.key === 'k' && e.ctrlKey) { e.preventDefault(); status.textContent = 'palette open'; }
    });
    let clicks = 0;
    document.addEventListener('click', (e) => {
      if (e.target.closest && e.target.closest('[data-testid="add-balance"]')) status.setAttribute('data-clicks', String(++clicks));
    });
    search.focus();
  })();
</script>`;
const HOST_PAGE = readFileSync(join(PAGES_DIR, 'ads-manager.html'), 'utf8')
  .replace(
    '</header>',
    '<input id="host-search" type="text" aria-label="Search campaigns" style="width:200px"><span id="host-status" role="status"></span></header>',
  )
  .replace('</body>', `${HOST_ADDITIONS}\n</body>`);
const ROUTES = { '/i18n/account/*': HOST_PAGE, '/i18n/perf/*': HOST_PAGE };

/** A browser without the extension, same Chromium, flags, viewport and routes. */
async function plainBrowser(): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_FLAGS] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await routeWith(context, ROUTES, { baseDir: PAGES_DIR });
  return { browser, context };
}

interface PageSnapshot {
  html: string;
  scroll: { width: number; height: number };
  elements: { path: string; box: number[]; style: Record<string, string> }[];
}

/** The page's own DOM, boxes and computed styles, leaving out only the overlay's host element. */
function snapshot(page: Page): Promise<PageSnapshot> {
  return page.evaluate(() => {
    const HOST = 'credit-lens-overlay';
    const pathOf = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const index = e.parentElement ? [...e.parentElement.children].filter((c) => c.tagName === e!.tagName).indexOf(e) : 0;
        parts.unshift(`${e.tagName.toLowerCase()}[${index}]`);
      }
      return parts.join('>');
    };
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll(HOST).forEach((host) => host.remove());
    const elements = [...document.querySelectorAll('*')]
      .filter((el) => !el.closest(HOST))
      .map((el) => {
        const r = el.getBoundingClientRect();
        const computed = getComputedStyle(el);
        const style: Record<string, string> = {};
        for (let i = 0; i < computed.length; i++) style[computed[i]!] = computed.getPropertyValue(computed[i]!);
        return { path: pathOf(el), box: [r.x, r.y, r.width, r.height].map((n) => Math.round(n * 100) / 100), style };
      });
    return {
      html: clone.outerHTML,
      scroll: { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight },
      elements,
    };
  });
}

/** What the page's handlers did during the same keyboard and mouse session. */
async function useThePage(page: Page): Promise<{ log: string[]; focusTrail: string[]; search: string; status: string | null; clicks: string | null }> {
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('href') || document.activeElement?.tagName || null);
  await page.keyboard.type('boots');
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await page.keyboard.press('Control+k');
  const focusTrail: string[] = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    focusTrail.push(String(await focused()));
  }
  await page.getByTestId('add-balance').click();
  await page.getByTestId('add-balance').click();
  return page.evaluate(() => ({
    log: (window as unknown as { hostLog: string[] }).hostLog,
    focusTrail: [],
    search: (document.getElementById('host-search') as HTMLInputElement).value,
    status: document.getElementById('host-status')!.textContent,
    clicks: document.getElementById('host-status')!.getAttribute('data-clicks'),
  })).then((result) => ({ ...result, focusTrail }));
}

function differences(withExtension: PageSnapshot, without: PageSnapshot): string[] {
  const out: string[] = [];
  if (withExtension.html !== without.html) out.push('the page DOM differs (outerHTML without the overlay host)');
  if (JSON.stringify(withExtension.scroll) !== JSON.stringify(without.scroll)) {
    out.push(`scroll size ${JSON.stringify(withExtension.scroll)} vs ${JSON.stringify(without.scroll)}`);
  }
  const plain = new Map(without.elements.map((e) => [e.path, e]));
  for (const el of withExtension.elements) {
    const other = plain.get(el.path);
    if (!other) {
      out.push(`${el.path} exists only with the extension`);
      continue;
    }
    if (el.box.join() !== other.box.join()) out.push(`${el.path} box ${el.box.join(',')} vs ${other.box.join(',')}`);
    for (const [property, value] of Object.entries(el.style)) {
      if (other.style[property] !== value) out.push(`${el.path} ${property}: ${value} vs ${other.style[property]}`);
    }
  }
  if (withExtension.elements.length !== without.elements.length) {
    out.push(`${withExtension.elements.length} page elements with the extension, ${without.elements.length} without`);
  }
  return out;
}

/** A browser without the extension beside each test's own, both serving the same routes. */
function plainBrowserPerTest(): () => { browser: Browser; context: BrowserContext } {
  let plain: { browser: Browser; context: BrowserContext };
  test.beforeEach(async ({ context }) => {
    await routeAdsManager(context, ROUTES);
    plain = await plainBrowser();
  });
  test.afterEach(async () => {
    await plain.browser.close();
  });
  return () => plain;
}

test.describe('with and without the extension', () => {
  const plain = plainBrowserPerTest();

  test('the page keeps its focus, DOM, layout and styles when the overlay mounts', async ({ page }) => {
    const plainPage = await plain().context.newPage();
    await plainPage.goto(PAYMENT_URL);
    await page.goto(PAYMENT_URL);
    const o = overlay(page);
    await expect(o.pill).toBeVisible();
    await expect.poll(() => o.reads()).toBeGreaterThanOrEqual(1);
    // Let a late re-placement or re-render happen before the comparison, as it would for a user.
    await page.waitForTimeout(700);

    const activeId = () => document.activeElement?.id ?? null;
    expect(await plainPage.evaluate(activeId), 'the page focuses its search box on load').toBe('host-search');
    expect(await page.evaluate(activeId), 'the search box keeps focus after the overlay mounts').toBe('host-search');

    const plainSnapshot = await snapshot(plainPage);
    expect(plainSnapshot.elements.length, 'the snapshot covers the whole page').toBeGreaterThan(40);
    const found = differences(await snapshot(page), plainSnapshot);
    expect(found.slice(0, 40), `${found.length} differences`).toEqual([]);

    // The comparison can fail: one pixel of margin on one heading is caught.
    await plainPage.evaluate(() => document.querySelector<HTMLElement>('#app-main h1')!.style.setProperty('margin-top', '1px'));
    expect(differences(await snapshot(page), await snapshot(plainPage)).length).toBeGreaterThan(0);
  });

  test("the page's click and keyboard handlers and shortcuts behave the same", async ({ page }) => {
    const plainPage = await plain().context.newPage();
    await plainPage.goto(PAYMENT_URL);
    await page.goto(PAYMENT_URL);
    await expect(overlay(page).pill).toBeVisible();
    await expect.poll(() => overlay(page).reads()).toBeGreaterThanOrEqual(1);

    const expected = await useThePage(plainPage);
    const actual = await useThePage(page);
    expect(expected.search, 'the fixture types into its search box').toBe('boots');
    expect(expected.status, 'the fixture sees Ctrl+K').toBe('palette open');
    expect(expected.clicks).toBe('2');
    expect(expected.log.filter((entry) => entry.startsWith('bubble keydown')).length, 'the log sees key presses').toBeGreaterThan(8);
    expect(actual).toEqual(expected);
  });
});

test.describe('pick mode (issue 12)', () => {
  const plain = plainBrowserPerTest();

  test('changes nothing of the page while the user points and after they pick; the page sees no click of it', async ({ page }) => {
    const plainPage = await plain().context.newPage();
    await plainPage.goto(PAYMENT_URL);
    await page.goto(PAYMENT_URL);
    // The dock starts folded: the card and its actions show once it is open.
    await overlay(page).open();
    await expect.poll(() => overlay(page).reads()).toBeGreaterThanOrEqual(1);

    await page.locator('credit-lens-overlay [data-action="wrong-value"]').click();
    await page.locator('credit-lens-overlay [data-fix-field="accountBalance"]').click();
    await expect(page.locator('credit-lens-overlay [data-testid="pick-layer"]')).toBeVisible();
    const target = (await page.getByTestId('account-balance').boundingBox())!;
    const [x, y] = [target.x + target.width / 2, target.y + target.height / 2];
    await page.mouse.move(x, y, { steps: 4 });
    await expect(page.locator('credit-lens-overlay [data-testid="pick-box"]')).toBeVisible();
    // The page's own listeners from here on: pick mode's clicks must not reach the document or the element.
    await page.evaluate(() => ((window as unknown as { hostLog: string[] }).hostLog.length = 0));

    // The user clicked into the overlay to start, so the page's search box lost focus; so it does here.
    await plainPage.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const during = differences(await snapshot(page), await snapshot(plainPage));
    expect(during.slice(0, 40), `${during.length} differences while pointing`).toEqual([]);

    await page.mouse.click(x, y);
    await expect(page.locator('credit-lens-overlay [data-testid="pick-layer"]')).toHaveCount(0);
    const seen = await page.evaluate(() => (window as unknown as { hostLog: string[] }).hostLog);
    // A listener the page put on the window's capture phase before ours runs first (no extension can
    // get ahead of it); nothing further down (document, element, bubbling) hears the pick.
    // (Focus moving inside the overlay is announced to the page as on the host, as for any overlay button.)
    const heard = seen.filter((entry) => /^bubble (click|mousedown|mouseup|keydown|keyup)\b/.test(entry));
    expect(heard, 'the page below the window heard the pick').toEqual([]);
    expect(seen.some((entry) => entry.startsWith('capture click')), 'the log sees the pick at the window').toBe(true);
    expect(await page.getByTestId('add-balance').getAttribute('data-clicks')).toBeNull();

    await page.waitForTimeout(700);
    const after = differences(await snapshot(page), await snapshot(plainPage));
    expect(after.slice(0, 40), `${after.length} differences after picking`).toEqual([]);

    // The page's handlers work as before, from the same starting point (focus in its search box).
    for (const each of [page, plainPage]) {
      await each.evaluate(() => {
        document.getElementById('host-search')!.focus();
        (window as unknown as { hostLog: string[] }).hostLog.length = 0;
      });
    }
    expect(await useThePage(page)).toEqual(await useThePage(plainPage));
  });
});

test.describe('switching the extension off under an open page', () => {
  let errors: string[];
  test.beforeEach(async ({ context, page }) => {
    await routeAdsManager(context, ROUTES);
    errors = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}\n${error.stack ?? ''}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(`console ${message.type()}: ${message.text()}`);
    });
  });

  /** chrome://extensions can switch extensions on and off, as the user does there. */
  async function extensionSwitch(context: BrowserContext, extensionId: string) {
    const settings = await context.newPage();
    await settings.goto('chrome://extensions/');
    return (enabled: boolean) =>
      settings.evaluate(
        ([id, on]) =>
          new Promise<void>((resolve, reject) => {
            const management = (globalThis as unknown as { chrome: { management: ChromeManagement }; }).chrome.management;
            management.setEnabled(id, on, () => resolve());
            setTimeout(() => reject(new Error('management.setEnabled did not answer')), 5_000);
          }),
        [extensionId, enabled] as const,
      );
  }
  interface ChromeManagement {
    setEnabled(id: string, enabled: boolean, done: () => void): void;
  }

  test('the old overlay goes away on a quiet page, and nothing is thrown into it', async ({ context, page, extensionId }) => {
    await page.goto(PAYMENT_URL);
    await expect(overlay(page).pill).toBeVisible();
    const setEnabled = await extensionSwitch(context, extensionId);

    await setEnabled(false);
    // Nothing on the page changes from here: the content script must notice on its own.
    await expect(overlay(page).host, 'old overlay removed within 3 s').toHaveCount(0, { timeout: 3_000 });
    await page.waitForTimeout(500);
    expect(errors).toEqual([]);
  });

  test('after the page changes the old overlay is gone, nothing is thrown, and on again it comes back once', async ({
    context,
    page,
    extensionId,
  }) => {
    await page.goto(PAYMENT_URL);
    await expect(overlay(page).pill).toBeVisible();
    const setEnabled = await extensionSwitch(context, extensionId);

    await setEnabled(false);
    // The page carries on: its data refreshes and it routes to another Billing page and back.
    await app.setText(page, 'ad-credit', '$75.00');
    await app.navigate(page, '/i18n/account/promotions');
    await app.navigate(page, '/i18n/account/payment');
    await page.keyboard.press('Tab');
    await expect(overlay(page).host).toHaveCount(0);
    expect(await page.getByTestId('ad-credit').textContent(), 'the page still works').toBe('$50.00');

    await setEnabled(true);
    await page.reload();
    await expect(overlay(page).pill).toBeVisible();
    await page.waitForTimeout(500);
    await expect(overlay(page).host, 'exactly one overlay after the extension is back').toHaveCount(1);
    expect(errors).toEqual([]);
  });
});
