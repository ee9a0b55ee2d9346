import type { MediaType } from "@/lib/schemas/asset";
import { assetPreviewUrl } from "@/lib/schemas/app-urls";
import { ASSET_URL_PREFIX } from "@/lib/schemas/id-patterns";
import {
  ASPECT_RATIOS,
  MODEL_CAPABILITIES,
  RESOLUTIONS,
  VIDEO_MODE_LABELS,
  isVideoModelId,
  type AspectRatio,
  type Resolution,
  type VideoMode,
} from "@/lib/video/capabilities";
import { inferVideoMode } from "@/lib/video/infer-mode";
import type { VideoRequest } from "@/lib/video/request";
import { mediaUrlOf } from "@/lib/video/request-limits";
import { EMPTY_SLOTS, initialForm, type MediaInput, type PlaygroundForm, type SlotId } from "./form-state";

// "Run again": the body a task was created with (GET /api/videos/[id] -> request) back into form
// state, so that building it again gives the same body.

export interface RebuiltForm {
  form: PlaygroundForm;
  /** What could not be carried over exactly, in words. */
  notes: string[];
}

export function inputFromUrl(url: string, mediaType: MediaType): MediaInput {
  if (url.startsWith(ASSET_URL_PREFIX)) {
    const assetId = url.slice(ASSET_URL_PREFIX.length);
    return {
      source: "asset",
      assetId,
      name: assetId,
      mediaType,
      kind: null,
      groupName: null,
      previewUrl: mediaType === "image" ? assetPreviewUrl(assetId, "thumb") : null,
    };
  }
  return { source: "url", url, name: url.split("?")[0]?.split("/").pop() || url, mediaType, videoId: null };
}

const MEDIA_OF = { image_url: "image", video_url: "video", audio_url: "audio" } as const;

/** How many inputs of a request are inline data: URLs. */
function inlineCount(request: VideoRequest): number {
  const urls = [
    ...(request.frame_images ?? []).map((frame) => mediaUrlOf(frame.image_url)),
    ...(request.input_references ?? []).flatMap((ref) =>
      [ref.image_url, ref.video_url, ref.audio_url].map((value) => mediaUrlOf(value)),
    ),
  ];
  return urls.filter((url) => url?.startsWith("data:")).length;
}

function slotsOf(request: VideoRequest): Record<SlotId, MediaInput[]> {
  const slots: Record<SlotId, MediaInput[]> = { ...EMPTY_SLOTS };
  // Local files once travelled inline; they are uploaded now, so an inline one is left out.
  const push = (slot: SlotId, input: MediaInput) => {
    if (input.source !== "url" || !input.url.startsWith("data:")) slots[slot] = [...slots[slot], input];
  };
  for (const [index, frame] of (request.frame_images ?? []).entries()) {
    const url = mediaUrlOf(frame.image_url);
    const type = frame.frame_type ?? frame.role ?? (index === 0 ? "first_frame" : "last_frame");
    if (url) push(type === "last_frame" ? "lastFrame" : "firstFrame", inputFromUrl(url, "image"));
  }
  for (const ref of request.input_references ?? []) {
    const key = ref.type ?? (ref.video_url ? "video_url" : ref.audio_url ? "audio_url" : "image_url");
    const media = MEDIA_OF[key];
    const url = mediaUrlOf(ref[key]);
    if (!url) continue;
    const role = ref.role ?? "reference";
    if (media === "image" && (role === "first_frame" || role === "last_frame"))
      push(role === "first_frame" ? "firstFrame" : "lastFrame", inputFromUrl(url, media));
    else
      push(
        media === "image" ? "referenceImages" : media === "video" ? "referenceVideos" : "referenceAudios",
        inputFromUrl(url, media),
      );
  }
  return slots;
}

/** Edit and extend take <Video 1> as their source, a stitch takes every video as a clip. */
function placeVideos(slots: Record<SlotId, MediaInput[]>, mode: VideoMode): Record<SlotId, MediaInput[]> {
  const videos = slots.referenceVideos;
  if (mode === "stitch_video") return { ...slots, referenceVideos: [], stitchClips: videos };
  if (mode !== "edit_video" && mode !== "extend_video") return slots;
  return { ...slots, sourceVideo: videos.slice(0, 1), referenceVideos: videos.slice(1) };
}

function guessMode(slots: Record<SlotId, MediaInput[]>): VideoMode {
  if (slots.firstFrame.length > 0) return slots.lastFrame.length > 0 ? "first_last_frame" : "first_frame";
  if (slots.referenceVideos.length + slots.referenceAudios.length > 0) return "multimodal_reference";
  return slots.referenceImages.length > 0 ? "reference_images" : "text_to_video";
}

/**
 * `knownMode` is the mode the task index recorded for the task (the Playground mode the user was
 * in); without it the mode is read from the body.
 */
export function formFromRequest(request: VideoRequest, knownMode: VideoMode | null = null): RebuiltForm {
  const notes: string[] = [];
  const model = isVideoModelId(request.model) ? request.model : "seedance-2.0";
  if (model !== request.model) notes.push(`Model ${request.model} isn't offered here; using ${model}.`);
  const base = initialForm(model);
  const inference = inferVideoMode(request);
  const read = slotsOf(request);
  const mode = knownMode ?? (inference.ok ? inference.mode : guessMode(read));
  const slots = placeVideos(read, mode);
  const inline = inlineCount(request);
  if (inline > 0)
    notes.push(
      `${inline} local file${inline === 1 ? " was" : "s were"} sent inline then and can't be sent again; pick ${inline === 1 ? "it" : "them"} again (local files are uploaded first now).`,
    );
  if (!knownMode && !inference.ok)
    notes.push(
      `The original request was unusual (${inference.message}); opened as ${VIDEO_MODE_LABELS[mode]}.`,
    );
  const resolution = (RESOLUTIONS as readonly string[]).includes(request.resolution ?? "")
    ? (request.resolution as Resolution)
    : base.resolution;
  const aspectRatio = (ASPECT_RATIOS as readonly string[]).includes(request.aspect_ratio ?? "")
    ? (request.aspect_ratio as AspectRatio)
    : "adaptive";
  return {
    form: {
      model,
      mode,
      prompt: request.prompt,
      duration: request.duration ?? MODEL_CAPABILITIES[model].duration.default,
      resolution,
      aspectRatio,
      generateAudio: request.generate_audio ?? false,
      seed: request.seed == null ? "" : String(request.seed),
      watermark: request.watermark ?? false,
      returnLastFrame: request.return_last_frame ?? false,
      slots,
    },
    notes,
  };
}
