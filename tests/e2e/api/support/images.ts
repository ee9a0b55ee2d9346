import { randomFillSync } from "node:crypto";
import sharp from "sharp";

// Test images made on the fly: small valid ones, and a big noisy PNG that does not compress.

export const solidPng = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#6a5acd" } })
    .png()
    .toBuffer();

/** A PNG of random noise: about 3 bytes per pixel, so 2850×3200 is ~29 MB. */
export function noisePng(width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  randomFillSync(pixels);
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 1 })
    .toBuffer();
}
