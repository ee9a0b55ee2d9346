import { toAssetUrl } from "@/lib/schemas/id-patterns";
import type { MediaType } from "@/lib/schemas/asset";
import { MODEL_CAPABILITIES, type ModelCapabilities } from "@/lib/video/capabilities";
import type { VideoRequest } from "@/lib/video/request";
import type { MediaInput, PlaygroundForm, SlotId } from "./form-state";
import { slotsForMode } from "./mode-slots";
import { parseSeed } from "./seed";

// The ONE place the Playground turns its form into the Token360 `POST /v1/videos` body. Generate
// posts exactly this object and "View request" shows exactly this object, so they cannot drift.

export interface WireFrameImage {
  type: "image_url";
  frame_type: "first_frame" | "last_frame";
  image_url: { url: string };
}

export type WireReference =
  | { type: "image_url"; role: string; image_url: { url: string } }
  | { type: "video_url"; role: string; video_url: { url: string } }
  | { type: "audio_url"; role: string; audio_url: { url: string } };

export interface VideoRequestBody {
  model: string;
  prompt: string;
  frame_images?: WireFrameImage[];
  input_references?: WireReference[];
  duration: number;
  resolution: string;
  aspect_ratio?: string;
  generate_audio?: boolean;
  seed?: number;
  watermark?: boolean;
  return_last_frame?: boolean;
}

// The body must stay assignable to the shared schema's type the BFF validates against.
const _fitsSchema = (body: VideoRequestBody): VideoRequest => body;

export const mediaUrl = (input: MediaInput): string =>
  input.source === "asset" ? toAssetUrl(input.assetId) : input.url;

const frame = (input: MediaInput, frameType: WireFrameImage["frame_type"]): WireFrameImage => ({
  type: "image_url",
  frame_type: frameType,
  image_url: { url: mediaUrl(input) },
});

/** A reference item; the role names what the item is for (see lib/video/infer-mode.ts). */
export function reference(mediaType: MediaType, url: string, role: string): WireReference {
  if (mediaType === "video") return { type: "video_url", role, video_url: { url } };
  if (mediaType === "audio") return { type: "audio_url", role, audio_url: { url } };
  return { type: "image_url", role, image_url: { url } };
}

const REFERENCE_ROLE: Record<MediaType, string> = {
  image: "reference_image",
  video: "reference_video",
  audio: "reference_audio",
};

// Every reference carries its documented role; edit, extend and stitch differ only in the
// prompt's instruction, which addresses the videos by their order here (<Video 1> comes first).
function referencesFor(form: PlaygroundForm, slots: readonly SlotId[]): WireReference[] {
  return slots.flatMap((slot) =>
    form.slots[slot].map((input) =>
      reference(input.mediaType, mediaUrl(input), REFERENCE_ROLE[input.mediaType]),
    ),
  );
}

/**
 * Form state -> the exact wire body. Only the current mode's blocks are sent; parameters appear
 * only when the model supports them. `aspect_ratio` is left out when "adaptive" (the upstream
 * default, which lets frames keep their own shape), as in the seed's First-frame example.
 */
export function buildVideoRequest(
  form: PlaygroundForm,
  caps: ModelCapabilities = MODEL_CAPABILITIES[form.model],
): VideoRequestBody {
  const slots = slotsForMode(form.mode).map((spec) => spec.id);
  const isFrameSlot = (slot: SlotId) => slot === "firstFrame" || slot === "lastFrame";
  const frameSlots = slots.filter(isFrameSlot);
  const frames = frameSlots.flatMap((slot) =>
    form.slots[slot]
      .slice(0, 1)
      .map((input) => frame(input, slot === "firstFrame" ? "first_frame" : "last_frame")),
  );
  const references = referencesFor(
    form,
    slots.filter((slot) => !isFrameSlot(slot)),
  );
  const seed = parseSeed(form.seed);

  const body: VideoRequestBody = {
    model: form.model,
    prompt: form.prompt.trim(),
    ...(frames.length > 0 ? { frame_images: frames } : {}),
    ...(references.length > 0 ? { input_references: references } : {}),
    duration: Math.round(form.duration),
    resolution: form.resolution,
  };
  if (form.aspectRatio !== "adaptive") body.aspect_ratio = form.aspectRatio;
  if (caps.audio) body.generate_audio = form.generateAudio;
  if (seed !== null) body.seed = seed;
  if (form.watermark) body.watermark = true;
  if (form.returnLastFrame) body.return_last_frame = true;
  return body;
}
