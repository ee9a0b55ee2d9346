import "server-only";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ASSET_ID_PATTERN } from "@/lib/schemas/ids";
import { THUMBNAILS_DIR } from "./data-dir";

const execFileAsync = promisify(execFile);

// A small WebP for every image uploaded through the app, kept under DATA_DIR/thumbnails so
// the Assets table shows previews even when the upstream serves none.

export const THUMBNAIL_SIZE = 320;
const RENDER_TIMEOUT_MS = 60_000;

// Rendered in a short-lived child process: decoding a 29 MB PNG costs libvips ~15 MB that the
// server's allocator would keep for good, and a damaged file can't take the server down.
// The child gets an empty environment, so no secret can reach it.
const RENDER_SCRIPT = `
const sharp = require("sharp");
sharp.cache(false);
sharp.concurrency(1);
const [source, target, size] = process.argv.slice(1);
sharp(source, { sequentialRead: true, limitInputPixels: 6000 * 6000 })
  .rotate()
  .resize(Number(size), Number(size), { fit: "inside", withoutEnlargement: true })
  .webp({ quality: 78 })
  .toFile(target)
  .catch((error) => { console.error(error.message); process.exit(1); });
`;

function fileFor(assetId: string): string {
  if (!ASSET_ID_PATTERN.test(assetId)) throw new Error("Not a valid asset ID");
  return path.join(THUMBNAILS_DIR(), `${assetId}.webp`);
}

/** Renders the thumbnail of an image file on disk into DATA_DIR/thumbnails/<assetId>.webp. */
export async function saveThumbnail(assetId: string, sourceFile: string): Promise<void> {
  const target = fileFor(assetId);
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  try {
    await execFileAsync(process.execPath, ["-e", RENDER_SCRIPT, sourceFile, temp, String(THUMBNAIL_SIZE)], {
      cwd: process.cwd(),
      env: { NODE_ENV: "production" },
      timeout: RENDER_TIMEOUT_MS,
    });
    await rename(temp, target);
  } finally {
    await rm(temp, { force: true });
  }
}

/** The stored thumbnail as a web stream with its size, or null if there is none. */
export async function openThumbnail(
  assetId: string,
): Promise<{ body: ReadableStream<Uint8Array>; size: number } | null> {
  const file = fileFor(assetId);
  try {
    const { size } = await stat(file);
    return { body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size };
  } catch {
    return null;
  }
}

export async function deleteThumbnail(assetId: string): Promise<void> {
  await rm(fileFor(assetId), { force: true }).catch(() => undefined);
}
