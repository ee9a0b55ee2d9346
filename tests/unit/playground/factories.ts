import type {
  AssetInput,
  FileInput,
  MediaInput,
  PlaygroundForm,
  SlotId,
  UrlInput,
} from "@/lib/playground/form-state";
import { initialForm } from "@/lib/playground/form-state";
import type { Asset, MediaType } from "@/lib/schemas/asset";
import type { VideoTask } from "@/lib/schemas/video";
import { withInstruction } from "@/lib/video/instruction";

export const PORTRAIT_ID = "ta_0123456789abcdef0123456789abcdef";
export const PORTRAIT_ID_2 = "ta_fedcba9876543210fedcba9876543210";
export const UPLOAD_ID = "ua_00112233445566778899aabbccddeeff";

export const portraitAsset = (assetId = PORTRAIT_ID, overrides: Partial<AssetInput> = {}): AssetInput => ({
  source: "asset",
  assetId,
  name: "Hero",
  mediaType: "image",
  kind: "VIRTUAL_PORTRAIT",
  groupName: "Characters",
  previewUrl: `/api/assets/${assetId}/preview?size=thumb`,
  ...overrides,
});

export const uploadAsset = (): AssetInput => ({
  ...portraitAsset(UPLOAD_ID),
  name: "Generic",
  kind: "GENERIC",
});

export const localFile = (mediaType: MediaType = "image", sizeBytes = 1000): FileInput => ({
  source: "file",
  name: `clip.${mediaType === "image" ? "png" : mediaType === "video" ? "mp4" : "wav"}`,
  mediaType,
  sizeBytes,
  assetId: `ua_local${mediaType}0001`,
  url: `https://files.example.com/ua_local${mediaType}0001.bin?sig=abc`,
});

export const earlierResult = (videoId = "vid_1"): UrlInput => ({
  source: "url",
  url: `https://cdn.example.com/${videoId}.mp4?sig=abc`,
  name: "Earlier result",
  mediaType: "video",
  videoId,
});

/** A valid form: the defaults with a prompt, plus any overrides. */
type FormOverrides = Partial<Omit<PlaygroundForm, "slots">> & {
  slots?: Partial<Record<SlotId, MediaInput[]>>;
};

/** Edit, Extend and Stitch forms open their default prompt with the mode's instruction, as the form does. */
export const form = (overrides: FormOverrides = {}): PlaygroundForm => {
  const slots = { ...initialForm().slots, ...overrides.slots };
  const mode = overrides.mode ?? "text_to_video";
  return {
    ...initialForm(overrides.model ?? "seedance-2.0"),
    prompt: withInstruction("A character turns to the camera", mode, slots.stitchClips.length),
    ...overrides,
    slots,
  };
};

/** A finished task as the app's API answers it; `overrides` change any field. */
export const videoTask = (id: string, overrides: Partial<VideoTask> = {}): VideoTask => ({
  id,
  status: "completed",
  progress: 100,
  model: "seedance-2.0",
  prompt: `Prompt of ${id}`,
  mode: "text_to_video",
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: null,
  parameters: {
    duration: 4,
    resolution: "480p",
    aspectRatio: "adaptive",
    generateAudio: false,
    seed: null,
    watermark: false,
  },
  durationSeconds: 4,
  contentUrl: `/api/videos/${id}/content`,
  lastFrameUrl: null,
  error: null,
  ...overrides,
});

/** An Active Virtual Portrait image as the BFF lists it (the library picker's cards). */
export const libraryAsset = (assetId: string, overrides: Partial<Asset> = {}): Asset => ({
  assetId,
  name: `Hero ${assetId.slice(-4)}`,
  groupId: "grp_1",
  groupName: "Characters",
  kind: "VIRTUAL_PORTRAIT",
  mediaType: "image",
  status: "active",
  failureReason: null,
  mimeType: "image/png",
  sizeBytes: 1000,
  width: 600,
  height: 800,
  expiresAt: null,
  createdAt: "2026-01-01T00:00:00Z",
  previewUrl: `/api/assets/${assetId}/preview?size=thumb`,
  ...overrides,
});
