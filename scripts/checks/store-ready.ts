/**
 * What the stores ask of a package: the version we release (package.json's, which WXT copies), and an
 * icon at every size Chrome Web Store and addons.mozilla.org show, present and really that size.
 */
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
  return problems;
}
