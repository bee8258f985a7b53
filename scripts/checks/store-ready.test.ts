import { describe, expect, it } from 'vitest';
import { encodePng, renderIcon } from '../make-icons';
import type { BuildFiles } from './size-budgets';
import { ICON_SIZES, checkStoreReady, pngSize } from './store-ready';

const icon = (size: number) => encodePng(size, size, renderIcon(size));
const ICONS = Object.fromEntries(ICON_SIZES.map((s) => [String(s), `icon/${s}.png`]));
const manifest = (patch: Record<string, unknown> = {}) => ({ manifest_version: 3, version: '0.1.0', icons: ICONS, ...patch });

function build(files: Record<string, Buffer> = Object.fromEntries(ICON_SIZES.map((s) => [`icon/${s}.png`, icon(s)]))): BuildFiles {
  return { read: (p) => files[p] ?? null, list: () => Object.keys(files) };
}

describe('store-ready package', () => {
  it('accepts the version from package.json and every icon size', () => {
    expect(checkStoreReady(manifest(), build(), '0.1.0', 'chrome')).toEqual([]);
  });

  it('fails on a version that is not package.json\'s', () => {
    expect(checkStoreReady(manifest({ version: '0.0.9' }), build(), '0.1.0', 'chrome')).toEqual([
      'chrome: manifest version "0.0.9" is not package.json\'s "0.1.0"',
    ]);
  });

  it('fails on a missing, absent or wrongly sized icon', () => {
    const { '96': _gone, ...fewer } = ICONS;
    expect(checkStoreReady(manifest({ icons: fewer }), build(), '0.1.0', 'c')).toEqual(['c: no 96px icon in the manifest']);
    const files = Object.fromEntries(ICON_SIZES.map((s) => [`icon/${s}.png`, icon(s === 48 ? 32 : s)]));
    delete files['icon/16.png'];
    files['icon/128.png'] = Buffer.from('not a png');
    expect(checkStoreReady(manifest(), build(files), '0.1.0', 'c')).toEqual([
      'c: 16px icon icon/16.png is not in the build',
      'c: 48px icon icon/48.png is 32x32',
      'c: 128px icon icon/128.png is not a PNG',
    ]);
  });

  it('reads a PNG\'s size from its header', () => {
    expect(pngSize(icon(48))).toEqual({ width: 48, height: 48 });
    expect(pngSize(Buffer.alloc(30))).toBeNull();
  });

  it("fails on a language whose messages.json lacks a name the manifest shows", () => {
    const icons = Object.fromEntries(ICON_SIZES.map((s) => [`icon/${s}.png`, icon(s)]));
    const messages = (entries: Record<string, string>) => Buffer.from(JSON.stringify(Object.fromEntries(Object.entries(entries).map(([k, message]) => [k, { message }]))));
    const named = manifest({ name: '__MSG_extName__', description: '__MSG_extDescription__', default_locale: 'en' });
    const files = {
      ...icons,
      '_locales/en/messages.json': messages({ extName: 'Credit Lens', extDescription: 'Reads billing pages.' }),
      '_locales/de/messages.json': messages({ extName: 'Credit Lens' }),
      '_locales/fr/messages.json': Buffer.from('{'),
    };
    expect(checkStoreReady(named, build(files), '0.1.0', 'c')).toEqual([
      'c: _locales/de/messages.json has no "extDescription", which the manifest shows',
      'c: _locales/fr/messages.json is not JSON',
    ]);
    expect(checkStoreReady(named, build(icons), '0.1.0', 'c')).toEqual(['c: the manifest names messages but the build has no _locales']);
  });
});
