// Content types of stored files, by the extension we chose when storing them (never the client's).
const BY_EXTENSION: Record<string, string> = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  mp4: "video/mp4",
  webm: "video/webm",
  mp3: "audio/mpeg",
  wav: "audio/wav",
  ogg: "audio/ogg",
};

export const contentTypeOf = (name: string) =>
  BY_EXTENSION[name.slice(name.lastIndexOf(".") + 1)] ?? "application/octet-stream";

export const EXTENSION_OF_TYPE: Record<string, string> = {
  jpeg: "jpg",
  png: "png",
  webp: "webp",
  gif: "gif",
  mp4: "mp4",
  webm: "webm",
  mp3: "mp3",
  wav: "wav",
  ogg: "ogg",
};
