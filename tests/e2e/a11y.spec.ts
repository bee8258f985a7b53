/**
 * Accessibility, checked (issue 5): axe-core on the popup, the options page, the board and the overlay
 * finds no serious or critical violation, and every control on them is reachable with Tab and shows a
 * visible focus indicator when it gets there.
 */
import type { Page } from '@playwright/test';
import { NOTES_OP_MESSAGE } from '../../lib/notes/ops';
import { agencyNotebook } from '../../scripts/agency-notes';
import { runAxe, seriousOrCritical, withAxe } from './axe';
import { PAYMENT_URL, expect, overlay, routeAdsManager, test } from './extension';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

interface TabReport {
  controls: string[];
  reached: string[];
  /** Controls that got focus without a visible indicator, with what their style said. */
  invisible: string[];
}

/**
 * Presses Tab through the page and notes, for each control in scope (the document, or one shadow
 * host's tree), whether focus reached it and whether the focus showed: `:focus-visible` matching and
 * an outline or box-shadow actually drawn.
 */
async function tabThrough(page: Page, host: string | null, extraPresses: number): Promise<TabReport> {
  const controls: string[] = await page.evaluate((hostSelector) => {
    const FOCUSABLE =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"], [contenteditable=""]';
    const root: ParentNode | null = hostSelector ? document.querySelector(hostSelector)?.shadowRoot ?? null : document;
    if (!root) return [];
    const keyOf = (window as unknown as { __keyOf?: (el: Element) => string }).__keyOf!;
    return [...root.querySelectorAll(FOCUSABLE)]
      .filter((el) => (el as HTMLElement).checkVisibility?.({ visibilityProperty: true }) ?? true)
      .filter((el) => !el.closest('[inert]'))
      .map(keyOf);
  }, host);
  const reached = new Set<string>();
  const invisible = new Set<string>();
  // Stops when every listed control was reached, not after as many distinct stops: a control that
  // renders after the list was taken must not count in place of one that was listed.
  const allReached = () => controls.every((control) => reached.has(control));
  for (let i = 0; i < controls.length + extraPresses && !allReached(); i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate((hostSelector) => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      const inScope = hostSelector ? el.getRootNode() === document.querySelector(hostSelector)?.shadowRoot : el.getRootNode() === document;
      if (!inScope) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      return {
        key: (window as unknown as { __keyOf: (el: Element) => string }).__keyOf(el),
        visible: el.matches(':focus-visible') && (outline || shadow),
        style: `focus-visible=${el.matches(':focus-visible')} outline=${style.outlineStyle} ${style.outlineWidth} box-shadow=${style.boxShadow}`,
      };
    }, host);
    if (!focus) continue;
    reached.add(focus.key);
    if (!focus.visible) invisible.add(`${focus.key} (${focus.style})`);
  }
  return { controls, reached: [...reached], invisible: [...invisible] };
}

/**
 * Waits until a tree (the document, or one shadow host's tree) stops changing. The popup paints its
 * lists before its forms load, and the overlay's hints render after the notes load; a control list
 * taken before that names controls by places that then move.
 */
async function domSettled(page: Page, host: string | null): Promise<void> {
  let previous: string | null = null;
  await expect
    .poll(
      async () => {
        const current = await page.evaluate(
          (hostSelector) => (hostSelector ? document.querySelector(hostSelector)?.shadowRoot : document.body)?.innerHTML ?? '',
          host,
        );
        const same = current === previous;
        previous = current;
        return same;
      },
      { message: `${host ?? 'the page'} stops changing`, intervals: [300] },
    )
    .toBe(true);
}

/** The overlay has read the page once and its hints stopped changing. */
async function overlaySettled(page: Page): Promise<void> {
  const o = overlay(page);
  await o.open();
  await expect.poll(() => o.reads()).toBeGreaterThanOrEqual(1);
  await domSettled(page, 'credit-lens-overlay');
}

/** Names a control by its place in its tree, plus what a reader of the failure needs to find it. */
async function withControlKeys(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __keyOf: (el: Element) => string }).__keyOf = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const siblings = e.parentElement ? [...e.parentElement.children] : [];
        parts.unshift(`${e.tagName.toLowerCase()}:${siblings.indexOf(e)}`);
      }
      const label = el.getAttribute('aria-label') ?? el.getAttribute('data-testid') ?? el.textContent?.trim().slice(0, 30) ?? '';
      return `${parts.join('>')} "${label}"`;
    };
  });
}

function expectKeyboardReachable(report: TabReport, where: string): void {
  expect(report.controls.length, `${where} has controls`).toBeGreaterThan(0);
  const missed = report.controls.filter((c) => !report.reached.includes(c));
  expect(missed, `${where}: controls Tab never reaches`).toEqual([]);
  expect(report.invisible, `${where}: controls focused without a visible focus indicator`).toEqual([]);
}

/** An account's offers and codes, stored through the background's writer as an import stores them. */
async function seedOneAccount(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const file = agencyNotebook({ accounts: 1, items: 10, now: new Date() });
  expect(await page.evaluate(([type, file]) => chrome.runtime.sendMessage({ type, op: { type: 'import/apply', file } }), [NOTES_OP_MESSAGE, file] as const)).toEqual({ ok: true });
}

// Each page as a fresh install shows it; the board's keys are checked with an account on it, since an
// empty board has no control but a disabled Export.
for (const [name, file, seedForKeys] of [
  ['popup', 'popup.html', false],
  ['options page', 'options.html', false],
  ['board', 'board.html', true],
] as const) {
  test(`the ${name} has no serious or critical axe violation`, async ({ page, extensionId }) => {
    await withAxe(page);
    await page.goto(`chrome-extension://${extensionId}/${file}`);
    await expect(page.locator('#app')).not.toBeEmpty();
    await domSettled(page, null);
    const summary = await runAxe(page);
    expect(summary.checkedNodes, 'axe checked the page').toBeGreaterThan(0);
    expect(seriousOrCritical(summary)).toEqual([]);
  });

  test(`every control on the ${name} is reachable with Tab and shows its focus`, async ({ page, extensionId }) => {
    await withControlKeys(page);
    if (seedForKeys) await seedOneAccount(page, extensionId);
    await page.goto(`chrome-extension://${extensionId}/${file}`);
    await expect(page.locator('#app')).not.toBeEmpty();
    await domSettled(page, null);
    expectKeyboardReachable(await tabThrough(page, null, 10), name);
  });
}

test.describe('overlay', () => {
  test.beforeEach(async ({ context }) => {
    await routeAdsManager(context, { '/i18n/account/*': 'ads-manager.html' });
  });

  test('has no serious or critical axe violation, open or collapsed', async ({ page }) => {
    await withAxe(page);
    await page.goto(PAYMENT_URL);
    const o = overlay(page);
    await o.open();
    await expect.poll(() => o.reads()).toBeGreaterThanOrEqual(1);

    const first = await runAxe(page, 'credit-lens-overlay');
    expect(first.shadowNodes, "axe looked inside the overlay's shadow root").toBeGreaterThan(0);
    expect(seriousOrCritical(first)).toEqual([]);

    await o.toggle.click();
    await expect(o.toggle).toHaveAttribute('aria-expanded', /true|false/);
    const second = await runAxe(page, 'credit-lens-overlay');
    expect(second.shadowNodes).toBeGreaterThan(0);
    expect(seriousOrCritical(second)).toEqual([]);
  });

  test('the check fails on a violation inside the shadow root', async ({ page }) => {
    // Proves the overlay check can fail: an unlabelled button added to the card is a critical finding.
    await withAxe(page);
    await page.goto(PAYMENT_URL);
    await overlaySettled(page);
    await page.evaluate(() => {
      const card = document.querySelector('credit-lens-overlay')!.shadowRoot!.querySelector('[data-testid="status-card"]')!;
      card.append(document.createElement('button'));
    });
    const summary = await runAxe(page, 'credit-lens-overlay');
    expect(seriousOrCritical(summary).join('\n')).toMatch(/critical button-name/);
  });

  test('the keyboard check fails on a control whose focus does not show', async ({ page }) => {
    await withControlKeys(page);
    await page.goto(PAYMENT_URL);
    await overlaySettled(page);
    await page.evaluate(() => {
      const card = document.querySelector('credit-lens-overlay')!.shadowRoot!.querySelector('[data-testid="status-card"]')!;
      const button = document.createElement('button');
      button.textContent = 'no ring';
      button.style.cssText = 'outline: none; box-shadow: none';
      card.append(button);
    });
    const report = await tabThrough(page, 'credit-lens-overlay', 40);
    expect(report.reached.some((key) => key.endsWith('"no ring"'))).toBe(true);
    expect(report.invisible).toEqual([expect.stringContaining('"no ring"')]);
  });

  test('every overlay control is reachable with Tab and shows its focus', async ({ page }) => {
    await withControlKeys(page);
    await page.goto(PAYMENT_URL);
    await overlaySettled(page);
    // The page's own controls come first in the Tab order; the overlay's host is the body's last child.
    expectKeyboardReachable(await tabThrough(page, 'credit-lens-overlay', 40), 'overlay');
  });
});
