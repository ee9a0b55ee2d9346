import type { Dispatch } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import type { FormAction } from "@/lib/playground/form-reducer";
import type { PlaygroundForm } from "@/lib/playground/form-state";
import { slotLimit, slotsForMode } from "@/lib/playground/mode-slots";
import type { FormProblem } from "@/lib/playground/rules";
import type { ModelCapabilities } from "@/lib/video/capabilities";
import { lazyPart } from "../lazy-part";

// Text to video, the first view, has no media blocks: their code (drop zone, file checks, links)
// loads when a mode with media is chosen or pointed at, an outline as tall as an empty block
// holding its place: 124 px when its buttons fit beside its title (a block across the form, from
// sm up), 218 px when they wrap under it (phones, and two blocks side by side).
const loadSlot = () => import("./media-slot").then((m) => m.MediaSlot);
const MediaSlot = lazyPart(loadSlot, <Skeleton className="h-54.5 rounded-lg sm:h-31" />);
const PairedMediaSlot = lazyPart(loadSlot, <Skeleton className="h-54.5 rounded-lg" />);

/** Starts loading the media blocks' code (the pointer or focus on the mode tabs). */
export const preloadMediaBlocks = () => {
  MediaSlot.preload();
  PairedMediaSlot.preload();
};

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
  const paired = slots.length > 1 && slots.every((spec) => !spec.multiple);
  const Slot = paired ? PairedMediaSlot : MediaSlot;
  return (
    <div className={paired ? "grid gap-3 sm:grid-cols-2" : "space-y-3"}>
      {slots.map((spec) => (
        <Slot
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
