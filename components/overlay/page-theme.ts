import { chooseTheme, opaqueRgb, type Theme } from '../../lib/overlay/theme';
import { topmostAt } from './page-measure';

/**
 * What the page looks like behind the overlay: its declared `color-scheme` and the first opaque
 * background from the element at the viewport's centre up to the root (apps often paint a wrapper,
 * not the body). Our own host is skipped.
 */
export function pageTheme(document: Document, ownHost: Element | null): Theme {
  const view = document.defaultView;
  if (!view) return 'light';
  const root = document.documentElement;
  const meta = document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? null;
  const declared = view.getComputedStyle(root).colorScheme;
  const colorScheme = declared && declared !== 'normal' ? declared : meta;
  let background: string | null = null;
  const probe = typeof document.elementsFromPoint === 'function' ? topmostAt(document, view.innerWidth / 2, view.innerHeight / 2, ownHost) : undefined;
  for (let element: Element | null = probe ?? document.body; element; element = element.parentElement) {
    const color = view.getComputedStyle(element).backgroundColor;
    if (opaqueRgb(color)) {
      background = color;
      break;
    }
  }
  const prefersDark = view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return chooseTheme({ colorScheme, background, prefersDark });
}
