// The upload path's view of the shared magic-byte sniffer, keyed by MIME type: images, plus the
// video (MP4/MOV) and audio (MP3/WAV) files the generic library takes (UPSTREAM.md §1.5).
import { AV_LIMITS } from "@/lib/media/av-rules";
import { IMAGE_LIMITS } from "@/lib/media/image-rules";
import { IMAGE_FORMATS, sniffType } from "@/lib/media/sniff";

const TYPES = {
  "image/jpeg": { extension: "jpg", media: "image" },
  "image/png": { extension: "png", media: "image" },
  "image/webp": { extension: "webp", media: "image" },
  "video/mp4": { extension: "mp4", media: "video" },
  "audio/mpeg": { extension: "mp3", media: "audio" },
  "audio/wav": { extension: "wav", media: "audio" },
} as const;

export type UploadType = keyof typeof TYPES;
export type ImageType = (typeof IMAGE_FORMATS)[keyof typeof IMAGE_FORMATS]["mimeType"];

export const EXTENSIONS = Object.fromEntries(
  Object.entries(TYPES).map(([type, { extension }]) => [type, extension]),
) as Record<UploadType, string>;

export const mediaOfUpload = (type: UploadType) => TYPES[type].media;

const SNIFFED: Partial<Record<ReturnType<typeof sniffType>, UploadType>> = {
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  mp4: "video/mp4",
  mp3: "audio/mpeg",
  wav: "audio/wav",
};

/** An accepted type by magic bytes; null for anything else (or too few bytes to tell). */
export const sniffUploadType = (bytes: Uint8Array): UploadType | null => SNIFFED[sniffType(bytes)] ?? null;

/** The upstream's cap for each kind of file: images under 30 MB, video 50 MB, audio 15 MB. */
export function capOf(type: UploadType): { bytes: number; exclusive: boolean } {
  const media = mediaOfUpload(type);
  if (media === "image") return { bytes: IMAGE_LIMITS.maxBytes, exclusive: true };
  return { bytes: AV_LIMITS[media].maxBytes, exclusive: false };
}

/** Bytes needed before sniffUploadType can answer. */
export const SNIFF_BYTES = 12;

/** JPEG, PNG or WebP by magic bytes; null for anything else. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  const type = sniffUploadType(bytes);
  return type && mediaOfUpload(type) === "image" ? (type as ImageType) : null;
}
