import { randomFillSync } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { BENCH_DATA } from "./server.mjs";

// Valid images for the benchmarks. The big one is random noise, so PNG cannot shrink it: its
// size on the wire is the size the server has to carry.

const CACHE = path.join(BENCH_DATA, "cache");

/** A 400×400 JPEG (the smallest comfortable portrait), tinted by `index` so files differ. */
export function tinyJpeg(index = 0) {
  const hue = (index * 47) % 255;
  return sharp({ create: { width: 400, height: 400, channels: 3, background: { r: hue, g: 90, b: 160 } } })
    .jpeg({ quality: 80 })
    .toBuffer();
}

/** A 1280×720 JPEG with some texture, as a first frame for renders. */
export function frameJpeg() {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720">
    <defs><linearGradient id="g"><stop offset="0" stop-color="#1d3557"/><stop offset="1" stop-color="#e76f51"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/><circle cx="640" cy="330" r="180" fill="#f1faee"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

/**
 * A noise PNG of about 29 MB (4200×2400, stored uncompressed: deflate only makes noise bigger),
 * inside the 6000 px and 30 MB limits; made once and cached under .data/bench/cache.
 */
export async function bigNoisyPng() {
  const file = path.join(CACHE, "noise-4200x2400.png");
  if (!existsSync(file)) {
    await mkdir(CACHE, { recursive: true });
    const width = 4200;
    const height = 2400;
    const pixels = randomFillSync(Buffer.alloc(width * height * 3));
    await sharp(pixels, { raw: { width, height, channels: 3 } })
      .png({ compressionLevel: 0, adaptiveFiltering: false })
      .toFile(file);
  }
  return { file, bytes: await readFile(file) };
}
