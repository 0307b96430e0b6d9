// Draws the TeamsJourney glyph -- a journey line rising and dipping through four stages, the last one
// reached -- and writes the app package icons and the Office ribbon icons as PNG files.
// No dependencies: shapes are measured per pixel (4x4 samples for anti-aliasing) and encoded with
// node:zlib, so the same script gives the same pixels on every machine.
//
//   node scripts/icons.mjs [--out <dir>]   writes appPackage/color.png, appPackage/outline.png and
//                                          assets/icon-{16,32,80}.png (the ribbon icons) under addin-manifest/ or <dir>
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { deflateSync } from 'node:zlib';

const { values: args } = parseArgs({ options: { out: { type: 'string' } } });
const root = path.resolve(args.out ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));

/** Brand colours: the accent colour in manifest.json is the colour icon's background. */
const Accent = [0x0e, 0x6e, 0x6e];
const White = [0xff, 0xff, 0xff];

// The glyph in unit coordinates (0..1 inside the icon's safe area): stages on a journey.
const Stages = [
  [0.1, 0.72],
  [0.38, 0.36],
  [0.62, 0.6],
  [0.9, 0.26],
];

/** Distance from p to the segment a-b. */
function segmentDistance([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * True when the unit point lies on the glyph. `line` is the journey line's half width, `dot` the
 * radius of a stage; each stage is a ring cut out of the line, the last one filled (reached).
 */
function onGlyph(point, { line, dot, ring }) {
  const last = Stages.length - 1;
  for (let i = 0; i < Stages.length; i++) {
    const d = Math.hypot(point[0] - Stages[i][0], point[1] - Stages[i][1]);
    if (d <= dot) {
      return i === last || d >= dot - ring;
    }
  }

  for (let i = 0; i < last; i++) {
    if (segmentDistance(point, Stages[i], Stages[i + 1]) <= line) {
      return true;
    }
  }

  return false;
}

/** Fraction of the pixel (x, y) the glyph covers, from 4x4 samples; the glyph fills [inset, size - inset]. */
function coverage(x, y, size, inset, style) {
  const span = size - 2 * inset;
  let inside = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const u = (x + (sx + 0.5) / 4 - inset) / span;
      const v = (y + (sy + 0.5) / 4 - inset) / span;
      if (onGlyph([u, v], style)) {
        inside++;
      }
    }
  }

  return inside / 16;
}

/** RGBA pixels of a square icon: the glyph in `ink` over `paper` (null = transparent). */
function draw(size, inset, style, ink, paper) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = coverage(x, y, size, inset, style);
      const at = (y * size + x) * 4;
      if (paper) {
        for (let i = 0; i < 3; i++) {
          pixels[at + i] = Math.round(paper[i] + (ink[i] - paper[i]) * c);
        }
        pixels[at + 3] = 255;
      } else {
        // Transparent background: the ink's colour everywhere, coverage in alpha only, so every
        // visible pixel of the outline icon is pure white (what the Teams outline rule asks).
        pixels.set(c > 0 ? ink : [0, 0, 0], at);
        pixels[at + 3] = Math.round(255 * c);
      }
    }
  }

  return pixels;
}

const CrcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) {
    c = CrcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG, every row unfiltered. */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Every icon: file (relative to addin-manifest/), size, the glyph's inset in pixels, stroke, ink, paper. */
const Icons = [
  // Teams colour icon: full-bleed background, the symbol inside the central 96x96 safe area.
  { file: 'appPackage/color.png', size: 192, inset: 48, style: { line: 0.05, dot: 0.1, ring: 0.05 }, ink: White, paper: Accent },
  // Teams outline icon: white on transparent, 32x32, strokes thick enough to read at that size.
  { file: 'appPackage/outline.png', size: 32, inset: 2, style: { line: 0.055, dot: 0.11, ring: 0.06 }, ink: White, paper: null },
  // Office ribbon button and group icons (16, 32 and 80 pixels are required), accent on transparent.
  { file: 'assets/icon-16.png', size: 16, inset: 1, style: { line: 0.07, dot: 0.13, ring: 0.13 }, ink: Accent, paper: null },
  { file: 'assets/icon-32.png', size: 32, inset: 2, style: { line: 0.055, dot: 0.11, ring: 0.06 }, ink: Accent, paper: null },
  { file: 'assets/icon-80.png', size: 80, inset: 6, style: { line: 0.045, dot: 0.1, ring: 0.045 }, ink: Accent, paper: null },
];

for (const icon of Icons) {
  const target = path.join(root, icon.file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, encodePng(icon.size, draw(icon.size, icon.inset, icon.style, icon.ink, icon.paper)));
  console.log(`${icon.file}: ${icon.size}x${icon.size}`);
}
