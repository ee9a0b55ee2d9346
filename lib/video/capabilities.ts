// One capability table for every video model the console offers (API.md §4.3, seed).
// The emulator enforces it, the BFF checks it, the Playground offers only what it allows.

export const VIDEO_MODES = [
  "text_to_video",
  "first_frame",
  "first_last_frame",
  "reference_images",
  "multimodal_reference",
  "edit_video",
  "extend_video",
  "stitch_video",
] as const;
export type VideoMode = (typeof VIDEO_MODES)[number];

export const VIDEO_MODE_LABELS: Record<VideoMode, string> = {
  text_to_video: "Text to video",
  first_frame: "First-frame I2V",
  first_last_frame: "First & last frame",
  reference_images: "Reference images",
  multimodal_reference: "Multimodal reference",
  edit_video: "Edit video",
  extend_video: "Extend video",
  stitch_video: "Stitch videos",
};

export const RESOLUTIONS = ["480p", "720p", "1080p"] as const;
export type Resolution = (typeof RESOLUTIONS)[number];
export const ASPECT_RATIOS = ["adaptive", "21:9", "16:9", "4:3", "1:1", "3:4", "9:16"] as const;
export type AspectRatio = (typeof ASPECT_RATIOS)[number];

export const VIDEO_MODEL_IDS = ["seedance-2.0", "seedance-2.0-fast", "seedance-1.5-pro"] as const;
export type VideoModelId = (typeof VIDEO_MODEL_IDS)[number];

export interface ModelCapabilities {
  id: VideoModelId;
  label: string;
  description: string;
  modes: readonly VideoMode[];
  duration: { min: number; max: number; default: number };
  resolutions: readonly Resolution[];
  aspectRatios: readonly AspectRatio[];
  audio: boolean;
  references: { images: number; videos: number; audios: number; total: number };
  /** Virtual Portrait / Real Face `asset://` inputs. */
  portraitAssets: boolean;
}

const SEEDANCE_2_MODES = VIDEO_MODES;
const SEEDANCE_2_REFERENCES = { images: 9, videos: 3, audios: 3, total: 12 } as const;

export const MODEL_CAPABILITIES: Record<VideoModelId, ModelCapabilities> = {
  "seedance-2.0": {
    id: "seedance-2.0",
    label: "Seedance 2.0",
    description: "Highest quality, every mode, Virtual Portrait and Real Face assets.",
    modes: SEEDANCE_2_MODES,
    duration: { min: 4, max: 15, default: 5 },
    resolutions: ["480p", "720p", "1080p"],
    aspectRatios: ASPECT_RATIOS,
    audio: true,
    references: SEEDANCE_2_REFERENCES,
    portraitAssets: true,
  },
  "seedance-2.0-fast": {
    id: "seedance-2.0-fast",
    label: "Seedance 2.0 Fast",
    description: "Faster and cheaper, up to 720p, Virtual Portrait and Real Face assets.",
    modes: SEEDANCE_2_MODES,
    duration: { min: 4, max: 15, default: 5 },
    resolutions: ["480p", "720p"],
    aspectRatios: ASPECT_RATIOS,
    audio: true,
    references: SEEDANCE_2_REFERENCES,
    portraitAssets: true,
  },
  "seedance-1.5-pro": {
    id: "seedance-1.5-pro",
    label: "Seedance 1.5 Pro",
    description: "Text and frame modes only; no portrait assets or references.",
    modes: ["text_to_video", "first_frame", "first_last_frame"],
    duration: { min: 4, max: 12, default: 5 },
    resolutions: ["480p", "720p", "1080p"],
    aspectRatios: ASPECT_RATIOS,
    audio: true,
    references: { images: 0, videos: 0, audios: 0, total: 0 },
    portraitAssets: false,
  },
};

export const isVideoModelId = (value: string): value is VideoModelId =>
  (VIDEO_MODEL_IDS as readonly string[]).includes(value);

export const PORTRAIT_MODELS_MESSAGE =
  "Virtual Portrait assets work only with seedance-2.0 and seedance-2.0-fast";

/** The seed: generic uploads (ua_…) are not provider-backed Virtual Portrait assets. */
export const GENERIC_UPLOAD_MESSAGE =
  "Generic uploads (ua_…) can't be used as Virtual Portrait references: they are not registered with the provider. Upload the image again into an active Virtual Portrait group on the Assets page.";

/** Output pixel size for a resolution and aspect ratio (short side = the resolution). */
export function outputSize(
  resolution: Resolution,
  aspectRatio: AspectRatio,
): { width: number; height: number } {
  const short = Number.parseInt(resolution, 10);
  const ratio = aspectRatio === "adaptive" ? "16:9" : aspectRatio;
  const [w, h] = ratio.split(":").map(Number) as [number, number];
  const even = (n: number) => Math.round(n / 2) * 2;
  return w >= h
    ? { width: even((short * w) / h), height: short }
    : { width: short, height: even((short * h) / w) };
}
