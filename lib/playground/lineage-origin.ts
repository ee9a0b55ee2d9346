import type { Asset } from "@/lib/schemas/asset";
import { toAssetInput } from "./asset-input";
import type { FormAction } from "./form-reducer";
import type { PlaygroundForm } from "./form-state";
import { slotsForMode } from "./mode-slots";

// What the task index keeps of a generation's inputs beside the body (lineage): the earlier
// results and the local files the request uses. Only the mode's own blocks count, since hidden
// blocks keep their contents but are never sent.

export interface FormLineage {
  sourceVideoIds: string[];
  /** Local files by the names they had on the device. */
  fileNames: string[];
}

export function lineageOfForm(form: PlaygroundForm): FormLineage {
  const inputs = slotsForMode(form.mode).flatMap((slot) => form.slots[slot.id]);
  const sourceVideoIds = inputs.flatMap((input) =>
    input.source === "url" && input.videoId ? [input.videoId] : [],
  );
  // A local image may travel inline (a data: URL) with providers that take them so.
  const fileNames = inputs.flatMap((input) =>
    input.source === "file" || (input.source === "url" && input.url.startsWith("data:")) ? [input.name] : [],
  );
  return { sourceVideoIds: [...new Set(sourceVideoIds)], fileNames: [...new Set(fileNames)] };
}

/** A saved frame (an asset) as the next shot's first frame: First frame mode, the asset in its block. */
export function startFromFirstFrame(dispatch: (action: FormAction) => void, asset: Asset) {
  dispatch({ type: "setMode", mode: "first_frame" });
  dispatch({ type: "setInputs", slot: "firstFrame", inputs: [toAssetInput(asset)] });
}
