import type { FileError, FileRejection } from "react-dropzone";
import { decodeImageSize } from "@/lib/media/decode-image-size";
import { avProblem } from "@/lib/media/av-rules";
import { playedFacts } from "@/lib/media/played-facts";
import { avKindOf, fileProblem, dimensionProblem } from "./image-limits";

// Turns every way react-dropzone can refuse a file into a sentence that names the limit.

export const FILE_ERROR = "image-file";
export const DIMENSION_ERROR = "image-dimensions";
export const UNREADABLE_ERROR = "image-unreadable";

export interface RefusedFile {
  name: string;
  message: string;
}

/** Async validator: checks type and size by the shared rules, then the image's natural size. */
export async function validateImageDimensions(file: File): Promise<FileError | null> {
  // react-dropzone's own size check lets a file of exactly the cap through; the rules do not.
  // A refused file is not decoded: that would be wasted work.
  const refused = fileProblem(file);
  if (refused) return { code: FILE_ERROR, message: refused };
  const av = avKindOf(file.type);
  if (av) {
    const played = await playedFacts(file, av);
    if (!played)
      return {
        code: UNREADABLE_ERROR,
        message: `“${file.name}” could not be played as ${av}; the file may be damaged.`,
      };
    const problem = avProblem({ kind: av, sizeBytes: file.size, duration: played.seconds, ...played });
    return problem ? { code: DIMENSION_ERROR, message: `“${file.name}” ${problem}.` } : null;
  }
  const size = await decodeImageSize(file);
  if (!size) {
    return {
      code: UNREADABLE_ERROR,
      message: `“${file.name}” could not be read as an image; the file may be damaged.`,
    };
  }
  const message = dimensionProblem(file.name, size.width, size.height);
  return message ? { code: DIMENSION_ERROR, message } : null;
}

/** One message per refused file: our own wording for the built-in codes, the validator's otherwise. */
export function describeRejection({ file, errors }: FileRejection): RefusedFile {
  const builtIn = fileProblem(file);
  const custom = errors.find((error) => error.code === DIMENSION_ERROR || error.code === UNREADABLE_ERROR);
  const first = errors[0];
  const message =
    custom?.message ??
    (first?.code === "too-many-files" ? `“${file.name}” is one file too many.` : null) ??
    builtIn ??
    first?.message ??
    `“${file.name}” cannot be uploaded.`;
  return { name: file.name, message };
}
