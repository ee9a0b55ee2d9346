import type { VideoMode } from "./capabilities";
import { modeFromInstruction, STITCH_CLIPS } from "./instruction";
import type { VideoRequest } from "./request";
import { mediaUrlOf, type ReferenceCounts } from "./request-limits";

// Token360 has no mode field: the workflow follows from `frame_images`, the roles in
// `input_references` (API.md §2.1.1, rule in §4.2) and, for reference videos, the prompt's
// instruction (edit, extend, stitch: lib/video/instruction.ts), as upstream Seedance 2.0 does.
// Only documented roles are accepted:
//   (missing) | reference | reference_image | reference_video | reference_audio -> a reference
//   first_frame | last_frame (images only)                                    -> a frame

export type MediaKind = "image" | "video" | "audio";
export type InputSlot =
  "first_frame" | "last_frame" | "reference_image" | "reference_video" | "reference_audio";

export interface ClassifiedInput {
  field: "frame_images" | "input_references";
  index: number;
  slot: InputSlot;
  media: MediaKind;
  url: string;
  /** Path of the URL in the request, for error messages. */
  param: string;
}

export type ModeInference =
  | { ok: true; mode: VideoMode; inputs: ClassifiedInput[]; counts: ReferenceCounts }
  | { ok: false; message: string; param: string };

const REFERENCE_ROLES = ["reference", "reference_image", "reference_video", "reference_audio"] as const;
const FRAME_ROLES = ["first_frame", "last_frame"] as const;
export const ACCEPTED_ROLES = [...REFERENCE_ROLES, ...FRAME_ROLES] as const;

const includes = (list: readonly string[], value: string) => list.includes(value);

type Inputs = Pick<VideoRequest, "frame_images" | "input_references"> & { prompt?: string };
type Failure = { ok: false; message: string; param: string };
const fail = (param: string, message: string): Failure => ({ ok: false, message, param });

function classifyFrames(frames: NonNullable<Inputs["frame_images"]>): ClassifiedInput[] | Failure {
  const out: ClassifiedInput[] = [];
  for (const [index, frame] of frames.entries()) {
    const param = `frame_images[${index}]`;
    const declared = frame.frame_type ?? frame.role ?? null;
    // Without a frame_type the position decides: first item = first frame, second = last frame.
    const slot = declared ?? (index === 0 ? "first_frame" : "last_frame");
    if (slot !== "first_frame" && slot !== "last_frame") {
      return fail(`${param}.frame_type`, `frame_type must be first_frame or last_frame, got ${slot}`);
    }
    const url = mediaUrlOf(frame.image_url);
    if (!url) return fail(`${param}.image_url.url`, "image_url.url is required");
    out.push({ field: "frame_images", index, slot, media: "image", url, param: `${param}.image_url.url` });
  }
  return out;
}

function classifyReference(
  ref: NonNullable<Inputs["input_references"]>[number],
  index: number,
): ClassifiedInput | Failure {
  const param = `input_references[${index}]`;
  const present = (["image", "video", "audio"] as const).filter((kind) => ref[`${kind}_url`] != null);
  const typed = ref.type ? (ref.type.replace("_url", "") as MediaKind) : null;
  if (present.length !== 1) {
    return fail(param, "Each input reference needs exactly one of image_url, video_url or audio_url");
  }
  const media = present[0] as MediaKind;
  if (typed && typed !== media)
    return fail(`${param}.type`, `type is ${ref.type} but the item carries ${media}_url`);
  const url = mediaUrlOf(ref[`${media}_url`]);
  if (!url) return fail(`${param}.${media}_url.url`, `${media}_url.url is required`);
  const role = ref.role ?? "reference";
  const urlParam = `${param}.${media}_url.url`;
  const item = (slot: InputSlot): ClassifiedInput => ({
    field: "input_references",
    index,
    slot,
    media,
    url,
    param: urlParam,
  });

  if (role === "reference") return item(`reference_${media}`);
  if (includes(REFERENCE_ROLES, role)) {
    if (role !== `reference_${media}`)
      return fail(`${param}.role`, `role ${role} does not match a ${media} input`);
    return item(role as InputSlot);
  }
  if (includes(FRAME_ROLES, role)) {
    if (media !== "image") return fail(`${param}.role`, `role ${role} takes an image, not ${media}`);
    return item(role as InputSlot);
  }
  return fail(`${param}.role`, `Unknown role ${role}; use one of: ${ACCEPTED_ROLES.join(", ")}`);
}

/**
 * Works out the video mode from the media inputs and the prompt's instruction (API.md §4.2,
 * UPSTREAM.md §1.4). Pure; model limits are checked elsewhere.
 */
export function inferVideoMode(request: Inputs): ModeInference {
  const frames = classifyFrames(request.frame_images ?? []);
  if (!Array.isArray(frames)) return frames;
  const refs: ClassifiedInput[] = [];
  for (const [index, ref] of (request.input_references ?? []).entries()) {
    const classified = classifyReference(ref, index);
    if ("ok" in classified) return classified;
    refs.push(classified);
  }
  const allFrames = [...frames, ...refs.filter((i) => i.slot === "first_frame" || i.slot === "last_frame")];
  const others = refs.filter((i) => i.slot !== "first_frame" && i.slot !== "last_frame");
  const inputs = [...frames, ...refs];
  const counts: ReferenceCounts = {
    images: others.filter((i) => i.media === "image").length,
    videos: others.filter((i) => i.media === "video").length,
    audios: others.filter((i) => i.media === "audio").length,
    total: others.length,
  };
  const ok = (mode: VideoMode): ModeInference => ({ ok: true, mode, inputs, counts });

  if (allFrames.length > 0) {
    const firsts = allFrames.filter((i) => i.slot === "first_frame");
    const lasts = allFrames.filter((i) => i.slot === "last_frame");
    if (firsts.length > 1 || lasts.length > 1) {
      return fail(
        firsts.length > 1 ? firsts[1]!.param : lasts[1]!.param,
        "Send at most one first_frame and one last_frame",
      );
    }
    if (firsts.length === 0) return fail(lasts[0]!.param, "A last_frame needs a first_frame as well");
    // Upstream Seedance refuses frames together with references (API.md §4.1 note).
    if (others.length > 0) {
      return fail(
        others[0]!.param,
        "First/last frame images cannot be combined with reference inputs; use frame_images or input_references, not both",
      );
    }
    return ok(lasts.length === 1 ? "first_last_frame" : "first_frame");
  }

  const instructed = modeFromInstruction(request.prompt ?? "", counts.videos);
  if (instructed === "stitch_video" && counts.videos > STITCH_CLIPS.max) {
    const extra = others.filter((i) => i.media === "video")[STITCH_CLIPS.max]!;
    return fail(extra.param, `A stitch joins ${STITCH_CLIPS.min}–${STITCH_CLIPS.max} videos`);
  }
  if (instructed) return ok(instructed);

  if (others.length === 0) return ok("text_to_video");
  if (counts.images === 0 && counts.videos === 0) {
    return fail(others[0]!.param, "Audio references need at least one image or video reference");
  }
  return ok(counts.videos > 0 || counts.audios > 0 ? "multimodal_reference" : "reference_images");
}
