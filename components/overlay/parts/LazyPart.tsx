import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n/i18n';
import { loadPageTranslator } from '../page-translator';
import type { Part } from './entry';
import { loadedParts, loadParts } from './load';

type Parts = Awaited<ReturnType<typeof loadParts>>;

/**
 * A part of the overlay from `parts.js`, loaded when first shown (./entry.tsx). This tree renders an
 * empty element; the parts' own Preact renders the part into it and updates it whenever this renders.
 * A module that cannot load (an extension reload mid-way) says why in the console and leaves the
 * element empty, or shows `fallback` (this tree's own words) in its place; the rest of the overlay
 * carries on.
 */
export function LazyPart({ part, onShown, fallback }: { part: Part; onShown?(): void; fallback?: ComponentChildren }) {
  const translator = useT();
  const holder = useRef<HTMLDivElement>(null);
  const [parts, setParts] = useState<Parts | null>(loadedParts);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (parts) return;
    let alive = true;
    loadParts().then(
      (loaded) => {
        if (alive) setParts(loaded);
      },
      (cause: unknown) => {
        console.error('[Credit Lens] could not load a part of the overlay (parts.js)', cause);
        if (alive) setFailed(true);
      },
    );
    return () => {
      alive = false;
    };
  }, []);

  // After every render of this tree, before the browser paints: the part's values or the language may
  // have changed, and a part whose module has loaded shows in the same frame as the rest.
  useLayoutEffect(() => {
    const element = holder.current;
    if (!parts || !element) return;
    try {
      parts.renderPart(element, { part, translator, loadTranslator: loadPageTranslator });
    } catch (cause) {
      console.error(`[Credit Lens] could not show a part of the overlay (${part.kind})`, cause);
    }
  });

  useLayoutEffect(() => {
    const element = holder.current;
    if (!parts || !element) return;
    onShown?.();
    return () => parts.unmountPart(element);
  }, [parts]);

  return failed && fallback ? <>{fallback}</> : <div class="lazy-part" ref={holder} />;
}
