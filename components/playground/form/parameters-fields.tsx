"use client";

import type { Dispatch } from "react";
import { Field, Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { FormAction } from "@/lib/playground/form-reducer";
import type { PlaygroundForm } from "@/lib/playground/form-state";
import { SEED_MAX, seedProblem } from "@/lib/playground/seed";
import type { AspectRatio, ModelCapabilities, Resolution } from "@/lib/video/capabilities";
import { ToggleField } from "./toggle-field";

const ASPECT_LABELS: Record<AspectRatio, string> = {
  adaptive: "Adaptive",
  "21:9": "21:9",
  "16:9": "16:9",
  "4:3": "4:3",
  "1:1": "1:1",
  "3:4": "3:4",
  "9:16": "9:16",
};

const ASPECT_HINTS: Partial<Record<AspectRatio, string>> = {
  adaptive: "Follows the input",
  "21:9": "Cinema",
  "16:9": "Landscape",
  "1:1": "Square",
  "9:16": "Portrait",
};

/** Duration, resolution, aspect ratio, seed and switches: only what the chosen model supports. */
export function ParametersFields({
  form,
  caps,
  dispatch,
}: {
  form: PlaygroundForm;
  caps: ModelCapabilities;
  dispatch: Dispatch<FormAction>;
}) {
  const patch = (value: Parameters<typeof formPatch>[0]) => dispatch(formPatch(value));
  const durations = Array.from(
    { length: caps.duration.max - caps.duration.min + 1 },
    (_, i) => caps.duration.min + i,
  );
  const seedError = seedProblem(form.seed);
  const aspectHint = ASPECT_HINTS[form.aspectRatio];
  return (
    <fieldset className="space-y-4">
      <legend className="mb-3 text-sm font-medium">Parameters</legend>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="Duration" htmlFor="param-duration">
          <Select
            id="param-duration"
            value={String(form.duration)}
            options={durations.map((seconds) => ({ value: String(seconds), label: `${seconds} s` }))}
            onValueChange={(value) => patch({ duration: Number(value) })}
          />
        </Field>
        <Field label="Resolution" htmlFor="param-resolution">
          <Select
            id="param-resolution"
            value={form.resolution}
            options={caps.resolutions.map((resolution) => ({ value: resolution, label: resolution }))}
            onValueChange={(value) => patch({ resolution: value as Resolution })}
          />
        </Field>
        {/* What the chosen ratio is for, under the field: a native option holds one line of text. */}
        <Field label="Aspect ratio" htmlFor="param-aspect" hint={aspectHint}>
          <Select
            id="param-aspect"
            value={form.aspectRatio}
            options={caps.aspectRatios.map((ratio) => ({ value: ratio, label: ASPECT_LABELS[ratio] }))}
            onValueChange={(value) => patch({ aspectRatio: value as AspectRatio })}
            aria-describedby={aspectHint ? "param-aspect-hint" : undefined}
          />
        </Field>
        <Field label="Seed" htmlFor="param-seed" error={seedError}>
          <Input
            id="param-seed"
            inputMode="numeric"
            placeholder="Random"
            value={form.seed}
            aria-invalid={seedError ? true : undefined}
            aria-describedby={seedError ? "param-seed-error" : undefined}
            title={`0 to ${SEED_MAX}; empty for a random seed`}
            onChange={(event) => patch({ seed: event.target.value })}
          />
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        {caps.audio ? (
          <ToggleField
            id="param-audio"
            label="Generate audio"
            hint="A soundtrack made with the video"
            checked={form.generateAudio}
            onChange={(generateAudio) => patch({ generateAudio })}
          />
        ) : null}
        <ToggleField
          id="param-watermark"
          label="Watermark"
          hint="Mark the video as AI-generated"
          checked={form.watermark}
          onChange={(watermark) => patch({ watermark })}
        />
        <ToggleField
          id="param-last-frame"
          label="Return last frame"
          hint="Also get the final frame as an image"
          checked={form.returnLastFrame}
          onChange={(returnLastFrame) => patch({ returnLastFrame })}
        />
      </div>
    </fieldset>
  );
}

const formPatch = (patch: Partial<Omit<PlaygroundForm, "model" | "mode" | "slots">>): FormAction => ({
  type: "patch",
  patch,
});
