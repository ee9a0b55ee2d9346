import { IMAGE_LIMITS } from "@/lib/schemas/asset";
import { formatBytes } from "@/lib/ui/format";

// The browser's copy of the upload rules, so a bad file is refused with a reason before any
// byte is sent. The BFF and the emulator check the same IMAGE_LIMITS again.

export interface ImageFacts {
  name: string;
  type: string;
  size: number;
  /** Natural size, once the browser has read the image; absent before that. */
  width?: number;
  height?: number;
}

const fmt = (n: number) => n.toLocaleString("en-US");
const ACCEPTED_TYPES: readonly string[] = IMAGE_LIMITS.mimeTypes;

export const TYPE_LIMIT_TEXT = "Only JPEG, PNG and WebP images can be uploaded.";
export const LIMITS_SUMMARY =
  `JPEG, PNG or WebP · up to ${formatBytes(IMAGE_LIMITS.maxBytes)} · ` +
  `${fmt(IMAGE_LIMITS.minSide)}–${fmt(IMAGE_LIMITS.maxSide)} px per side · ` +
  `aspect ratio ${IMAGE_LIMITS.minAspect}–${IMAGE_LIMITS.maxAspect}`;

/** The reason a file's type or size is refused, or null. Needs no decoding. */
export function fileProblem({ name, type, size }: ImageFacts): string | null {
  if (!ACCEPTED_TYPES.includes(type)) {
    const what = type ? `has type ${type}` : "is not a recognised image";
    return `“${name}” ${what}. ${TYPE_LIMIT_TEXT}`;
  }
  if (size > IMAGE_LIMITS.maxBytes) {
    return `“${name}” is ${formatBytes(size)}; the limit is ${formatBytes(IMAGE_LIMITS.maxBytes)} per file.`;
  }
  if (size === 0) return `“${name}” is empty.`;
  return null;
}

/** The reason an image's dimensions are refused, or null when they fit IMAGE_LIMITS. */
export function dimensionProblem(name: string, width: number, height: number): string | null {
  const { minSide, maxSide, minAspect, maxAspect } = IMAGE_LIMITS;
  const size = `${fmt(width)} × ${fmt(height)} px`;
  if (Math.min(width, height) < minSide) {
    return `“${name}” is ${size}; each side must be at least ${fmt(minSide)} px.`;
  }
  if (Math.max(width, height) > maxSide) {
    return `“${name}” is ${size}; each side must be at most ${fmt(maxSide)} px.`;
  }
  const aspect = width / height;
  if (aspect < minAspect || aspect > maxAspect) {
    return (
      `“${name}” has an aspect ratio (width ÷ height) of ${aspect.toFixed(2)}; ` +
      `it must be between ${minAspect} and ${maxAspect}.`
    );
  }
  return null;
}

/** Every check at once: type, size, then dimensions when known. */
export function imageProblem(facts: ImageFacts): string | null {
  const problem = fileProblem(facts);
  if (problem) return problem;
  if (facts.width === undefined || facts.height === undefined) return null;
  return dimensionProblem(facts.name, facts.width, facts.height);
}

/** react-dropzone's `accept` map, built from the same MIME list. */
export const DROPZONE_ACCEPT: Record<string, string[]> = {
  "image/jpeg": [".jpg", ".jpeg"],
  "image/png": [".png"],
  "image/webp": [".webp"],
};
