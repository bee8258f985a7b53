import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/i18n';
import type { GuidePart } from '../guides/lazy';
import { loadGuides } from '../guides/load';
import { loadPageTranslator } from './page-translator';

type Guides = Awaited<ReturnType<typeof loadGuides>>;

/**
 * A guide from `guides.js`, loaded when first shown (components/guides/lazy.tsx). This tree renders an
 * empty element; the guides' own Preact renders the part into it and updates it whenever this renders.
 * A module that cannot load (an extension reload mid-way) leaves the element empty and says why in
 * the console; the rest of the overlay carries on.
 */
export function LazyGuide({ part, onShown }: { part: GuidePart; onShown?(): void }) {
  const translator = useT();
  const holder = useRef<HTMLDivElement>(null);
  const [guides, setGuides] = useState<Guides | null>(null);

  useEffect(() => {
    let alive = true;
    loadGuides().then(
      (loaded) => {
        if (alive) setGuides(loaded);
      },
      (cause: unknown) => console.error('[Credit Lens] could not load the guides (guides.js)', cause),
    );
    return () => {
      alive = false;
    };
  }, []);

  // After every render of this tree: the part's hint or the language may have changed.
  useEffect(() => {
    const element = holder.current;
    if (!guides || !element) return;
    try {
      guides.renderGuide(element, { part, translator, loadTranslator: loadPageTranslator });
    } catch (cause) {
      console.error('[Credit Lens] could not show a guide', cause);
    }
  });

  useEffect(() => {
    const element = holder.current;
    if (!guides || !element) return;
    onShown?.();
    return () => guides.unmountGuide(element);
  }, [guides]);

  return <div class="lazy-guide" ref={holder} />;
}
