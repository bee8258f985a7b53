import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SIZES, encodePng, renderIcon } from './make-icons';

function decode(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    chunks.push({ type: png.toString('ascii', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  const ihdr = chunks[0]!.data;
  const idat = Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data));
  return { types: chunks.map((c) => c.type), width: ihdr.readUInt32BE(0), height: ihdr.readUInt32BE(4), raw: inflateSync(idat) };
}

describe('icons', () => {
  it('encodes a PNG that zlib can read back to the same pixels', () => {
    const rgba = renderIcon(16);
    const { types, width, height, raw } = decode(encodePng(16, 16, rgba));
    expect(types).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([width, height]).toEqual([16, 16]);
    const rows = Array.from({ length: 16 }, (_, y) => raw.subarray(y * 65 + 1, (y + 1) * 65));
    expect(Buffer.concat(rows)).toEqual(Buffer.from(rgba));
  });

  // Compares pixels, not bytes: another zlib may compress the same pixels differently, and another
  // V8's Math.atan2/hypot may round a channel the other way.
  it.each(SIZES)('assets/icon/%i.png is what scripts/make-icons.ts draws (rerun it after changing the drawing)', (size) => {
    const committed = decode(readFileSync(join(import.meta.dirname, '..', 'assets', 'icon', `${size}.png`)));
    const fresh = decode(encodePng(size, size, renderIcon(size)));
    expect([committed.width, committed.height]).toEqual([size, size]);
    expect(committed.raw.length).toBe(fresh.raw.length);
    const worst = committed.raw.reduce((max, byte, i) => Math.max(max, Math.abs(byte - fresh.raw[i]!)), 0);
    expect(worst).toBeLessThanOrEqual(1);
  });
});
