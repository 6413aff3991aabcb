// Draws images/icon.png (128x128): a stack of vertebrae on a rounded navy tile with a
// warning squiggle underneath. Only node:zlib; 4x supersampling for smooth edges.
// usage: node scripts/make-icon.mjs [out.png]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const SIZE = 128;
const SS = 4;
const N = SIZE * SS;
const out = process.argv[2] || 'images/icon.png';

const NAVY = [22, 44, 84];
const NAVY_EDGE = [36, 72, 128];
const BONE = [238, 242, 247];
const DISC = [120, 170, 220];
const AMBER = [245, 180, 40];

// Signed-distance style helpers in supersampled pixel space.
function inRoundRect(x, y, cx, cy, w, h, r) {
  const dx = Math.max(Math.abs(x - cx) - (w / 2 - r), 0);
  const dy = Math.max(Math.abs(y - cy) - (h / 2 - r), 0);
  return dx * dx + dy * dy <= r * r;
}

const shapes = [];
// background tile with a subtle border
shapes.push({ color: NAVY_EDGE, hit: (x, y) => inRoundRect(x, y, N / 2, N / 2, N - 2 * SS, N - 2 * SS, 24 * SS) });
shapes.push({ color: NAVY, hit: (x, y) => inRoundRect(x, y, N / 2, N / 2, N - 8 * SS, N - 8 * SS, 21 * SS) });
// five vertebrae along a gentle S curve, discs between them
const ys = [22, 39, 56, 73, 90];
const curve = (y) => N / 2 + Math.sin(((y / SS - 20) / 88) * Math.PI * 1.2) * 7 * SS;
for (let i = 0; i < ys.length - 1; i++) {
  const y = ((ys[i] + ys[i + 1]) / 2) * SS;
  shapes.push({ color: DISC, hit: (px, py) => inRoundRect(px, py, curve(y), y, 30 * SS, 5 * SS, 2.5 * SS) });
}
ys.forEach((yy, i) => {
  const y = yy * SS;
  const w = (34 + i * 2) * SS;
  shapes.push({ color: BONE, hit: (px, py) => inRoundRect(px, py, curve(y), y, w, 12 * SS, 5 * SS) });
  // transverse processes
  shapes.push({ color: BONE, hit: (px, py) => inRoundRect(px, py, curve(y), y, w + 18 * SS, 4 * SS, 2 * SS) });
});
// amber squiggle under the spine, like an editor warning
const sqY = 108 * SS;
const sqX0 = 34 * SS;
const sqX1 = 94 * SS;
shapes.push({
  color: AMBER,
  hit: (px, py) => px >= sqX0 && px <= sqX1 && Math.abs(py - (sqY + Math.sin((px - sqX0) / (3.2 * SS)) * 2.2 * SS)) <= 1.6 * SS,
});

const rgba = Buffer.alloc(SIZE * SIZE * 4);
for (let y = 0; y < SIZE; y++) {
  for (let x = 0; x < SIZE; x++) {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const px = x * SS + sx + 0.5;
        const py = y * SS + sy + 0.5;
        let color;
        for (const s of shapes) if (s.hit(px, py)) color = s.color;
        if (color) {
          r += color[0];
          g += color[1];
          b += color[2];
          a += 1;
        }
      }
    }
    const i = (y * SIZE + x) * 4;
    if (a > 0) {
      rgba[i] = Math.round(r / a);
      rgba[i + 1] = Math.round(g / a);
      rgba[i + 2] = Math.round(b / a);
    }
    rgba[i + 3] = Math.round((a / (SS * SS)) * 255);
  }
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8;
ihdr[9] = 6; // 8-bit RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
