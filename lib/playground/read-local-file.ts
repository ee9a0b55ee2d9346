import { decodeImageSize } from "@/lib/media/decode-image-size";
import type { MediaType } from "@/lib/schemas/asset";
import type { FileInput } from "./form-state";
import { localFileProblem, type LocalFileFacts } from "./media-limits";

// Browser-only: turns a picked file into a FileInput (data: URL), after checking it against the
// media limits. Dimensions and durations are read from the file itself, so a wrong extension or a
// too-long clip is caught here, before anything is sent.

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

const readAsDataUrl = (file: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("The file could not be read"));
    reader.readAsDataURL(file);
  });

function mediaDuration(url: string, mediaType: "video" | "audio"): Promise<number | null> {
  return new Promise((resolve) => {
    const element = document.createElement(mediaType);
    element.preload = "metadata";
    element.onloadedmetadata = () => resolve(Number.isFinite(element.duration) ? element.duration : null);
    element.onerror = () => resolve(null);
    element.src = url;
  });
}

export type ReadResult = { ok: true; input: FileInput } | { ok: false; message: string };

export async function readLocalFile(file: File, mediaType: MediaType): Promise<ReadResult> {
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
    const objectUrl = URL.createObjectURL(file);
    try {
      const seconds = await mediaDuration(objectUrl, mediaType);
      if (seconds === null)
        return {
          ok: false,
          message: `${file.name} could not be played as ${mediaType}. Choose another file.`,
        };
      facts.durationSeconds = seconds;
    } finally {
      URL.revokeObjectURL(objectUrl);
    }
  }
  const problem = localFileProblem(facts, mediaType);
  if (problem) return { ok: false, message: problem };
  // Re-typed so the data: URL always names the media type the upstream needs (browsers leave
  // it out or say octet-stream for files they don't know, such as .mov).
  const dataUrl = await readAsDataUrl(new Blob([file], { type: facts.type }));
  return { ok: true, input: { source: "file", name: file.name, mediaType, dataUrl, sizeBytes: file.size } };
}
