"use client";

import { useQuery } from "@tanstack/react-query";
import { describeModel } from "@/lib/playground/describe-model";
import { modelListQuery } from "@/lib/queries/models";
import { MODEL_CAPABILITIES, isVideoModelId, type VideoModelId } from "@/lib/video/capabilities";
import { cn } from "@/lib/ui/cn";

/** The supported models as radio cards, each described from the capability table. */
export function ModelPicker({
  value,
  onChange,
}: {
  value: VideoModelId;
  onChange: (model: VideoModelId) => void;
}) {
  const models = useQuery(modelListQuery());
  const ids = (models.data?.items ?? []).map((item) => item.id).filter(isVideoModelId);
  return (
    <fieldset className="space-y-2">
      <legend className="mb-2 text-sm font-medium">Model</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {ids.map((id) => {
          const caps = MODEL_CAPABILITIES[id];
          const checked = id === value;
          return (
            <label
              key={id}
              className={cn(
                "bg-surface relative flex cursor-pointer flex-col gap-1 rounded-lg border p-3 transition-colors",
                "has-[:focus-visible]:outline-ring has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2",
                checked ? "border-accent ring-accent/40 ring-1" : "border-border hover:border-accent/50",
              )}
            >
              <input
                type="radio"
                name="model"
                value={id}
                checked={checked}
                onChange={() => onChange(id)}
                aria-labelledby={`model-${id}-name`}
                aria-describedby={`model-${id}-description`}
                // Transparent over the whole card: the card is the click target of the real radio.
                className="absolute inset-0 z-10 m-0 size-full cursor-pointer opacity-0"
              />
              <span className="flex items-center justify-between gap-2">
                <span id={`model-${id}-name`} className="font-mono text-sm font-semibold">
                  {id}
                </span>
                <span
                  aria-hidden
                  className={cn(
                    "size-3.5 rounded-full border-2",
                    checked ? "border-accent bg-accent" : "border-border",
                  )}
                />
              </span>
              <span id={`model-${id}-description`} className="text-muted text-xs leading-snug">
                {caps.description}
              </span>
            </label>
          );
        })}
      </div>
      <p className="text-muted text-xs">{describeModel(MODEL_CAPABILITIES[value])}</p>
    </fieldset>
  );
}
