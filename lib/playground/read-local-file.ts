import { decodeImageSize } from "@/lib/media/decode-image-size";
import { playedFacts } from "@/lib/media/played-facts";
import type { MediaType } from "@/lib/schemas/asset";
import type { FileInput, UrlInput } from "./form-state";
import { localFileProblem, type LocalFileFacts } from "./media-limits";
import { uploadLocalFile } from "./upload-local-file";

// Browser-only: turns a picked file into a FileInput after checking it against the media limits
// (UPSTREAM.md §1.5), then uploads it (upload-local-file.ts) so the request can name its URL.
// Dimensions and durations are read from the file itself, so a wrong extension or a too-long
// clip is caught here, before anything is sent.

const EXTENSION_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  mp4: "video/mp4",
  mov: "video/quicktime",
  mp3: "audio/mpeg",
  wav: "audio/wav",
};

/** The declared type, or one from the extension when the browser gives none (common for .mov). */
export const fileType = (file: Pick<File, "name" | "type">): string =>
  file.type || EXTENSION_TYPES[file.name.split(".").pop()?.toLowerCase() ?? ""] || "";

export type ReadResult = { ok: true; input: FileInput | UrlInput } | { ok: false; message: string };

/** What the provider allows for local files (lib/schemas/provider-info.ts). */
export interface LocalFilePolicy {
  inlineImages: boolean;
  localMediaNote: string | null;
}

const UPLOAD_ALL: LocalFilePolicy = { inlineImages: false, localMediaNote: null };
/** Base64 grows a file by a third; the request body is capped at 16 MB. */
export const INLINE_IMAGE_MAX_BYTES = 10 * 1024 * 1024;

const asDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsDataURL(file);
  });

export async function readLocalFile(
  file: File,
  mediaType: MediaType,
  policy: LocalFilePolicy = UPLOAD_ALL,
): Promise<ReadResult> {
  if (mediaType !== "image" && policy.localMediaNote) return { ok: false, message: policy.localMediaNote };
  const facts: LocalFileFacts = { name: file.name, type: fileType(file), sizeBytes: file.size };
  // Type and size first: no point reading a 2 GB file to refuse it.
  const early = localFileProblem(facts, mediaType);
  if (early) return { ok: false, message: early };
  if (mediaType === "image") {
    const size = await decodeImageSize(file);
    if (!size)
      return { ok: false, message: `${file.name} could not be opened as an image. Choose another file.` };
    Object.assign(facts, size);
  } else {
    const played = await playedFacts(file, mediaType);
    if (played === null)
      return { ok: false, message: `${file.name} could not be played as ${mediaType}. Choose another file.` };
    facts.durationSeconds = played.seconds;
    if (played.width !== undefined) Object.assign(facts, { width: played.width, height: played.height });
  }
  const problem = localFileProblem(facts, mediaType);
  if (problem) return { ok: false, message: problem };
  if (mediaType === "image" && policy.inlineImages) {
    if (file.size > INLINE_IMAGE_MAX_BYTES) {
      return {
        ok: false,
        message: `${file.name} is over 10 MB; this provider takes local images inline. Use a smaller image or a URL.`,
      };
    }
    const url = await asDataUrl(new File([file], file.name, { type: facts.type }));
    return { ok: true, input: { source: "url", name: file.name, mediaType, url, videoId: null } };
  }
  try {
    return { ok: true, input: await uploadLocalFile(file, facts.type, mediaType) };
  } catch (error) {
    const why = error instanceof Error ? error.message : "the upload failed";
    return { ok: false, message: `${file.name} could not be uploaded: ${why}` };
  }
}
