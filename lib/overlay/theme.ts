/**
 * Light or dark, as the page looks: its declared `color-scheme`, else its background, else the
 * system's preference where the page follows it. Ads Manager is light whatever the system says, and a
 * dark card on a light page would look like someone else's popup.
 */
export type Theme = 'light' | 'dark';

export interface ThemeSignals {
  /** The page root's computed `color-scheme` (`normal`, `light`, `dark`, `light dark`, ...). */
  colorScheme: string | null;
  /** The computed background colour of the page's root or body, e.g. `rgb(245, 246, 247)`. */
  background: string | null;
  prefersDark: boolean;
}

/** `rgb()` / `rgba()` as computed styles write them; null for anything transparent or unparsed. */
export function opaqueRgb(color: string | null): [number, number, number] | null {
  const match = color ? /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(color.trim()) : null;
  if (!match) return null;
  const alphaText = match[4];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number.parseFloat(alphaText) / 100 : Number.parseFloat(alphaText);
  if (!(alpha >= 0.5)) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance([r, g, b]: [number, number, number]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function chooseTheme({ colorScheme, background, prefersDark }: ThemeSignals): Theme {
  const schemes = (colorScheme ?? '').toLowerCase().split(/\s+/).filter((word) => word === 'light' || word === 'dark');
  // A page that allows only one scheme has chosen it.
  if (schemes.length === 1) return schemes[0] as Theme;
  const rgb = opaqueRgb(background);
  if (rgb) return luminance(rgb) < 0.2 ? 'dark' : 'light';
  // No background of its own: the canvas shows, dark only when the page opted into the system's scheme.
  if (schemes.length === 2) return prefersDark ? 'dark' : 'light';
  return 'light';
}
