import { ChevronDown } from "lucide-react";
import { cn } from "@/lib/ui/cn";

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

interface SelectProps {
  id?: string;
  value: string;
  onValueChange: (value: string) => void;
  options: readonly SelectOption[];
  disabled?: boolean;
  /** Sizes the control (its width); the select fills it. */
  className?: string;
  "aria-label"?: string;
  "aria-describedby"?: string;
}

/**
 * A single choice out of a short fixed list: the browser's own `<select>` (combobox role,
 * typeahead, arrow keys, the platform's list on touch screens) styled as our inputs, with no
 * script of its own to download.
 */
export function Select({ id, value, onValueChange, options, disabled, className, ...aria }: SelectProps) {
  return (
    <div className={cn("relative w-full", className)}>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(event) => onValueChange(event.target.value)}
        className="border-border bg-surface text-fg peer h-9 w-full appearance-none truncate rounded-md border pr-8 pl-3 text-sm disabled:cursor-not-allowed disabled:opacity-60"
        {...aria}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
      <ChevronDown
        className="text-muted pointer-events-none absolute top-2.5 right-2.5 size-4 peer-disabled:opacity-60"
        aria-hidden
      />
    </div>
  );
}
