import type { RgbaImage } from './pngImage';

/** Teams app icons: a full-colour 192×192 and a white-on-transparent 32×32 outline (manifest schema). */
export const colorIconSize = 192;
export const outlineIconSize = 32;

/** Where the symbol sits: Teams crops the colour icon's corners, the outline icon wants a margin. */
const colorBox = { from: 0.25, to: 0.75 };
const outlineBox = { from: 6 / 32, to: 26 / 32 };

/** The symbol, a speech bubble with three dots, in a unit box: is (x, y) on it? */
function onSymbol(x: number, y: number): boolean {
  const inDot = [0.25, 0.5, 0.75].some((cx) => (x - cx) ** 2 + (y - 0.4) ** 2 <= 0.09 ** 2);
  if (inDot) return false;
  return inRoundedRect(x, y, 0, 0.05, 1, 0.75, 0.2) || inTriangle(x, y, [0.15, 0.7], [0.42, 0.7], [0.1, 0.98]);
}

function inRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

type Point = readonly [number, number];
function inTriangle(x: number, y: number, a: Point, b: Point, c: Point): boolean {
  const side = (p: Point, q: Point) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

/** Fraction of a pixel the symbol covers, by 4×4 supersampling, so edges are smooth. */
function coverage(px: number, py: number, size: number, box: { from: number; to: number }): number {
  const samples = 4;
  let hits = 0;
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const u = ((px + (sx + 0.5) / samples) / size - box.from) / (box.to - box.from);
      const v = ((py + (sy + 0.5) / samples) / size - box.from) / (box.to - box.from);
      if (u >= 0 && u <= 1 && v >= 0 && v <= 1 && onSymbol(u, v)) hits++;
    }
  }
  return hits / (samples * samples);
}

function hexToRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new RangeError(`expected a colour like #1f5f8b, got ${hex}`);
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}

/** The brand colour filling the square, the symbol in white. */
export function colorIcon(brandHex: string): RgbaImage {
  const size = colorIconSize;
  const [r, g, b] = hexToRgb(brandHex);
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = coverage(x, y, size, colorBox);
      const i = (y * size + x) * 4;
      pixels[i] = Math.round(r + (255 - r) * c);
      pixels[i + 1] = Math.round(g + (255 - g) * c);
      pixels[i + 2] = Math.round(b + (255 - b) * c);
      pixels[i + 3] = 255;
    }
  }
  return { width: size, height: size, pixels };
}

/** White only, on a transparent background: Teams tints it for light and dark themes. */
export function outlineIcon(): RgbaImage {
  const size = outlineIconSize;
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      pixels[i] = 255;
      pixels[i + 1] = 255;
      pixels[i + 2] = 255;
      pixels[i + 3] = Math.round(255 * coverage(x, y, size, outlineBox));
    }
  }
  return { width: size, height: size, pixels };
}
