import sharp from "sharp";

// Valid images made on the spot: noise keeps JPEGs from compressing to nothing, so sizes are real.

/** A JPEG of random noise; about 1 MB at 1200×900. */
export async function noisyJpeg(width: number, height: number, seed = 1): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  // A small deterministic generator: the same seed gives the same image (reproducible runs).
  let state = seed * 2654435761;
  for (let i = 0; i < pixels.length; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    pixels[i] = state >>> 24;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}
