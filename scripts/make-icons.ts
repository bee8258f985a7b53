/**
 * Draws the toolbar/store icon (a lens over a coin) and writes assets/icon/<size>.png.
 * `npx tsx scripts/make-icons.ts`
 *
 * The icon is code rather than a binary someone exported once, so it can be changed in review and
 * regenerated identically. Shapes are signed distance functions in a 0..1 square; coverage comes from
 * the distance in pixels, which anti-aliases every edge at every size without supersampling.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

export const SIZES = [16, 32, 48, 96, 128] as const;

type Rgb = readonly [number, number, number];
type Vec = readonly [number, number];

const AMBER: Rgb = [0xf5, 0xb0, 0x1c];
const AMBER_DEEP: Rgb = [0xc2, 0x7c, 0x0e];
const TEAL: Rgb = [0x0c, 0x5a, 0x70];
const GLASS: Rgb = [0xf2, 0xfa, 0xfb];

const len = (x: number, y: number) => Math.hypot(x, y);
const circle = (p: Vec, c: Vec, r: number) => len(p[0] - c[0], p[1] - c[1]) - r;
const ring = (p: Vec, c: Vec, r: number, width: number) => Math.abs(circle(p, c, r)) - width / 2;
function capsule(p: Vec, a: Vec, b: Vec, r: number): number {
  const [px, py] = [p[0] - a[0], p[1] - a[1]];
  const [bx, by] = [b[0] - a[0], b[1] - a[1]];
  const h = Math.max(0, Math.min(1, (px * bx + py * by) / (bx * bx + by * by)));
  return len(px - bx * h, py - by * h) - r;
}

/** Straight-alpha RGBA, row-major, top row first. */
export function renderIcon(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  // Small sizes get thicker strokes and fewer details: a 1 px rim would just read as mud at 16 px.
  const small = size < 32;
  const coin = { c: [0.4, 0.4] as Vec, r: 0.355 };
  const lens = { c: [0.6, 0.6] as Vec, r: 0.215, stroke: small ? 0.095 : 0.075 };
  const handle = { a: [0.76, 0.76] as Vec, b: [0.92, 0.92] as Vec, r: small ? 0.065 : 0.055 };
  // The lens and handle sit in a transparent moat so they stay distinct from the coin on any toolbar.
  const gap = small ? 0.05 : 0.035;

  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const p: Vec = [(x + 0.5) / size, (y + 0.5) / size];
      const cover = (d: number) => Math.max(0, Math.min(1, 0.5 - d * size));
      const rgb: [number, number, number] = [0, 0, 0];
      let a = 0;
      const paint = (col: Rgb, alpha: number) => {
        if (alpha <= 0) return;
        const na = alpha + a * (1 - alpha);
        for (let i = 0; i < 3; i++) rgb[i] = (col[i]! * alpha + rgb[i]! * a * (1 - alpha)) / na;
        a = na;
      };

      paint(AMBER, cover(circle(p, coin.c, coin.r)));
      if (!small) {
        paint(AMBER_DEEP, cover(ring(p, coin.c, coin.r * 0.74, 0.03)));
        paint(AMBER_DEEP, cover(ring(p, coin.c, coin.r - 0.012, 0.024)));
      }

      const lensOuter = circle(p, lens.c, lens.r + lens.stroke / 2);
      const moat = Math.min(lensOuter, capsule(p, handle.a, handle.b, handle.r)) - gap;
      a *= 1 - cover(moat);

      // The glass brightens the coin under it, as a lens would, and is mostly opaque elsewhere so the
      // lens still reads as a lens on a dark toolbar.
      const inGlass = cover(circle(p, lens.c, lens.r));
      if (inGlass > 0) {
        paint(GLASS, inGlass * (a > 0 ? 0.5 * a : 0));
        paint(GLASS, inGlass * 0.8);
        // A faint reflection arc in the upper left of the glass is what makes it read as glass.
        if (!small) {
          const angle = Math.atan2(p[1] - lens.c[1], p[0] - lens.c[0]);
          const onArc = angle < -1.75 && angle > -2.95 ? 1 : 0;
          paint(TEAL, cover(ring(p, lens.c, lens.r * 0.66, 0.03)) * onArc * 0.35);
        }
      }
      paint(TEAL, cover(ring(p, lens.c, lens.r, lens.stroke)));
      paint(TEAL, cover(capsule(p, handle.a, handle.b, handle.r)));

      const o = (y * size + x) * 4;
      out[o] = Math.round(rgb[0]);
      out[o + 1] = Math.round(rgb[1]);
      out[o + 2] = Math.round(rgb[2]);
      out[o + 3] = Math.round(a * 255);
    }
  }
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, tail]);
}

/** 8-bit RGBA PNG, filter 0 on every row: icons are tiny, so smarter filtering buys nothing. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'icon');
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = join(dir, `${size}.png`);
    writeFileSync(file, encodePng(size, size, renderIcon(size)));
    console.log(file);
  }
}
