// The image upload rules (BytePlus image limits, API.md §3.6), written once. The browser, the
// BFF and the emulator ask these functions and put the answer in their own words or error type:
// the browser in sentences, the BFF in an ApiError, the emulator in its MediaProblem.

export const IMAGE_LIMITS = {
  /** Exclusive: a file must be smaller than this, as the upstream's "smaller than 30 MB" says. */
  maxBytes: 30 * 1024 * 1024,
  minSide: 300,
  maxSide: 6000,
  minAspect: 0.4,
  maxAspect: 2.5,
  mimeTypes: ["image/jpeg", "image/png", "image/webp"] as const,
} as const;

export type AcceptedImageType = (typeof IMAGE_LIMITS.mimeTypes)[number];

export const isAcceptedImageType = (type: string): type is AcceptedImageType =>
  (IMAGE_LIMITS.mimeTypes as readonly string[]).includes(type);

/** The accepted types in a list, e.g. "Choose a JPEG, PNG or WebP file." */
export const IMAGE_TYPES_LABEL = "JPEG, PNG or WebP";
/** Every layer's refusal of a file by its type. */
export const IMAGE_TYPE_RULE = "Only JPEG, PNG and WebP images can be uploaded.";

export const exceedsImageBytes = (sizeBytes: number) => sizeBytes >= IMAGE_LIMITS.maxBytes;

export interface Dimensions {
  width: number;
  height: number;
}

export type ImageShapeProblem =
  (Dimensions & { limit: "side"; bound: "min" | "max" }) | (Dimensions & { limit: "aspect"; aspect: number });

/** Which side or aspect limit an image breaks, or null when it fits (the bounds are inclusive). */
export function checkImageShape({ width, height }: Dimensions): ImageShapeProblem | null {
  const { minSide, maxSide, minAspect, maxAspect } = IMAGE_LIMITS;
  if (Math.min(width, height) < minSide) return { limit: "side", bound: "min", width, height };
  if (Math.max(width, height) > maxSide) return { limit: "side", bound: "max", width, height };
  const aspect = width / height;
  if (aspect < minAspect || aspect > maxAspect) return { limit: "aspect", aspect, width, height };
  return null;
}

const fmt = (n: number) => n.toLocaleString("en-US");

/**
 * The words that follow the image's name, so every layer says the same thing, e.g.
 * "is 200 × 200 px; each side must be at least 300 px".
 */
export function describeImageShape(problem: ImageShapeProblem): string {
  const { minSide, maxSide, minAspect, maxAspect } = IMAGE_LIMITS;
  if (problem.limit === "aspect") {
    return `has an aspect ratio (width ÷ height) of ${problem.aspect.toFixed(2)}; it must be between ${minAspect} and ${maxAspect}`;
  }
  const size = `${fmt(problem.width)} × ${fmt(problem.height)} px`;
  return problem.bound === "min"
    ? `is ${size}; each side must be at least ${fmt(minSide)} px`
    : `is ${size}; each side must be at most ${fmt(maxSide)} px`;
}
