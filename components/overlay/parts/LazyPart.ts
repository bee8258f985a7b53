import type { Translator } from '../../../lib/i18n/translate';
import { loadPageTranslator } from '../page-translator';
import { el, type View } from '../plain/view';
import type { Part } from './entry';
import { loadedParts, loadParts } from './load';

type Parts = Awaited<ReturnType<typeof loadParts>>;

export interface LazyPartProps {
  part: Part;
  /** What shows in the part's place when its module cannot load (the overlay's own words); nothing, the element stays empty. */
  fallback?(): Node | false;
}

/**
 * A part of the overlay from `parts.js`, loaded when first shown (./entry.tsx). This view keeps an
 * empty element; the parts' own Preact renders the part into it and updates it on every update here.
 * A module that cannot load (an extension reload mid-way) says why in the console and leaves the
 * element empty, or shows `fallback` in its place; the rest of the overlay carries on.
 */
export class LazyPart implements View<LazyPartProps> {
  readonly #holder: HTMLDivElement;
  /** The holder, or the fallback in its place. */
  #node: ChildNode;
  #parts: Parts | null = loadedParts();
  #failed = false;
  #shown = false;
  #gone = false;
  #props: LazyPartProps | null = null;
  #t: Translator | null = null;

  readonly #onShown: (() => void) | undefined;

  /** `onShown` is told once the part first shows (the dock measures again); `before`, where in `parent` it goes. */
  constructor(
    parent: HTMLElement,
    onShown?: () => void,
    before: Node | null = null,
  ) {
    this.#onShown = onShown;
    this.#node = this.#holder = parent.insertBefore(el(parent.ownerDocument, 'div', { class: 'lazy-part' }), before);
    if (this.#parts) return;
    loadParts().then(
      (loaded) => {
        this.#parts = loaded;
        this.#draw();
      },
      (cause: unknown) => {
        console.error('[Credit Lens] could not load a part of the overlay (parts.js)', cause);
        this.#failed = true;
        this.#draw();
      },
    );
  }

  update(props: LazyPartProps, t: Translator): void {
    this.#props = props;
    this.#t = t;
    this.#draw();
  }

  destroy(): void {
    this.#gone = true;
    if (this.#shown) this.#parts!.unmountPart(this.#holder);
    this.#node.remove();
  }

  #draw(): void {
    const props = this.#props;
    const t = this.#t;
    const holder = this.#holder;
    if (!props || !t || this.#gone) return;
    const node = (this.#failed && props.fallback?.()) || holder;
    if (node !== this.#node) {
      this.#node.replaceWith(node);
      this.#node = node as ChildNode;
    }
    if (!this.#parts || node !== holder) return;
    // The part's values or the language may have changed: it shows in the same frame as the rest.
    try {
      this.#parts.renderPart(holder, { part: props.part, translator: t, loadTranslator: loadPageTranslator });
    } catch (cause) {
      console.error(`[Credit Lens] could not show a part of the overlay (${props.part.kind})`, cause);
    }
    if (this.#shown) return;
    this.#shown = true;
    this.#onShown?.();
  }
}
