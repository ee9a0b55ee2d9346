import type { ReactNode } from "react";

/**
 * A labelled on/off setting: a native checkbox (role switch) laid transparently over the drawn
 * track, so clicks, keyboard and screen readers all reach the real control.
 */
export function ToggleField({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="flex items-start gap-3">
      <span className="relative mt-0.5 inline-flex h-5 w-9 shrink-0">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={hint ? `${id}-hint` : undefined}
          className="peer absolute inset-0 z-10 m-0 size-full cursor-pointer opacity-0"
        />
        <span
          aria-hidden
          className="bg-surface-2 border-border peer-checked:bg-accent peer-checked:border-accent peer-focus-visible:outline-ring size-full rounded-full border transition-colors peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2"
        />
        <span
          aria-hidden
          className="bg-surface absolute top-[3px] left-[3px] size-3.5 rounded-full shadow transition-transform peer-checked:translate-x-4"
        />
      </span>
      <div className="min-w-0">
        <label htmlFor={id} className="cursor-pointer text-sm font-medium">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="text-muted text-xs">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}
