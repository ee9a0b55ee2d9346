// The upload path's view of the shared magic-byte sniffer: images only, keyed by MIME type.
import { IMAGE_FORMATS, isImageFormat, sniffType } from "@/lib/media/sniff";

export type ImageType = (typeof IMAGE_FORMATS)[keyof typeof IMAGE_FORMATS]["mimeType"];

export const EXTENSIONS = Object.fromEntries(
  Object.values(IMAGE_FORMATS).map(({ mimeType, extension }) => [mimeType, extension]),
) as Record<ImageType, string>;

/** JPEG, PNG or WebP by magic bytes; null for anything else (or too few bytes to tell). */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  const type = sniffType(bytes);
  return isImageFormat(type) ? IMAGE_FORMATS[type].mimeType : null;
}

/** Bytes needed before sniffImageType can answer. */
export const SNIFF_BYTES = 12;
