import { VIDEO_MODE_LABELS, type ModelCapabilities, type VideoMode } from "./capabilities";
import type { VideoRequest } from "./request";

// Plain rules, no zod: the Playground checks its form with them in the browser, the BFF checks
// requests with them on the server. request.ts holds the schema and exports these again.

export const PROMPT_MAX_LENGTH = 10_000;

/** `{url}` objects, or a bare string (mediaUrlSchema in request.ts). */
type MediaUrl = { url: string } | string;

export const mediaUrlOf = (value: MediaUrl | null | undefined): string | null =>
  value == null ? null : typeof value === "string" ? value : value.url;

export interface RequestProblem {
  message: string;
  /** Dotted path of the offending field, e.g. `frame_images[0].image_url.url`. */
  param: string;
  /** Upstream-style code: `InvalidParameter` for bad values. */
  code: string;
}

/** Counts of references by media type, as `inferVideoMode` reports them. */
export interface ReferenceCounts {
  images: number;
  videos: number;
  audios: number;
  total: number;
}

const problem = (param: string, message: string): RequestProblem => ({
  param,
  message,
  code: "InvalidParameter",
});

/** Checks a request against one model's limits (capabilities table); null when it fits. */
export function checkModelLimits(
  request: VideoRequest,
  mode: VideoMode,
  counts: ReferenceCounts,
  caps: ModelCapabilities,
): RequestProblem | null {
  if (!caps.modes.includes(mode)) {
    const supported = caps.modes.map((m) => VIDEO_MODE_LABELS[m]).join(", ");
    const param = mode === "first_frame" || mode === "first_last_frame" ? "frame_images" : "input_references";
    return problem(param, `${caps.id} does not support ${VIDEO_MODE_LABELS[mode]} (supported: ${supported})`);
  }
  const { duration, resolution, aspect_ratio: aspectRatio } = request;
  if (duration != null && (duration < caps.duration.min || duration > caps.duration.max)) {
    return problem(
      "duration",
      `InvalidParameter on duration: ${caps.id} supports ${caps.duration.min}-${caps.duration.max} seconds, got ${duration}`,
    );
  }
  if (resolution != null && !(caps.resolutions as readonly string[]).includes(resolution)) {
    return problem(
      "resolution",
      `${caps.id} supports resolutions ${caps.resolutions.join(", ")}, got ${resolution}`,
    );
  }
  if (aspectRatio != null && !(caps.aspectRatios as readonly string[]).includes(aspectRatio)) {
    return problem(
      "aspect_ratio",
      `${caps.id} supports aspect ratios ${caps.aspectRatios.join(", ")}, got ${aspectRatio}`,
    );
  }
  if (request.generate_audio === true && !caps.audio) {
    return problem("generate_audio", `${caps.id} cannot generate audio`);
  }
  const limits = caps.references;
  const over: [number, number, string][] = [
    [counts.images, limits.images, "reference images"],
    [counts.videos, limits.videos, "reference videos"],
    [counts.audios, limits.audios, "reference audio files"],
    [counts.total, limits.total, "references in total"],
  ];
  for (const [count, max, what] of over) {
    if (count > max)
      return problem("input_references", `${caps.id} accepts at most ${max} ${what}, got ${count}`);
  }
  return null;
}
