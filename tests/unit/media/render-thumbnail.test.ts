// @vitest-environment node
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  RENDERS_AT_ONCE,
  renderThumbnail,
  THUMBNAIL_CHILD,
  ThumbnailError,
  type ThumbnailOptions,
} from "@/lib/media/thumbnail/render-thumbnail";

const OPTIONS: ThumbnailOptions = {
  maxSide: 320,
  quality: 78,
  maxInputPixels: 6000 * 6000,
  failOn: "warning",
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "thumbnail-test-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** A PNG of random noise: slow enough to decode that overlapping renders can be seen. */
async function noisePng(file: string, width: number, height: number) {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 1) pixels[i] = (i * 2654435761) >>> 24;
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 1 })
    .toFile(file);
}

interface ChildSighting {
  pid: string;
  environ: string[];
}

/** The thumbnail children alive now whose job mentions `marker`, with their environment. */
async function childrenFor(marker: string): Promise<ChildSighting[]> {
  const found: ChildSighting[] = [];
  for (const pid of await readdir("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    const args = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    if (!args.includes(THUMBNAIL_CHILD) || !args.includes(marker)) continue;
    const environ = await readFile(`/proc/${pid}/environ`, "utf8").catch(() => null);
    if (environ !== null) found.push({ pid, environ: environ.split("\0").filter(Boolean) });
  }
  return found;
}

describe("renderThumbnail", () => {
  it("writes a WebP whose longest side is maxSide, keeping the aspect ratio, and no temp file", async () => {
    const source = path.join(dir, "wide.png");
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#3366cc" } })
      .png()
      .toFile(source);
    const target = path.join(dir, "wide.webp");
    await renderThumbnail(source, target, OPTIONS);
    const meta = await sharp(target).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({
      format: "webp",
      width: 320,
      height: 213,
    });
    expect((await readdir(dir)).sort()).toEqual(["wide.png", "wide.webp"]);
  });

  it("refuses a file that is not an image with the decoder's reason, and writes nothing", async () => {
    const source = path.join(dir, "fake.png");
    await writeFile(source, "not an image at all");
    const target = path.join(dir, "fake.webp");
    const failure = await renderThumbnail(source, target, OPTIONS).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ThumbnailError);
    expect((failure as Error).message).toMatch(/unsupported image format/i);
    expect(await readdir(dir)).toEqual(["fake.png"]);
  });

  it("refuses an image over the pixel limit before decoding it", async () => {
    const source = path.join(dir, "big.png");
    await sharp({ create: { width: 400, height: 400, channels: 3, background: "#000" } })
      .png()
      .toFile(source);
    const refused = renderThumbnail(source, path.join(dir, "big.webp"), {
      ...OPTIONS,
      maxInputPixels: 300 * 300,
    });
    await expect(refused).rejects.toThrow(/pixel limit/i);
  });

  it(`runs at most ${RENDERS_AT_ONCE} renders at once, each child with an empty environment`, async () => {
    const source = path.join(dir, "noise.png");
    await noisePng(source, 2400, 2400);
    process.env.THUMBNAIL_TEST_SECRET = "sk-must-not-reach-the-child";
    const seen = new Map<string, string[]>();
    let mostAtOnce = 0;
    let rendering = true;
    const watching = (async () => {
      while (rendering) {
        const alive = await childrenFor(dir);
        mostAtOnce = Math.max(mostAtOnce, alive.length);
        for (const child of alive) seen.set(child.pid, child.environ);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    try {
      await Promise.all(
        Array.from({ length: 5 }, (_, index) =>
          renderThumbnail(source, path.join(dir, `out-${index}.webp`), OPTIONS),
        ),
      );
    } finally {
      rendering = false;
      await watching;
      delete process.env.THUMBNAIL_TEST_SECRET;
    }
    expect(mostAtOnce).toBe(RENDERS_AT_ONCE);
    expect(seen.size).toBeGreaterThanOrEqual(RENDERS_AT_ONCE);
    for (const environ of seen.values()) expect(environ).toEqual(["NODE_ENV=production"]);
    const outputs = (await readdir(dir)).filter((name) => name.endsWith(".webp"));
    expect(outputs).toHaveLength(5);
  });
});
