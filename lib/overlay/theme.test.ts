import { describe, expect, it } from 'vitest';
import { chooseTheme, opaqueRgb } from './theme';

describe('light or dark, as the page looks', () => {
  it('follows a page that declares a single color-scheme, whatever the system prefers', () => {
    expect(chooseTheme({ colorScheme: 'dark', background: 'rgb(255, 255, 255)', prefersDark: false })).toBe('dark');
    expect(chooseTheme({ colorScheme: 'light', background: null, prefersDark: true })).toBe('light');
  });

  it('goes by the background of a page that declares nothing: Ads Manager is light on a dark system', () => {
    expect(chooseTheme({ colorScheme: 'normal', background: 'rgb(245, 246, 247)', prefersDark: true })).toBe('light');
    expect(chooseTheme({ colorScheme: 'normal', background: 'rgb(18, 18, 20)', prefersDark: false })).toBe('dark');
  });

  it('follows the system when the page follows it and paints no background', () => {
    expect(chooseTheme({ colorScheme: 'light dark', background: 'rgba(0, 0, 0, 0)', prefersDark: true })).toBe('dark');
    expect(chooseTheme({ colorScheme: 'light dark', background: null, prefersDark: false })).toBe('light');
  });

  it('treats a transparent page with no scheme as the white canvas it shows', () => {
    expect(chooseTheme({ colorScheme: 'normal', background: 'rgba(0, 0, 0, 0)', prefersDark: true })).toBe('light');
  });

  it('reads computed colours and ignores translucent ones', () => {
    expect(opaqueRgb('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(opaqueRgb('rgba(1, 2, 3, 0.9)')).toEqual([1, 2, 3]);
    expect(opaqueRgb('rgba(1, 2, 3, 0.1)')).toBeNull();
    expect(opaqueRgb('transparent')).toBeNull();
  });
});
