// @ts-check
import sharp from "sharp";

// The child process behind renderThumbnail (render-thumbnail.ts): decodes one image and writes a
// small WebP, then exits. Plain ESM so Node runs it as it is, with no build step, from Vitest,
// `next start` and the standalone server alike; `// @ts-check` and tsconfig's include make tsc
// check it all the same. Its one argument is a ThumbnailJob as JSON; it answers one
// ThumbnailResult as JSON on stdout. Any other ending (a crash, a non-zero exit) is our fault,
// not the image's.

/**
 * @typedef {"none" | "truncated" | "error" | "warning"} FailOn
 * @typedef {object} ThumbnailJob
 * @property {string} source the image to read
 * @property {string} target where the WebP goes (the parent renames it into place)
 * @property {number} maxSide longest side of the thumbnail, in px; smaller images stay as they are
 * @property {number} quality WebP quality, 1-100
 * @property {number} maxInputPixels decoding stops before allocating a bigger image (bombs)
 * @property {FailOn} failOn how damaged an input may be and still get a thumbnail (sharp's scale)
 * @typedef {{ ok: true } | { ok: false, reason: string }} ThumbnailResult
 */

const FAIL_ON = new Set(["none", "truncated", "error", "warning"]);

/**
 * @param {string | undefined} text
 * @returns {ThumbnailJob}
 */
function parseJob(text) {
  const job = JSON.parse(text ?? "null");
  const numbers = ["maxSide", "quality", "maxInputPixels"].every((key) => Number.isInteger(job?.[key]));
  const strings = typeof job?.source === "string" && typeof job?.target === "string";
  if (!numbers || !strings || !FAIL_ON.has(job.failOn)) throw new Error("Not a thumbnail job");
  return job;
}

/**
 * @param {ThumbnailJob} job
 * @returns {Promise<ThumbnailResult>}
 */
async function render(job) {
  // One short-lived decode: libvips' cache and thread pool would only cost memory here.
  sharp.cache(false);
  sharp.concurrency(1);
  try {
    await sharp(job.source, {
      sequentialRead: true,
      limitInputPixels: job.maxInputPixels,
      failOn: job.failOn,
    })
      .rotate()
      .resize(job.maxSide, job.maxSide, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: job.quality })
      .toFile(job.target);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

process.stdout.write(JSON.stringify(await render(parseJob(process.argv[2]))));
