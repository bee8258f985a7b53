/**
 * What the stores ask of a package: the version we release (package.json's, which WXT copies), an icon
 * at every size Chrome Web Store and addons.mozilla.org show, present and really that size, and each
 * `__MSG_…__` the manifest names (the listing's name and description) in every language's
 * messages.json, which holds nothing else (modules/manifest-messages.ts).
 */
import { isMessagesFile } from '../../modules/manifest-messages';
import type { BuildFiles } from './size-budgets';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } | null {
  if (png.length < 24 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export function checkStoreReady(manifest: Record<string, unknown>, build: BuildFiles, packageVersion: string, label: string): string[] {
  const problems: string[] = [];
  const say = (problem: string) => problems.push(`${label}: ${problem}`);
  if (manifest.version !== packageVersion) {
    say(`manifest version ${JSON.stringify(manifest.version)} is not package.json's ${JSON.stringify(packageVersion)}`);
  }
  const icons = (typeof manifest.icons === 'object' && manifest.icons !== null ? manifest.icons : {}) as Record<string, unknown>;
  for (const size of ICON_SIZES) {
    const path = icons[String(size)];
    if (typeof path !== 'string') {
      say(`no ${size}px icon in the manifest`);
      continue;
    }
    const png = build.read(path.replace(/^\/+/, ''));
    const actual = png && pngSize(png);
    if (!png) say(`${size}px icon ${path} is not in the build`);
    else if (!actual) say(`${size}px icon ${path} is not a PNG`);
    else if (actual.width !== size || actual.height !== size) say(`${size}px icon ${path} is ${actual.width}x${actual.height}`);
  }
  const names = [...new Set([...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!))].filter((name) => !name.startsWith('@@'));
  const localeFiles = build.list().filter(isMessagesFile).sort();
  if (names.length > 0 && localeFiles.length === 0) say('the manifest names messages but the build has no _locales');
  for (const path of localeFiles) {
    let messages: Record<string, { message?: unknown }>;
    try {
      messages = JSON.parse(build.read(path)!.toString('utf8')) as typeof messages;
    } catch {
      say(`${path} is not JSON`);
      continue;
    }
    for (const name of names) if (typeof messages[name]?.message !== 'string' || messages[name].message === '') say(`${path} has no "${name}", which the manifest shows`);
  }
  return problems;
}
