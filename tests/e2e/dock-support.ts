/**
 * What dock.spec.ts measures with, in the page: what of ours covers what the reader read or the page's
 * controls, the callout against its field, the marks, and the open dock's cards.
 */
import type { Page } from '@playwright/test';
import type { DockPage } from './dock-pages';
import { expect, overlapArea, type Rect } from './extension';

interface Named extends Rect {
  what: string;
  /**
   * The line boxes of its text, for read elements: a mark frames its element and may touch the
   * element's box (a message's full-width line, a promotion's row), never these.
   */
  texts?: Rect[];
}
interface Scene {
  viewport: { width: number; height: number };
  ours: Named[];
  theirs: Named[];
  /** The outline's inner edge and the coupon element's box, when both are shown. */
  outline: { inner: Rect; target: Rect } | null;
}

/**
 * Everything measured in the page at once. What the reader read is found independently of the
 * extension: amounts by the digits the status card shows, messages and promotion names by the
 * fixture's expectations, the coupon entry by its expected selector.
 */
export function measure(page: Page, target: Pick<DockPage, 'messages' | 'promotions' | 'coupon'>): Promise<Scene> {
  return page.evaluate((want) => {
    const host = document.querySelector('credit-lens-overlay')!;
    const shadow = host.shadowRoot!;
    const viewport = { width: document.documentElement.clientWidth, height: window.innerHeight };
    const rect = (element: Element, what: string) => {
      const r = element.getBoundingClientRect();
      return { what, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const lines = (element: Element) => {
      const found: { left: number; top: number; right: number; bottom: number }[] = [];
      const range = document.createRange();
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.nodeValue?.trim()) continue;
        range.selectNodeContents(node);
        for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) found.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      }
      return found;
    };
    const read = (element: Element, what: string) => ({ ...rect(element, what), texts: lines(element) });
    const shown = (element: Element) => {
      const r = element.getBoundingClientRect();
      if (r.width <= 0 || r.height <= 0 || r.right <= 0 || r.bottom <= 0 || r.left >= viewport.width || r.top >= viewport.height) return false;
      if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
      // Under a modal's mask nothing of the page is seen: shown means on top at one of five points.
      const points = [
        [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
        [r.left + 2, r.top + 2],
        [r.right - 2, r.top + 2],
        [r.left + 2, r.bottom - 2],
        [r.right - 2, r.bottom - 2],
      ];
      return points.some(([x, y]) => {
        if (x! < 0 || y! < 0 || x! >= viewport.width || y! >= viewport.height) return false;
        const hit = document.elementsFromPoint(x!, y!).find((candidate) => candidate !== host);
        if (!hit) return false;
        let node: Element | null = element;
        while (node) {
          if (node === hit || node.contains(hit) || hit.contains(node)) return true;
          const root = node.getRootNode();
          node = root instanceof ShadowRoot ? root.host : null;
        }
        return false;
      });
    };
    const roots: (Document | ShadowRoot)[] = [document];
    for (const element of document.querySelectorAll('*')) if (element.shadowRoot && element !== host) roots.push(element.shadowRoot);
    for (let index = 1; index < roots.length; index++) for (const element of roots[index]!.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    const all = roots.flatMap((root) => [...root.querySelectorAll('*')]);
    const describe = (element: Element) => `${element.localName}${element.id ? `#${element.id}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`;

    const theirs: { what: string; left: number; top: number; right: number; bottom: number }[] = [];
    const controls = 'a[href], button, input:not([type="hidden"]), select, textarea, [role="button"], [role="link"]';
    for (const root of roots) for (const element of root.querySelectorAll(controls)) if (shown(element)) theirs.push(rect(element, `control ${describe(element)}`));

    const digitsOf = (text: string) =>
      text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/\D/g, '');
    const amountDigits = [...shadow.querySelectorAll('[data-testid="status-card"] dd[data-field$="Balance"], [data-testid="status-card"] dd[data-field="spendSoFar"], [data-testid="status-card"] dd[data-field="billingThreshold"]')]
      .map((dd) => digitsOf(dd.textContent ?? ''))
      .filter((digits) => digits.length > 0);
    // The status card drops the minor units of currencies shown whole (IDR, KRW); the page may keep them.
    const sameAmount = (a: string, b: string) => a.length > 0 && (a === b || a === `${b}00` || b === `${a}00`);
    const deepest = (matches: (element: Element) => boolean) =>
      all.filter((element) => matches(element) && shown(element) && ![...element.children].some((child) => matches(child)));
    // The first shown amount with those digits in document order: a later table row repeating the same
    // amount (a past bill of the threshold's size) is not what was read.
    for (const digits of amountDigits) {
      const [element] = deepest((element) => sameAmount(digitsOf(element.textContent ?? ''), digits));
      if (element) theirs.push(read(element, `amount ${describe(element)}`));
    }
    const fold = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');
    for (const text of want.messages) {
      for (const element of deepest((element) => fold(element.textContent).includes(fold(text)))) theirs.push(read(element, `message ${describe(element)}`));
    }
    for (const name of want.promotions) {
      for (const element of deepest((element) => fold(element.textContent).includes(fold(name)))) {
        const row = element.closest('tr, [role="row"], li') ?? element;
        theirs.push(read(row, `promotion ${describe(row)}`));
      }
    }
    let coupon: Element | null = null;
    if (want.coupon) {
      const [outer, inner] = want.coupon.split(' >>> ');
      coupon = document.querySelector(outer!);
      if (coupon && inner) coupon = coupon.shadowRoot?.querySelector(inner) ?? null;
      if (coupon && shown(coupon)) theirs.push(rect(coupon, `coupon entry ${describe(coupon)}`));
    }

    const ours = [...shadow.querySelectorAll('.dock, .coupon-callout, .mark[data-placed="true"]')]
      .filter((element) => element.getBoundingClientRect().width > 0)
      .map((element) => rect(element, element.classList.contains('mark') ? `mark ${element.getAttribute('data-mark')} "${element.textContent}"` : element.className));
    const frame = shadow.querySelector('.coupon-outline');
    let outline = null;
    if (frame && coupon && shown(coupon)) {
      const r = frame.getBoundingClientRect();
      const border = parseFloat(getComputedStyle(frame).borderTopWidth) || 0;
      outline = { inner: { left: r.left + border, top: r.top + border, right: r.right - border, bottom: r.bottom - border }, target: rect(coupon, 'coupon') };
    }
    return { viewport, ours, theirs, outline };
  }, target);
}

export function assertNothingHidden(scene: Scene, when: string) {
  const clashes: string[] = [];
  for (const mine of scene.ours) {
    const mark = mine.what.startsWith('mark ');
    for (const theirs of scene.theirs) {
      // A mark beside a read value may lie in its element's box (its row, its line), never over its text.
      const covered = mark && theirs.texts ? theirs.texts.some((text) => overlapArea(mine, text) > 0.5) : overlapArea(mine, theirs) > 0.5;
      if (covered) clashes.push(`${mine.what} covers ${theirs.what}`);
    }
    if (mark && !(mine.left >= -0.5 && mine.top >= -0.5 && mine.right <= scene.viewport.width + 0.5 && mine.bottom <= scene.viewport.height + 0.5)) clashes.push(`${mine.what} leaves the window`);
    const inside = mine.left >= -0.5 && mine.top >= -0.5 && mine.right <= scene.viewport.width + 0.5 && mine.bottom <= scene.viewport.height + 0.5;
    if (mine.what.includes('dock') && !inside) clashes.push(`${mine.what} leaves the window: ${JSON.stringify(mine)}`);
  }
  if (scene.outline) {
    const { inner, target } = scene.outline;
    const clipped = { left: Math.max(target.left, 0), top: Math.max(target.top, 0), right: Math.min(target.right, scene.viewport.width), bottom: Math.min(target.bottom, scene.viewport.height) };
    if (inner.left > clipped.left + 0.5 || inner.top > clipped.top + 0.5 || inner.right < clipped.right - 0.5 || inner.bottom < clipped.bottom - 0.5) clashes.push('the coupon outline covers its element');
  }
  expect(clashes, when).toEqual([]);
}

/** The dock places itself once the window has settled: wait until its box stops moving. */
export async function settled(page: Page) {
  const box = () => page.locator('credit-lens-overlay .dock').evaluate((dock) => JSON.stringify(dock.getBoundingClientRect()) + getComputedStyle(dock).visibility);
  await page.waitForTimeout(250);
  let last = await box();
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(100);
    const now = await box();
    if (now === last) return;
    last = now;
  }
}

/** Every card of the open dock, scrolled into view inside it, lies inside the dock and the window. */
export async function everyCardReachable(page: Page): Promise<string[]> {
  return page.locator('credit-lens-overlay .dock-body').evaluate((body) => {
    const problems: string[] = [];
    const cards = [...body.querySelectorAll<HTMLElement>('[data-hint], [data-testid="status-card"]')];
    for (const card of cards) {
      body.scrollTop += card.getBoundingClientRect().top - body.getBoundingClientRect().top;
      const c = card.getBoundingClientRect();
      const b = body.getBoundingClientRect();
      // A card taller than the dock is reachable when its own title bar is in view.
      const bar = (card.querySelector('.hint-bar, .bar') ?? card).getBoundingClientRect();
      const inDock = bar.top >= b.top - 1 && bar.bottom <= b.bottom + 1 && (c.height > b.height || c.bottom <= b.bottom + 1);
      const inWindow = bar.top >= 0 && bar.bottom <= window.innerHeight && c.left >= 0 && c.right <= document.documentElement.clientWidth;
      if (!inDock || !inWindow) problems.push(`${card.dataset.hint ?? 'status card'} not reachable: card ${JSON.stringify(c)} in ${JSON.stringify(b)}`);
    }
    body.scrollTop = 0;
    return problems;
  });
}

/**
 * Numbers in the open dock's facts (the status card's and the hints': amounts, account ids, dates) that
 * break across lines although they would fit on a line of their own: "Rp 25.000.000,0" over "0" beside
 * a long label in Bahasa Indonesia. Labels and prose may wrap, in every script; a number only where it
 * is wider than its whole row.
 */
export async function numbersBrokenAcrossLines(page: Page): Promise<string[]> {
  return page.locator('credit-lens-overlay .dock-body').evaluate((body) => {
    const broken: string[] = [];
    for (const value of body.querySelectorAll<HTMLElement>('.fact dd')) {
      const row = value.closest('.fact')!.getBoundingClientRect();
      const walker = document.createTreeWalker(value, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // Digits with the marks that group them or set off decimals; Intl groups with no-break spaces.
        for (const number of text.matchAll(/\d(?:[\d.,'’\u00a0\u202f]*\d)?/g)) {
          const range = document.createRange();
          range.setStart(node, number.index);
          range.setEnd(node, number.index + number[0].length);
          const lines = new Set([...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.top)));
          const width = range.getBoundingClientRect().width;
          if (lines.size > 1 && width < row.width) broken.push(`"${number[0]}" in "${value.textContent}" breaks over ${lines.size} lines in a row ${Math.round(row.width)} px wide`);
        }
      }
    }
    return broken;
  });
}

/**
 * Where a callout is shown, how far it stands from the coupon outline on the side it is placed; empty
 * when that is the 6 px the geometry leaves, whatever the length of its text. The tracker keeps a
 * 240 × 50 box clear for it; a shorter callout placed before or above the field once sat at that box's
 * far edge, 37 px from a Vietnamese field.
 */
export async function calloutOffItsField(page: Page): Promise<string[]> {
  return page.locator('credit-lens-overlay').evaluate((host) => {
    const callout = host.shadowRoot!.querySelector<HTMLElement>('.coupon-callout');
    const outline = host.shadowRoot!.querySelector('.coupon-outline');
    if (!callout || !outline) return [];
    const c = callout.getBoundingClientRect();
    const o = outline.getBoundingClientRect();
    const placement = callout.dataset.placement;
    const gap = placement === 'below' ? c.top - o.bottom : placement === 'above' ? o.top - c.bottom : placement === 'end' ? c.left - o.right : o.left - c.right;
    return Math.abs(gap - 6) <= 1 ? [] : [`callout placed ${placement} ${gap.toFixed(1)} px from the outline`];
  });
}

/**
 * The page's lines of text on show under a part of our overlay (`.coupon-callout`, `.dock`). Not
 * counted: a full-width heading's empty part beside its words, and what a modal's mask dims.
 */
export async function textUnder(page: Page, part: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const covering = document.querySelector('credit-lens-overlay')?.shadowRoot?.querySelector(selector);
    if (!covering) return [];
    const c = covering.getBoundingClientRect();
    const covered: string[] = [];
    const range = document.createRange();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!(node.nodeValue ?? '').trim() || node.parentElement?.closest('credit-lens-overlay, script, style')) continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        const left = Math.max(r.left, c.left);
        const right = Math.min(r.right, c.right);
        const top = Math.max(r.top, c.top);
        const bottom = Math.min(r.bottom, c.bottom);
        if (right - left < 0.5 || bottom - top < 0.5) continue;
        // Only words the user sees: text behind a modal's mask is not on show while the dialog is open.
        const seen = document.elementsFromPoint((left + right) / 2, (top + bottom) / 2).find((element) => element.localName !== 'credit-lens-overlay');
        if (seen && (seen === node.parentElement || seen.contains(node) || node.parentElement!.contains(seen))) covered.push((node.nodeValue ?? '').trim().slice(0, 40));
      }
    }
    return covered;
  }, part);
}

/** Our marks that lie on our own coupon callout: a mark beside an Italian error message sat under it. */
export async function marksOnCallout(page: Page): Promise<string[]> {
  const { callout, marks } = await page.locator('credit-lens-overlay').evaluate((host) => {
    const edges = (element: Element) => {
      const r = element.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const shown = host.shadowRoot!.querySelector('.coupon-callout');
    return {
      callout: shown ? edges(shown) : null,
      marks: [...host.shadowRoot!.querySelectorAll('.mark[data-placed="true"]')].map((mark) => ({ ...edges(mark), text: (mark.textContent ?? '').slice(0, 40) })),
    };
  });
  return callout ? marks.filter((mark) => overlapArea(mark, callout) > 0).map((mark) => mark.text) : [];
}

/** The open dock over our own coupon callout, in px²: it hid "Ingresa aquí tu código promocional" beside a Spanish dialog's field. */
export async function dockOverCallout(page: Page): Promise<number> {
  const boxes = await page.locator('credit-lens-overlay').evaluate((host) => {
    const box = (element: Element | null) => {
      const r = element?.getBoundingClientRect();
      return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
    };
    return { dock: box(host.shadowRoot!.querySelector('.dock'))!, callout: box(host.shadowRoot!.querySelector('.coupon-callout')) };
  });
  return boxes.callout ? overlapArea(boxes.dock, boxes.callout) : 0;
}
