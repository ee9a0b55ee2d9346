// The video and audio rules of the upstream (UPSTREAM.md §1.5, API.md §3.6), written once like
// image-rules.ts: the browser checks them before an upload, the emulator after it (with ffprobe).

export type AvKind = "video" | "audio";

export const AV_LIMITS = {
  video: {
    maxBytes: 50 * 1024 * 1024,
    minSeconds: 2,
    maxSeconds: 15,
    /** Total pixels per frame (≈640×640 to 834×1112). */
    minPixels: 409_600,
    maxPixels: 927_408,
    minFps: 24,
    maxFps: 60,
    minAspect: 0.4,
    maxAspect: 2.5,
  },
  audio: { maxBytes: 15 * 1024 * 1024, minSeconds: 2, maxSeconds: 15 },
} as const;

export const AV_TYPES_LABEL: Record<AvKind, string> = { video: "MP4 or MOV", audio: "MP3 or WAV" };

export interface AvFacts {
  kind: AvKind;
  sizeBytes: number;
  /** Seconds; unknown facts are skipped (the next layer checks them again). */
  duration?: number;
  width?: number | null;
  height?: number | null;
  fps?: number | null;
}

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
const fmt = (n: number) => n.toLocaleString("en-US");

/** The words that follow the file's name when it breaks a rule ("is 60 MB; …"), or null. */
export function avProblem(facts: AvFacts): string | null {
  const rules = AV_LIMITS[facts.kind];
  if (facts.sizeBytes > rules.maxBytes)
    return `is ${mb(facts.sizeBytes)}; ${facts.kind} files can be at most ${mb(rules.maxBytes)}`;
  if (
    facts.duration !== undefined &&
    (facts.duration < rules.minSeconds || facts.duration > rules.maxSeconds)
  )
    return `lasts ${facts.duration.toFixed(1)} s; ${facts.kind} must be ${rules.minSeconds}–${rules.maxSeconds} s long`;
  if (facts.kind !== "video") return null;
  const video = AV_LIMITS.video;
  const { width, height, fps } = facts;
  if (width && height) {
    const pixels = width * height;
    if (pixels < video.minPixels || pixels > video.maxPixels)
      return `is ${fmt(width)} × ${fmt(height)} px; a video frame must have ${fmt(video.minPixels)}–${fmt(video.maxPixels)} pixels (about 640×640 to 834×1112)`;
    const aspect = width / height;
    if (aspect < video.minAspect || aspect > video.maxAspect)
      return `has an aspect ratio of ${aspect.toFixed(2)}; it must be between ${video.minAspect} and ${video.maxAspect}`;
  }
  if (fps && (fps < video.minFps - 0.5 || fps > video.maxFps + 0.5))
    return `plays at ${fps.toFixed(0)} fps; videos must be ${video.minFps}–${video.maxFps} fps`;
  return null;
}
