import type { Dispatch } from "react";
import type { FormAction } from "@/lib/playground/form-reducer";
import type { PlaygroundForm } from "@/lib/playground/form-state";
import { slotLimit, slotsForMode } from "@/lib/playground/mode-slots";
import type { FormProblem } from "@/lib/playground/rules";
import type { ModelCapabilities } from "@/lib/video/capabilities";
import { MediaSlot } from "./media-slot";

/** The media blocks of the current mode, each with the rule problems aimed at it. */
export function MediaBlocks({
  form,
  caps,
  problems,
  dispatch,
}: {
  form: PlaygroundForm;
  caps: ModelCapabilities;
  problems: FormProblem[];
  dispatch: Dispatch<FormAction>;
}) {
  const slots = slotsForMode(form.mode);
  if (slots.length === 0) {
    return (
      <p className="text-muted border-border rounded-lg border border-dashed p-3 text-sm">
        Text to video needs no media: describe the whole video in the prompt.
      </p>
    );
  }
  return (
    <div
      className={
        slots.length > 1 && slots.every((spec) => !spec.multiple) ? "grid gap-3 sm:grid-cols-2" : "space-y-3"
      }
    >
      {slots.map((spec) => (
        <MediaSlot
          key={spec.id}
          spec={spec}
          inputs={form.slots[spec.id]}
          limit={slotLimit(spec.id, caps)}
          caps={caps}
          // "Add a …" is already said by the empty block; conflicts are said here and by Generate.
          problems={problems.filter(
            (problem) => problem.target === spec.id && problem.code !== "input_required",
          )}
          dispatch={dispatch}
        />
      ))}
    </div>
  );
}
