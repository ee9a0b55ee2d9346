import {
  checkImageShape,
  describeImageShape,
  IMAGE_LIMITS,
  IMAGE_TYPES_LABEL,
} from "@/lib/media/image-rules";
import { AV_LIMITS, avProblem } from "@/lib/media/av-rules";
import { formatBytes } from "@/lib/ui/format";
import type { MediaType } from "@/lib/schemas/asset";

// What a block takes from the user's device: the upstream's own limits (UPSTREAM.md §1.5,
// lib/media/image-rules and av-rules), checked before the file is uploaded to the library.

export interface MediaLimits {
  label: string;
  mimeTypes: readonly string[];
  /** What the file picker offers. */
  accept: string;
  maxBytes: number;
  /** Seconds, for video and audio. */
  minSeconds?: number;
  maxSeconds?: number;
}

export const MEDIA_LIMITS: Record<MediaType, MediaLimits> = {
  image: {
    label: IMAGE_TYPES_LABEL,
    mimeTypes: IMAGE_LIMITS.mimeTypes,
    accept: IMAGE_LIMITS.mimeTypes.join(","),
    // Exclusive upstream; the check below is inclusive, so one byte less.
    maxBytes: IMAGE_LIMITS.maxBytes - 1,
  },
  video: {
    label: "MP4 or MOV",
    mimeTypes: ["video/mp4", "video/quicktime"],
    accept: "video/mp4,video/quicktime,.mp4,.mov",
    maxBytes: AV_LIMITS.video.maxBytes,
    minSeconds: AV_LIMITS.video.minSeconds,
    maxSeconds: AV_LIMITS.video.maxSeconds,
  },
  audio: {
    label: "MP3 or WAV",
    mimeTypes: ["audio/mpeg", "audio/mp3", "audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave"],
    accept: "audio/mpeg,audio/wav,.mp3,.wav",
    maxBytes: AV_LIMITS.audio.maxBytes,
    minSeconds: AV_LIMITS.audio.minSeconds,
    maxSeconds: AV_LIMITS.audio.maxSeconds,
  },
};

export interface LocalFileFacts {
  name: string;
  type: string;
  sizeBytes: number;
  width?: number;
  height?: number;
  durationSeconds?: number;
}

/** Why a local file cannot go into a block, in words that say what to do; null when it fits. */
export function localFileProblem(file: LocalFileFacts, mediaType: MediaType): string | null {
  const limits = MEDIA_LIMITS[mediaType];
  if (!limits.mimeTypes.includes(file.type)) {
    return `${file.name} is not a supported ${mediaType} file. Choose a ${limits.label} file.`;
  }
  if (file.sizeBytes > limits.maxBytes) {
    return `${file.name} is ${formatBytes(file.sizeBytes)}; ${mediaType} files can be at most ${formatBytes(limits.maxBytes)}. Use a smaller file.`;
  }
  if (mediaType === "image" && file.width !== undefined && file.height !== undefined) {
    // The upstream's side and aspect rules (lib/media/image-rules), said as the Assets page says them.
    const shape = checkImageShape({ width: file.width, height: file.height });
    if (shape) return `${file.name} ${describeImageShape(shape)}.`;
  }
  if (mediaType === "video" && file.width !== undefined && file.height !== undefined) {
    const problem = avProblem({
      kind: "video",
      sizeBytes: file.sizeBytes,
      width: file.width,
      height: file.height,
    });
    if (problem) return `${file.name} ${problem}.`;
  }
  const { minSeconds, maxSeconds } = limits;
  if (file.durationSeconds !== undefined && minSeconds !== undefined && maxSeconds !== undefined) {
    if (file.durationSeconds < minSeconds || file.durationSeconds > maxSeconds) {
      return `${file.name} lasts ${file.durationSeconds.toFixed(1)} s; ${mediaType} references must be ${minSeconds}–${maxSeconds} s long. Trim it and try again.`;
    }
  }
  return null;
}

/** A short line for a block's help text, e.g. "JPEG, PNG or WebP up to 5.0 MB". */
export const limitsHint = (mediaType: MediaType): string => {
  const limits = MEDIA_LIMITS[mediaType];
  const seconds = limits.minSeconds !== undefined ? `, ${limits.minSeconds}–${limits.maxSeconds} s` : "";
  return `${limits.label} up to ${formatBytes(limits.maxBytes)}${seconds}`;
};
