import {
  checkImageShape,
  describeImageShape,
  exceedsImageBytes,
  IMAGE_LIMITS,
  IMAGE_TYPE_RULE,
  IMAGE_TYPES_LABEL,
  isAcceptedImageType,
  type AcceptedImageType,
} from "@/lib/media/image-rules";
import { formatBytes } from "@/lib/ui/format";

// The upload rules (lib/media/image-rules) in the browser's words, so a bad file is refused
// with a reason before any byte is sent. The BFF and the emulator ask the same rules again.

export interface ImageFacts {
  name: string;
  type: string;
  size: number;
  /** Natural size, once the browser has read the image; absent before that. */
  width?: number;
  height?: number;
}

const fmt = (n: number) => n.toLocaleString("en-US");

export const LIMITS_SUMMARY =
  `${IMAGE_TYPES_LABEL} · up to ${formatBytes(IMAGE_LIMITS.maxBytes)} · ` +
  `${fmt(IMAGE_LIMITS.minSide)}–${fmt(IMAGE_LIMITS.maxSide)} px per side · ` +
  `aspect ratio ${IMAGE_LIMITS.minAspect}–${IMAGE_LIMITS.maxAspect}`;

/** The reason a file's type or size is refused, or null. Needs no decoding. */
export function fileProblem({ name, type, size }: ImageFacts): string | null {
  if (!isAcceptedImageType(type)) {
    const what = type ? `has type ${type}` : "is not a recognised image";
    return `“${name}” ${what}. ${IMAGE_TYPE_RULE}`;
  }
  if (exceedsImageBytes(size)) {
    return `“${name}” is ${formatBytes(size)}; the limit is ${formatBytes(IMAGE_LIMITS.maxBytes)} per file.`;
  }
  if (size === 0) return `“${name}” is empty.`;
  return null;
}

/** The reason an image's dimensions are refused, or null when they fit the rules. */
export function dimensionProblem(name: string, width: number, height: number): string | null {
  const problem = checkImageShape({ width, height });
  return problem ? `“${name}” ${describeImageShape(problem)}.` : null;
}

/** Every check at once: type, size, then dimensions when known. */
export function imageProblem(facts: ImageFacts): string | null {
  const problem = fileProblem(facts);
  if (problem) return problem;
  if (facts.width === undefined || facts.height === undefined) return null;
  return dimensionProblem(facts.name, facts.width, facts.height);
}

/** react-dropzone's `accept` map: the accepted MIME types and their usual extensions. */
export const DROPZONE_ACCEPT: Record<AcceptedImageType, string[]> = {
  "image/jpeg": [".jpg", ".jpeg"],
  "image/png": [".png"],
  "image/webp": [".webp"],
};
