/**
 * Draws the toolbar/store icons into `public/icons/icon-<size>.png` (committed; re-run after a design
 * change with `npx tsx scripts/icons.ts`). The motif: lines of text on a dark card, one word underlined
 * in amber — what the extension does to a page. Pure shapes, 4×4 supersampled, encoded as RGBA PNG.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 48, 128] as const;
const SUPERSAMPLE = 4;

type Rgba = readonly [number, number, number, number];
const CARD: Rgba = [22, 58, 89, 255];
const TEXT: Rgba = [236, 241, 246, 255];
const UNDERLINE: Rgba = [245, 177, 39, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** A shape in unit coordinates (0..1 across the icon). */
type Rect = { x: number; y: number; w: number; h: number; r: number; color: Rgba };

const SHAPES: readonly Rect[] = [
  { x: 0, y: 0, w: 1, h: 1, r: 0.2, color: CARD },
  { x: 0.18, y: 0.2, w: 0.64, h: 0.11, r: 0.05, color: TEXT },
  { x: 0.18, y: 0.42, w: 0.22, h: 0.11, r: 0.05, color: TEXT },
  { x: 0.46, y: 0.42, w: 0.36, h: 0.11, r: 0.05, color: TEXT },
  { x: 0.44, y: 0.57, w: 0.4, h: 0.07, r: 0.035, color: UNDERLINE },
  { x: 0.18, y: 0.7, w: 0.48, h: 0.11, r: 0.05, color: TEXT },
];

function inside(rect: Rect, x: number, y: number): boolean {
  if (x < rect.x || y < rect.y || x > rect.x + rect.w || y > rect.y + rect.h) return false;
  const cx = Math.min(Math.max(x, rect.x + rect.r), rect.x + rect.w - rect.r);
  const cy = Math.min(Math.max(y, rect.y + rect.r), rect.y + rect.h - rect.r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= rect.r ** 2;
}

function colorAt(x: number, y: number): Rgba {
  let color = CLEAR;
  for (const shape of SHAPES) if (inside(shape, x, y)) color = shape.color;
  return color;
}

/** Premultiplied average of the subsamples, back to straight alpha. */
function pixel(size: number, px: number, py: number): Rgba {
  let r = 0;
  let g = 0;
  let b = 0;
  let a = 0;
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const [cr, cg, cb, ca] = colorAt(
        (px + (sx + 0.5) / SUPERSAMPLE) / size,
        (py + (sy + 0.5) / SUPERSAMPLE) / size,
      );
      r += cr * ca;
      g += cg * ca;
      b += cb * ca;
      a += ca;
    }
  }
  if (a === 0) return CLEAR;
  return [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round(a / n)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function iconPng(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (none)
    for (let x = 0; x < size; x++) row.set(pixel(size, x, y), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, no filter set, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

const outDir = join(import.meta.dirname, '..', 'public', 'icons');
for (const size of ICON_SIZES) writeFileSync(join(outDir, `icon-${size}.png`), iconPng(size));
console.log(`wrote ${ICON_SIZES.map((s) => `icon-${s}.png`).join(', ')} to ${outDir}`);
