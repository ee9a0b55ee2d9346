import type { FileError, FileRejection } from "react-dropzone";
import { fileProblem, dimensionProblem } from "./image-limits";
import { readImageSize } from "./read-image-size";

// Turns every way react-dropzone can refuse a file into a sentence that names the limit.

export const DIMENSION_ERROR = "image-dimensions";
export const UNREADABLE_ERROR = "image-unreadable";

export interface RefusedFile {
  name: string;
  message: string;
}

/** Async validator: reads the image's natural size before the file is accepted. */
export async function validateImageDimensions(file: File): Promise<FileError | null> {
  // Type and size are react-dropzone's own checks; decoding a refused file would be wasted work.
  if (fileProblem(file)) return null;
  try {
    const { width, height } = await readImageSize(file);
    const message = dimensionProblem(file.name, width, height);
    return message ? { code: DIMENSION_ERROR, message } : null;
  } catch {
    return {
      code: UNREADABLE_ERROR,
      message: `“${file.name}” could not be read as an image; the file may be damaged.`,
    };
  }
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
