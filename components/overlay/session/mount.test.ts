// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { testScope } from '../../../lib/overlay/test-scope';
import type { OverlayProps } from '../Overlay';
import { OverlayMount } from './mount';

// The overlay draws once its language's messages have loaded: English from the source file here.
vi.mock('../../../lib/i18n/page-catalog', async () => {
  const { readCatalog } = await import('../../../lib/i18n/node-catalog');
  return { loadPageCatalog: async () => ({ locale: 'en', catalog: readCatalog('en', 'page') }) };
});

const props = (reads: number): OverlayProps => ({
  reading: null,
  reads,
  error: null,
  theme: 'light',
  hints: [],
  dismissedCount: 0,
  minimised: false,
  outline: null,
  actions: { dismiss: () => {}, restoreDismissed: () => {}, setMinimised: () => {}, showCouponEntry: () => {} },
});

const host = () => document.querySelector('credit-lens-overlay');
const card = () => host()?.shadowRoot?.querySelector('[data-testid="status-card"]') ?? null;

let ctx: ContentScriptContext;
let session: ReturnType<typeof testScope>;

beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('content');
  session = testScope();
  document.body.innerHTML = '<main>Payment</main>';
});
afterEach(() => {
  session.scope.close();
  ctx.abort();
});

describe('the overlay in the page', () => {
  it('mounts in its own open shadow root and draws the status card', async () => {
    let reads = 3;
    const mounted = vi.fn();
    const mount = new OverlayMount(ctx, session.scope, document, () => props(reads), mounted);
    await mount.apply(() => true);
    expect(mounted).toHaveBeenCalledTimes(1);
    expect(mount.host).toBe(host());
    await vi.waitFor(() => expect(card()?.getAttribute('data-reads')).toBe('3'));
    reads = 4;
    mount.render();
    expect(card()?.getAttribute('data-reads')).toBe('4');
  });

  it('mounts once however often it is asked', async () => {
    const mount = new OverlayMount(ctx, session.scope, document, () => props(1));
    await Promise.all([mount.apply(() => true), mount.apply(() => true)]);
    await mount.apply(() => true);
    expect(document.querySelectorAll('credit-lens-overlay')).toHaveLength(1);
  });

  it('is removed when the user turns it off, and leaves the page as it was', async () => {
    const mount = new OverlayMount(ctx, session.scope, document, () => props(1));
    await mount.apply(() => true);
    await mount.apply(() => false);
    expect(host()).toBeNull();
    expect(mount.host).toBeNull();
    expect(document.body.innerHTML).toBe('<main>Payment</main>');
  });

  it('turned off while it was being made, it does not stay', async () => {
    let on = true;
    const mount = new OverlayMount(ctx, session.scope, document, () => props(1));
    const applying = mount.apply(() => on);
    on = false;
    await applying;
    expect(host()).toBeNull();
  });

  it('keeps typing inside: the page never sees keys pressed in the overlay, and its styles start from nothing', async () => {
    const mount = new OverlayMount(ctx, session.scope, document, () => props(1));
    await mount.apply(() => true);
    await vi.waitFor(() => expect(card()).not.toBeNull());
    const seen: string[] = [];
    for (const type of ['keydown', 'keyup', 'keypress', 'click']) document.addEventListener(type, () => seen.push(type));
    for (const type of ['keydown', 'keyup', 'keypress']) card()!.dispatchEvent(new KeyboardEvent(type, { bubbles: true, composed: true }));
    card()!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(seen).toEqual(['click']);
    const root = host()!.shadowRoot!;
    expect(root.firstElementChild?.tagName).toBe('HTML');
    expect(root.querySelector('head > style')?.textContent).toContain(':host{all:initial !important;}');
    expect(document.body.lastElementChild).toBe(host());
  });

  it('leaves the page when the extension is reloaded or removed', async () => {
    const mount = new OverlayMount(ctx, session.scope, document, () => props(1));
    await mount.apply(() => true);
    ctx.abort();
    expect(host()).toBeNull();
    expect(mount.host).toBeNull();
    expect(document.body.innerHTML).toBe('<main>Payment</main>');
  });

  it('stops listening for the extension going once removed: turning it off and on leaves no listener behind', async () => {
    const listen = ctx.onInvalidated.bind(ctx);
    const stopped: number[] = [];
    let listeners = 0;
    vi.spyOn(ctx, 'onInvalidated').mockImplementation((callback) => {
      const which = listeners++;
      const stop = listen(callback);
      return () => {
        stopped.push(which);
        stop();
      };
    });
    const mount = new OverlayMount(ctx, session.scope, document, () => props(1));
    for (let round = 0; round < 3; round++) {
      await mount.apply(() => true);
      await mount.apply(() => false);
    }
    await mount.apply(() => true);
    expect(listeners).toBe(4);
    expect(stopped).toEqual([0, 1, 2]);
    // The one left still takes the overlay away when the extension goes.
    ctx.abort();
    expect(host()).toBeNull();
  });

  it('draws nothing once the session ended', async () => {
    let reads = 1;
    const mount = new OverlayMount(ctx, session.scope, document, () => props(reads));
    await mount.apply(() => true);
    await vi.waitFor(() => expect(card()).not.toBeNull());
    session.scope.close();
    reads = 2;
    mount.render();
    expect(card()?.getAttribute('data-reads')).toBe('1');
    mount.remove();
    expect(host()).toBeNull();
  });
});
