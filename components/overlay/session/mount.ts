import type { ContentScriptContext } from '#imports';
import type { SessionScope } from '../../../lib/overlay/scope';
import overlayCss from '../overlay.css?inline';
import { Overlay, type OverlayProps } from '../Overlay';

/** The host's own styles start from nothing, not from the page's (what WXT's shadow-root UI resets). */
const HOST_RESET = ':host{all:initial !important;}';
/** Typing in the overlay stays in it: the page's shortcuts never see these keys. */
const KEPT_INSIDE = ['keydown', 'keyup', 'keypress'] as const;

/** The host element in the page and the element in its shadow root that the overlay renders into. */
interface ShadowUi {
  host: HTMLElement;
  container: HTMLElement;
  /** Stops waiting for the extension to go: a removed overlay need not hear of it. */
  forget(): void;
}

/**
 * The overlay in its own open shadow root (`credit-lens-overlay`, events isolated from the page),
 * mounted while the user has it on for this site and removed when they turn it off. Where it sits is
 * the dock's own business (components/overlay/dock-place.ts).
 *
 * The shadow root is built as WXT's `createShadowRootUi` built it for our options (inline, last in
 * `<body>`, `html > head > style` and `body` inside, keys kept inside), without the auto-mounting,
 * anchor lookup, positioning modes, logger and stylesheet fetch that came with it unused (2.3 KB gzipped).
 */
export class OverlayMount {
  host: HTMLElement | null = null;
  #overlay: Overlay | null = null;
  #ui: ShadowUi | null = null;
  #mounting = false;

  readonly #ctx: ContentScriptContext;
  readonly #scope: SessionScope;
  readonly #document: Document;
  readonly #props: () => OverlayProps;
  readonly #mounted: () => void;

  constructor(
    ctx: ContentScriptContext,
    scope: SessionScope,
    document: Document,
    props: () => OverlayProps,
    /** Runs once the host is in the page, before the first render: what depends on it is measured then. */
    mounted: () => void = () => {},
  ) {
    this.#ctx = ctx;
    this.#scope = scope;
    this.#document = document;
    this.#props = props;
    this.#mounted = mounted;
  }

  render(): void {
    if (this.#overlay && this.#scope.active) this.#overlay.update(this.#props());
  }

  /** Mounts or removes the overlay; `wanted` is asked again after mounting, which takes a moment. */
  async apply(wanted: () => boolean): Promise<void> {
    if (!wanted()) return this.remove();
    if (this.#ui || this.#mounting) return;
    this.#mounting = true;
    let ui: ShadowUi;
    try {
      ui = await this.#createUi();
    } finally {
      this.#mounting = false;
    }
    this.#ui = ui;
    this.#attach(ui);
    // The user may have turned the overlay off, or left the page, while it was being made.
    if (!this.#scope.active || !wanted()) this.remove();
  }

  remove(): void {
    const ui = this.#ui;
    this.#ui = null;
    if (!ui) return;
    this.#overlay?.destroy();
    this.#overlay = null;
    this.host = null;
    ui.host.remove();
    ui.container.replaceChildren();
    ui.forget();
  }

  // Asynchronous as WXT's was: the mount happens a microtask later, after the caller's own step.
  async #createUi(): Promise<ShadowUi> {
    const doc = this.#document;
    const host = doc.createElement('credit-lens-overlay');
    const shadow = host.attachShadow({ mode: 'open' });
    const html = doc.createElement('html');
    const head = doc.createElement('head');
    const body = doc.createElement('body');
    const style = doc.createElement('style');
    // The parts a user action shows bring their own sheets when they load (../parts/entry.tsx).
    style.textContent = `${HOST_RESET}\n${overlayCss}`.trim();
    head.append(style);
    html.append(head, body);
    shadow.append(html);
    for (const type of KEPT_INSIDE) body.addEventListener(type, (event) => event.stopPropagation());
    // WXT's kept its listener after a removal: an overlay turned off and on many times kept every old
    // host alive until the page closed. Ours goes with the overlay it belongs to.
    const forget = this.#ctx.onInvalidated(() => {
      if (this.#ui?.host === host) this.remove();
    });
    return { host, container: body, forget };
  }

  #attach(ui: ShadowUi): void {
    const anchor = this.#document.querySelector('body');
    if (!anchor) throw new Error('[Credit Lens] the overlay has no <body> to go in');
    anchor.append(ui.host);
    this.#overlay = new Overlay(ui.container);
    this.host = ui.host;
    this.#mounted();
    this.render();
  }
}
