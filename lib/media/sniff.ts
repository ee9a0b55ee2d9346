// File type by magic bytes: the declared MIME type and extension are never trusted.
// Shared by the BFF's upload checks and the emulator, so both refuse exactly the same files.

export type ImageFormat = "jpeg" | "png" | "webp";
export type SniffedType = ImageFormat | "gif" | "mp4" | "webm" | "mp3" | "wav" | "ogg" | "unknown";

export const IMAGE_FORMATS = {
  jpeg: { mimeType: "image/jpeg", extension: "jpg" },
  png: { mimeType: "image/png", extension: "png" },
  webp: { mimeType: "image/webp", extension: "webp" },
} as const satisfies Record<ImageFormat, { mimeType: string; extension: string }>;

const startsWith = (head: Uint8Array, bytes: number[], offset = 0) =>
  head.length >= offset + bytes.length && bytes.every((byte, i) => head[offset + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

export function sniffType(head: Uint8Array): SniffedType {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(head, ascii("RIFF")) && startsWith(head, ascii("WEBP"), 8)) return "webp";
  if (startsWith(head, ascii("RIFF")) && startsWith(head, ascii("WAVE"), 8)) return "wav";
  if (startsWith(head, ascii("GIF8"))) return "gif";
  if (startsWith(head, ascii("ftyp"), 4)) return "mp4";
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return "webm";
  if (startsWith(head, ascii("OggS"))) return "ogg";
  if (startsWith(head, ascii("ID3")) || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)) return "mp3";
  return "unknown";
}

export const isImageFormat = (type: SniffedType): type is ImageFormat => type in IMAGE_FORMATS;

export const MEDIA_OF_TYPE: Record<SniffedType, "image" | "video" | "audio" | null> = {
  jpeg: "image",
  png: "image",
  webp: "image",
  gif: "image",
  mp4: "video",
  webm: "video",
  mp3: "audio",
  wav: "audio",
  ogg: "audio",
  unknown: null,
};
