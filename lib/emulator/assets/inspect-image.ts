import { open } from "node:fs/promises";
import sharp from "sharp";
import { readImageDimensions } from "@/lib/media/image-dimensions";
import {
  checkImageShape,
  describeImageShape,
  exceedsImageBytes,
  IMAGE_LIMITS,
  IMAGE_TYPE_RULE,
  type Dimensions,
} from "@/lib/media/image-rules";
import { renderThumbnail, ThumbnailError } from "@/lib/media/thumbnail/render-thumbnail";
import { MediaProblem } from "./media-problem";
import { IMAGE_FORMATS, isImageFormat, sniffType, type ImageFormat } from "@/lib/media/sniff";

// Upload validation in the order that keeps hostile files cheap: magic bytes, byte size, then
// dimensions read from the header (no decode), and only then a decode, bounded by
// `limitInputPixels` so a decompression bomb is refused before its pixels are allocated.

export interface ImageInfo {
  format: ImageFormat;
  mimeType: string;
  extension: string;
  width: number;
  height: number;
}

const HEADER_BYTES = 512 * 1024;
export const MAX_INPUT_PIXELS = IMAGE_LIMITS.maxSide * IMAGE_LIMITS.maxSide;

async function readHead(path: string, bytes: number): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Width and height from the header only; sharp's metadata (also header-only) is the fallback. */
async function headerDimensions(path: string, head: Buffer): Promise<Dimensions | null> {
  const fromHead = readImageDimensions(head);
  // Missing e.g. for a JPEG whose frame header sits after large metadata blocks.
  if (fromHead) return fromHead;
  const meta = await sharp(path, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  return meta?.width && meta.height ? { width: meta.width, height: meta.height } : null;
}

/** Side and aspect limits (lib/media/image-rules), for uploads and inline (data:) inputs alike. */
export function assertDimensions(width: number, height: number) {
  const problem = checkImageShape({ width, height });
  if (!problem) return;
  const code = problem.limit === "side" ? "INVALID_IMAGE_DIMENSIONS" : "INVALID_ASPECT_RATIO";
  throw new MediaProblem(400, code, `The image ${describeImageShape(problem)}.`);
}

export async function inspectImage(path: string, sizeBytes: number): Promise<ImageInfo> {
  const head = await readHead(path, HEADER_BYTES);
  const type = sniffType(head);
  if (!isImageFormat(type)) {
    const found = type === "unknown" ? "an unrecognised file" : `a ${type.toUpperCase()} file`;
    throw new MediaProblem(415, "UNSUPPORTED_FILE_TYPE", `${IMAGE_TYPE_RULE} This is ${found}.`);
  }
  if (exceedsImageBytes(sizeBytes)) {
    throw new MediaProblem(413, "FILE_TOO_LARGE", "Images must be smaller than 30 MB");
  }
  const dims = await headerDimensions(path, head);
  if (!dims)
    throw new MediaProblem(400, "INVALID_IMAGE", "The image header is unreadable; the file may be damaged");
  assertDimensions(dims.width, dims.height);
  return { format: type, ...IMAGE_FORMATS[type], width: dims.width, height: dims.height };
}

/** Decodes the image (bounded) into a small WebP preview; a damaged or bomb image is refused. */
export async function writeThumbnail(source: string, target: string, maxSide = 320): Promise<void> {
  try {
    await renderThumbnail(source, target, {
      maxSide,
      quality: 72,
      maxInputPixels: MAX_INPUT_PIXELS,
      failOn: "error",
    });
  } catch (error) {
    if (!(error instanceof ThumbnailError)) throw error;
    if (/pixel limit/i.test(error.message)) {
      throw new MediaProblem(
        400,
        "IMAGE_TOO_LARGE",
        "The image has more pixels than allowed (decompression bomb?)",
      );
    }
    throw new MediaProblem(
      400,
      "INVALID_IMAGE",
      "The image could not be decoded; the file may be damaged or truncated",
    );
  }
}
