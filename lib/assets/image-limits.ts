import {
  checkImageShape,
  describeImageShape,
  exceedsImageBytes,
  IMAGE_LIMITS,
  IMAGE_TYPE_RULE,
  IMAGE_TYPES_LABEL,
  isAcceptedImageType,
} from "@/lib/media/image-rules";
import { AV_LIMITS, AV_TYPES_LABEL, avProblem, type AvKind } from "@/lib/media/av-rules";
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

/** Video and audio go to generic groups only (portrait groups register faces). */
export const AV_LIMITS_SUMMARY =
  `Generic groups also take ${AV_TYPES_LABEL.video} up to ${formatBytes(AV_LIMITS.video.maxBytes)} and ` +
  `${AV_TYPES_LABEL.audio} up to ${formatBytes(AV_LIMITS.audio.maxBytes)}, ` +
  `${AV_LIMITS.video.minSeconds}–${AV_LIMITS.video.maxSeconds} s`;

const AV_TYPES: Record<string, AvKind> = {
  "video/mp4": "video",
  "video/quicktime": "video",
  "audio/mpeg": "audio",
  "audio/mp3": "audio",
  "audio/wav": "audio",
  "audio/x-wav": "audio",
  "audio/wave": "audio",
};

/** "video" or "audio" for the types the generic library takes, else null (an image or neither). */
export const avKindOf = (type: string): AvKind | null => AV_TYPES[type] ?? null;

/** The reason a file's type or size is refused, or null. Needs no decoding. */
export function fileProblem({ name, type, size }: ImageFacts): string | null {
  const av = avKindOf(type);
  if (av) {
    const problem = avProblem({ kind: av, sizeBytes: size });
    if (problem) return `“${name}” ${problem}.`;
    return size === 0 ? `“${name}” is empty.` : null;
  }
  if (!isAcceptedImageType(type)) {
    const what = type ? `has type ${type}` : "is not a recognised image";
    return `“${name}” ${what}. ${IMAGE_TYPE_RULE} Generic groups also take MP4, MOV, MP3 and WAV files.`;
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

/** The largest file any type may be (a video), for the drop zone's own size check. */
export const DROPZONE_MAX_BYTES = AV_LIMITS.video.maxBytes;
