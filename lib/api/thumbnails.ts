import "server-only";
import { createReadStream } from "node:fs";
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { renderThumbnail } from "@/lib/media/thumbnail/render-thumbnail";
import { IMAGE_LIMITS } from "@/lib/media/image-rules";
import { ASSET_ID_PATTERN } from "@/lib/schemas/ids";
import { THUMBNAILS_DIR } from "./data-dir";

// A small WebP for every image uploaded through the app, kept under DATA_DIR/thumbnails so
// the Assets table shows previews even when the upstream serves none.

export const THUMBNAIL_SIZE = 320;

function fileFor(assetId: string): string {
  if (!ASSET_ID_PATTERN.test(assetId)) throw new Error("Not a valid asset ID");
  return path.join(THUMBNAILS_DIR(), `${assetId}.webp`);
}

/** Renders the thumbnail of an image file on disk into DATA_DIR/thumbnails/<assetId>.webp. */
export async function saveThumbnail(assetId: string, sourceFile: string): Promise<void> {
  const target = fileFor(assetId);
  await mkdir(path.dirname(target), { recursive: true });
  await renderThumbnail(sourceFile, target, {
    maxSide: THUMBNAIL_SIZE,
    quality: 78,
    maxInputPixels: IMAGE_LIMITS.maxSide ** 2,
    failOn: "warning",
  });
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
