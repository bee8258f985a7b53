import { render } from 'preact';
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import type { SessionScope } from '../../../lib/overlay/scope';
import overlayCss from '../overlay.css?inline';
import misreadCss from '../../misread/misread.css?inline';
import { Overlay, type OverlayProps } from '../Overlay';

/**
 * The overlay in its own open shadow root (`credit-lens-overlay`, events isolated from the page),
 * mounted while the user has it on for this site and removed when they turn it off. Where it sits is
 * the dock's own business (components/overlay/dock-place.ts).
 */
export class OverlayMount {
  host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private mounting = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly scope: SessionScope,
    private readonly document: Document,
    private readonly props: () => OverlayProps,
    /** Runs once the host is in the page, before the first render: what depends on it is measured then. */
    private readonly mounted: () => void = () => {},
  ) {}

  render(): void {
    if (this.container && this.scope.active) render(<Overlay {...this.props()} />, this.container);
  }

  /** Mounts or removes the overlay; `wanted` is asked again after mounting, which takes a moment. */
  async apply(wanted: () => boolean): Promise<void> {
    if (!wanted()) return this.remove();
    if (this.ui || this.mounting) return;
    this.mounting = true;
    let ui: ShadowRootContentScriptUi<void>;
    try {
      ui = await this.createUi();
    } finally {
      this.mounting = false;
    }
    this.ui = ui;
    ui.mount();
    // The user may have turned the overlay off, or left the page, while it was being made.
    if (!this.scope.active || !wanted()) this.remove();
  }

  remove(): void {
    this.ui?.remove();
    this.ui = null;
  }

  private createUi(): Promise<ShadowRootContentScriptUi<void>> {
    return createShadowRootUi(this.ctx, {
      name: 'credit-lens-overlay',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      isolateEvents: true,
      // The parts a user action shows bring their own sheets when they load (../parts/entry.tsx).
      css: `${overlayCss}\n${misreadCss}`,
      onMount: (container, _shadow, host) => {
        this.container = container;
        this.host = host;
        this.mounted();
        this.render();
      },
      onRemove: () => {
        if (this.container) render(null, this.container);
        this.container = null;
        this.host = null;
      },
    });
  }
}
