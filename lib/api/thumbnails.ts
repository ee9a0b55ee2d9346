import "server-only";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import sharp from "sharp";
import { ASSET_ID_PATTERN } from "@/lib/schemas/ids";
import { THUMBNAILS_DIR } from "./data-dir";

// A small WebP for every image uploaded through the app, kept under DATA_DIR/thumbnails so
// the Assets table shows previews even when the upstream serves none.

// libvips' operation cache and thread pool are what make RSS balloon on big images.
sharp.cache(false);
sharp.concurrency(1);

export const THUMBNAIL_SIZE = 320;

function fileFor(assetId: string): string {
  if (!ASSET_ID_PATTERN.test(assetId)) throw new Error("Not a valid asset ID");
  return path.join(THUMBNAILS_DIR(), `${assetId}.webp`);
}

/** Renders the thumbnail from a file on disk (shrink-on-load keeps big JPEGs cheap). */
export async function saveThumbnail(assetId: string, sourceFile: string): Promise<void> {
  const target = fileFor(assetId);
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  try {
    await sharp(sourceFile, { sequentialRead: true, limitInputPixels: 6000 * 6000 })
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 78 })
      .toFile(temp);
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
