import type { VideoMode, VideoModelId } from "@/lib/video/capabilities";
import { withInstruction } from "@/lib/video/instruction";
import { fitParameters } from "./fit-parameters";
import { inputKey, type MediaInput, type PlaygroundForm, type SlotId } from "./form-state";

type ParameterPatch = Partial<
  Pick<
    PlaygroundForm,
    | "prompt"
    | "duration"
    | "resolution"
    | "aspectRatio"
    | "generateAudio"
    | "seed"
    | "watermark"
    | "returnLastFrame"
  >
>;

export type FormAction =
  | { type: "setModel"; model: VideoModelId }
  | { type: "setMode"; mode: VideoMode }
  | { type: "patch"; patch: ParameterPatch }
  /** Replaces a block's inputs (single blocks: the one chosen input). */
  | { type: "setInputs"; slot: SlotId; inputs: MediaInput[] }
  /** Adds to a multi-input block, skipping inputs already there. */
  | { type: "addInputs"; slot: SlotId; inputs: MediaInput[] }
  | { type: "removeInput"; slot: SlotId; key: string }
  | { type: "load"; form: PlaygroundForm };

/**
 * Edit, extend and stitch are said in the prompt (lib/video/instruction.ts): the form writes the
 * instruction at its start whenever the mode or the number of clips to stitch changes, and the
 * user may go on typing after it or change it.
 */
function instructed(form: PlaygroundForm): PlaygroundForm {
  const prompt = withInstruction(form.prompt, form.mode, form.slots.stitchClips.length);
  return prompt === form.prompt ? form : { ...form, prompt };
}

export function formReducer(form: PlaygroundForm, action: FormAction): PlaygroundForm {
  const next = applyAction(form, action);
  const rewrite =
    action.type === "setMode" ||
    (form.mode === "stitch_video" && "slot" in action && action.slot === "stitchClips");
  return rewrite ? instructed(next) : next;
}

function applyAction(form: PlaygroundForm, action: FormAction): PlaygroundForm {
  switch (action.type) {
    case "setModel":
      return fitParameters(form, action.model).form;
    case "setMode":
      return { ...form, mode: action.mode };
    case "patch":
      return { ...form, ...action.patch };
    case "setInputs":
      return { ...form, slots: { ...form.slots, [action.slot]: action.inputs } };
    case "addInputs": {
      const current = form.slots[action.slot];
      const known = new Set(current.map(inputKey));
      const fresh = action.inputs.filter((input) => !known.has(inputKey(input)));
      return { ...form, slots: { ...form.slots, [action.slot]: [...current, ...fresh] } };
    }
    case "removeInput": {
      const remaining = form.slots[action.slot].filter((input) => inputKey(input) !== action.key);
      return { ...form, slots: { ...form.slots, [action.slot]: remaining } };
    }
    case "load":
      return action.form;
  }
}
