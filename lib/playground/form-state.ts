import type { GroupKind } from "@/lib/schemas/asset-group";
import type { MediaType } from "@/lib/schemas/asset";
import {
  MODEL_CAPABILITIES,
  type AspectRatio,
  type Resolution,
  type VideoMode,
  type VideoModelId,
} from "@/lib/video/capabilities";

// What the Playground form holds. Everything the request builder needs and nothing it derives:
// the wire body is always computed from this by `buildVideoRequest`, never stored beside it.

/** A library asset, sent as `asset://<assetId>`. */
export interface AssetInput {
  source: "asset";
  assetId: string;
  name: string;
  mediaType: MediaType;
  /** null when unknown (e.g. rebuilt from an old request). */
  kind: GroupKind | null;
  groupName: string | null;
  previewUrl: string | null;
}

/**
 * A file from the user's device, uploaded to the generic library when picked and sent by the
 * URL the provider fetches it from (never inline as a `data:` URL).
 */
export interface FileInput {
  source: "file";
  name: string;
  mediaType: MediaType;
  sizeBytes: number;
  /** The generic upload (ua_…) that holds the file. */
  assetId: string;
  url: string;
}

/** A URL the app got from somewhere else: an earlier result (source-url) or a rebuilt request. */
export interface UrlInput {
  source: "url";
  url: string;
  name: string;
  mediaType: MediaType;
  /** The earlier task this URL came from, when it is one of ours (shown as a preview). */
  videoId: string | null;
}

export type MediaInput = AssetInput | FileInput | UrlInput;

/** The media slots a mode can show. Hidden slots keep their contents but are never sent. */
export type SlotId =
  | "firstFrame"
  | "lastFrame"
  | "referenceImages"
  | "referenceVideos"
  | "referenceAudios"
  | "sourceVideo"
  | "stitchClips";

export interface PlaygroundForm {
  model: VideoModelId;
  mode: VideoMode;
  prompt: string;
  duration: number;
  resolution: Resolution;
  aspectRatio: AspectRatio;
  generateAudio: boolean;
  /** Text as typed; empty means "random". */
  seed: string;
  watermark: boolean;
  returnLastFrame: boolean;
  slots: Record<SlotId, MediaInput[]>;
}

export const EMPTY_SLOTS: Record<SlotId, MediaInput[]> = {
  firstFrame: [],
  lastFrame: [],
  referenceImages: [],
  referenceVideos: [],
  referenceAudios: [],
  sourceVideo: [],
  stitchClips: [],
};

export function initialForm(model: VideoModelId = "seedance-2.0"): PlaygroundForm {
  const caps = MODEL_CAPABILITIES[model];
  return {
    model,
    mode: "text_to_video",
    prompt: "",
    duration: caps.duration.default,
    resolution: caps.resolutions.includes("720p") ? "720p" : (caps.resolutions[0] ?? "480p"),
    aspectRatio: "adaptive",
    generateAudio: false,
    seed: "",
    watermark: false,
    returnLastFrame: false,
    slots: EMPTY_SLOTS,
  };
}

/** A stable key for a chosen input (used for React keys and de-duplication). */
export const inputKey = (input: MediaInput): string =>
  input.source === "asset"
    ? `asset:${input.assetId}`
    : input.source === "url"
      ? `url:${input.url}`
      : `file:${input.assetId}`;
