"use client";

import { TAKE_COUNTS } from "@/lib/playground/takes";
import { cn } from "@/lib/ui/cn";

/** "Takes: 1–4": how many times Generate runs the request, each with its own seed. */
export function TakesPicker({ value, onChange }: { value: number; onChange: (count: number) => void }) {
  return (
    <fieldset className="flex items-center gap-2">
      <legend className="sr-only">Takes</legend>
      <span aria-hidden className="text-muted text-sm">
        Takes
      </span>
      <div className="border-border flex overflow-hidden rounded-md border">
        {TAKE_COUNTS.map((count) => (
          <label
            key={count}
            title={count === 1 ? "One video" : `${count} videos, each with its own seed`}
            className={cn(
              "has-focus-visible:ring-accent relative grid h-9 w-9 cursor-pointer place-items-center text-sm tabular-nums has-focus-visible:ring-2 has-focus-visible:ring-inset",
              count > 1 && "border-border border-l",
              value === count ? "bg-accent text-accent-fg font-semibold" : "hover:bg-surface-2",
            )}
          >
            <input
              type="radio"
              name="takes"
              value={count}
              checked={value === count}
              onChange={() => onChange(count)}
              className="sr-only"
              aria-label={count === 1 ? "1 take" : `${count} takes`}
            />
            {count}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
