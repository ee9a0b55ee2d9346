import { PORTRAIT_ASSET_ID_PATTERN } from "@/lib/schemas/id-patterns";
import { isPortraitKind } from "@/lib/schemas/asset-group-values";
import {
  GENERIC_UPLOAD_MESSAGE,
  MODEL_CAPABILITIES,
  VIDEO_MODE_LABELS,
  type ModelCapabilities,
} from "@/lib/video/capabilities";
import { inferVideoMode } from "@/lib/video/infer-mode";
import { instructionFor, STITCH_CLIPS, type InstructionMode } from "@/lib/video/instruction";
import { checkModelLimits } from "@/lib/video/request-limits";
import { buildVideoRequest } from "./build-request";
import type { AssetInput, MediaInput, PlaygroundForm, SlotId } from "./form-state";
import { PORTRAIT_CONFLICT_MESSAGE, PROMPT_REQUIRED_MESSAGE } from "./messages";
import { slotLimit, slotsForMode } from "./mode-slots";
import { seedProblem } from "./seed";

// Every rule the seed and the capability table state, checked before anything is sent. Any
// problem disables Generate; the BFF checks the same rules again for hand-made requests.

export type ProblemCode =
  | "prompt_required"
  | "mode_unsupported"
  | "portrait_model"
  | "generic_asset"
  | "input_required"
  | "too_many"
  | "parameter"
  | "request";

export type ProblemTarget = "prompt" | "model" | "mode" | "parameters" | SlotId;

export interface FormProblem {
  code: ProblemCode;
  target: ProblemTarget;
  message: string;
}

const isInstructionMode = (mode: string): mode is InstructionMode =>
  mode === "edit_video" || mode === "extend_video" || mode === "stitch_video";

const isAsset = (input: MediaInput): input is AssetInput => input.source === "asset";

/** ta_ assets (and anything from a Virtual Portrait / Real Face group) are portrait assets. */
export const isPortraitInput = (input: MediaInput) =>
  isAsset(input) &&
  (PORTRAIT_ASSET_ID_PATTERN.test(input.assetId) || (input.kind !== null && isPortraitKind(input.kind)));

export const isGenericUpload = (input: MediaInput) =>
  isAsset(input) && (input.assetId.startsWith("ua_") || input.kind === "GENERIC");

function requiredInputs(form: PlaygroundForm): FormProblem[] {
  const { slots, mode } = form;
  const need = (target: SlotId, message: string): FormProblem[] =>
    slots[target].length === 0 ? [{ code: "input_required", target, message }] : [];
  switch (mode) {
    case "first_frame":
      return need("firstFrame", "Add a first frame: upload an image or choose one From assets.");
    case "first_last_frame":
      return [
        ...need("firstFrame", "Add a first frame: upload an image or choose one From assets."),
        ...need("lastFrame", "Add a last frame: upload an image or choose one From assets."),
      ];
    case "reference_images":
      return need("referenceImages", "Add at least one reference image.");
    case "multimodal_reference": {
      const visual = slots.referenceImages.length + slots.referenceVideos.length;
      const motionOrSound = slots.referenceVideos.length + slots.referenceAudios.length;
      if (visual === 0)
        return [
          {
            code: "input_required",
            target: "referenceImages",
            message: "Add at least one reference image or video; audio alone can't guide a video.",
          },
        ];
      if (motionOrSound === 0)
        return [
          {
            code: "input_required",
            target: "referenceVideos",
            message: "Add a reference video or audio file, or use Reference images for images only.",
          },
        ];
      return [];
    }
    case "edit_video":
      return need("sourceVideo", "Choose the video to edit: one of your earlier results or a local file.");
    case "extend_video":
      return need("sourceVideo", "Choose the video to extend: one of your earlier results or a local file.");
    case "stitch_video":
      return slots.stitchClips.length < STITCH_CLIPS.min
        ? [
            {
              code: "input_required",
              target: "stitchClips",
              message: `Choose ${STITCH_CLIPS.min}–${STITCH_CLIPS.max} clips to stitch: earlier results, library videos or local files.`,
            },
          ]
        : [];
    default:
      return [];
  }
}

function inputProblems(form: PlaygroundForm, caps: ModelCapabilities): FormProblem[] {
  const problems: FormProblem[] = [];
  let total = 0;
  for (const spec of slotsForMode(form.mode)) {
    const inputs = form.slots[spec.id];
    if (inputs.some(isGenericUpload))
      problems.push({ code: "generic_asset", target: spec.id, message: GENERIC_UPLOAD_MESSAGE });
    if (!caps.portraitAssets && inputs.some(isPortraitInput))
      problems.push({ code: "portrait_model", target: spec.id, message: PORTRAIT_CONFLICT_MESSAGE });
    const limit = slotLimit(spec.id, caps);
    if (inputs.length > limit && caps.modes.includes(form.mode)) {
      problems.push({
        code: "too_many",
        target: spec.id,
        message: `${caps.id} takes at most ${limit} ${spec.label.toLowerCase()}; remove ${inputs.length - limit}.`,
      });
    }
    if (spec.id !== "firstFrame" && spec.id !== "lastFrame") total += inputs.length;
  }
  if (total > caps.references.total && caps.modes.includes(form.mode)) {
    problems.push({
      code: "too_many",
      target: "mode",
      message: `${caps.id} takes at most ${caps.references.total} references in total; remove ${total - caps.references.total}.`,
    });
  }
  return problems;
}

function parameterProblems(form: PlaygroundForm, caps: ModelCapabilities): FormProblem[] {
  const out: FormProblem[] = [];
  const add = (message: string) => out.push({ code: "parameter", target: "parameters", message });
  const { min, max } = caps.duration;
  if (!Number.isInteger(form.duration) || form.duration < min || form.duration > max)
    add(`${caps.id} makes videos of ${min}–${max} seconds; set a whole number of seconds in that range.`);
  if (!caps.resolutions.includes(form.resolution))
    add(`${caps.id} supports ${caps.resolutions.join(", ")}; pick one of those resolutions.`);
  if (!caps.aspectRatios.includes(form.aspectRatio))
    add(`${caps.id} supports aspect ratios ${caps.aspectRatios.join(", ")}; pick one of those.`);
  const seed = seedProblem(form.seed);
  if (seed) add(seed);
  return out;
}

/** Everything that stops this form from being sent, in display order. Empty = ready to Generate. */
export function formProblems(form: PlaygroundForm): FormProblem[] {
  const caps = MODEL_CAPABILITIES[form.model];
  const problems: FormProblem[] = [];
  if (form.prompt.trim() === "")
    problems.push({ code: "prompt_required", target: "prompt", message: PROMPT_REQUIRED_MESSAGE });
  if (!caps.modes.includes(form.mode)) {
    const offered = caps.modes.map((mode) => VIDEO_MODE_LABELS[mode]).join(", ");
    problems.push({
      code: "mode_unsupported",
      target: "mode",
      message: `${caps.id} doesn't offer ${VIDEO_MODE_LABELS[form.mode]}. Switch back to seedance-2.0 or seedance-2.0-fast, or choose ${offered}.`,
    });
  }
  problems.push(...requiredInputs(form), ...inputProblems(form, caps), ...parameterProblems(form, caps));
  if (problems.length > 0) return problems;
  // Safety net: the shared inference and limits the BFF applies must agree with the form.
  const body = buildVideoRequest(form, caps);
  const inference = inferVideoMode(body);
  if (!inference.ok) return [{ code: "request", target: "mode", message: inference.message }];
  if (inference.mode !== form.mode && isInstructionMode(form.mode)) {
    const opening = instructionFor(form.mode, form.slots.stitchClips.length).trim();
    return [
      {
        code: "request",
        target: "prompt",
        message: `Start the prompt with “${opening}”: that instruction is what makes this ${VIDEO_MODE_LABELS[form.mode]}.`,
      },
    ];
  }
  const limit = checkModelLimits(body, inference.mode, inference.counts, caps);
  return limit ? [{ code: "request", target: "mode", message: limit.message }] : [];
}

/** Inputs kept in blocks the current mode doesn't show: said out loud, never dropped silently. */
export function hiddenInputsNotice(form: PlaygroundForm): string | null {
  const shown = new Set(slotsForMode(form.mode).map((spec) => spec.id));
  const hidden = (Object.keys(form.slots) as SlotId[]).filter(
    (id) => !shown.has(id) && form.slots[id].length > 0,
  );
  if (hidden.length === 0) return null;
  const count = hidden.reduce((sum, id) => sum + form.slots[id].length, 0);
  const frameMode = form.mode === "first_frame" || form.mode === "first_last_frame";
  const mixing = frameMode && hidden.some((id) => id !== "firstFrame" && id !== "lastFrame");
  const why = mixing ? " (frames and references can't be mixed in one request)" : "";
  return `${count} input${count === 1 ? " is" : "s are"} kept from other modes but not sent with ${VIDEO_MODE_LABELS[form.mode]}${why}.`;
}
