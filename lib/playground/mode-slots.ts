import type { MediaType } from "@/lib/schemas/asset";
import type { ModelCapabilities, VideoMode } from "@/lib/video/capabilities";
import { STITCH_CLIPS } from "@/lib/video/instruction";
import type { SlotId } from "./form-state";

// Which media blocks each video mode shows, and what each block accepts.

export interface SlotSpec {
  id: SlotId;
  label: string;
  mediaType: MediaType;
  /** Several inputs ("Use selected") or exactly one (one click). */
  multiple: boolean;
  /** Library picker ("From assets"): portrait images, or generic video and audio uploads. */
  fromAssets: boolean;
  /** Earlier results can be picked as a video input. */
  fromHistory: boolean;
}

const SLOT_SPECS: Record<SlotId, SlotSpec> = {
  firstFrame: {
    id: "firstFrame",
    label: "First frame",
    mediaType: "image",
    multiple: false,
    fromAssets: true,
    fromHistory: false,
  },
  lastFrame: {
    id: "lastFrame",
    label: "Last frame",
    mediaType: "image",
    multiple: false,
    fromAssets: true,
    fromHistory: false,
  },
  referenceImages: {
    id: "referenceImages",
    label: "Reference images",
    mediaType: "image",
    multiple: true,
    fromAssets: true,
    fromHistory: false,
  },
  referenceVideos: {
    id: "referenceVideos",
    label: "Reference videos",
    mediaType: "video",
    multiple: true,
    fromAssets: true,
    fromHistory: true,
  },
  referenceAudios: {
    id: "referenceAudios",
    label: "Reference audio",
    mediaType: "audio",
    multiple: true,
    fromAssets: true,
    fromHistory: false,
  },
  sourceVideo: {
    id: "sourceVideo",
    label: "Source video",
    mediaType: "video",
    multiple: false,
    fromAssets: true,
    fromHistory: true,
  },
  stitchClips: {
    id: "stitchClips",
    label: "Clips to stitch",
    mediaType: "video",
    multiple: true,
    fromAssets: true,
    fromHistory: true,
  },
};

const MODE_SLOTS: Record<VideoMode, readonly SlotId[]> = {
  text_to_video: [],
  first_frame: ["firstFrame"],
  first_last_frame: ["firstFrame", "lastFrame"],
  reference_images: ["referenceImages"],
  multimodal_reference: ["referenceImages", "referenceVideos", "referenceAudios"],
  edit_video: ["sourceVideo", "referenceImages"],
  extend_video: ["sourceVideo", "referenceImages"],
  stitch_video: ["stitchClips"],
};

const SOURCE_LABELS: Partial<Record<VideoMode, string>> = {
  edit_video: "Video to edit",
  extend_video: "Video to extend",
};

/** The blocks of a mode, in display order, with labels that fit the mode. */
export function slotsForMode(mode: VideoMode): SlotSpec[] {
  return MODE_SLOTS[mode].map((id) => {
    const spec = SLOT_SPECS[id];
    const label = id === "sourceVideo" ? (SOURCE_LABELS[mode] ?? spec.label) : spec.label;
    return { ...spec, label };
  });
}

/** How many inputs a block takes with this model (references follow the capability table). */
export function slotLimit(id: SlotId, caps: ModelCapabilities): number {
  if (id === "referenceImages") return caps.references.images;
  if (id === "referenceVideos") return caps.references.videos;
  if (id === "referenceAudios") return caps.references.audios;
  if (id === "stitchClips") return Math.min(STITCH_CLIPS.max, caps.references.videos);
  return 1;
}
