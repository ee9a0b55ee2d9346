import { Progress as ProgressPrimitive } from "radix-ui";
import { cn } from "@/lib/ui/cn";

interface ProgressProps {
  /** 0–100, or null when the amount is unknown. */
  value: number | null;
  label: string;
  className?: string;
}

export function Progress({ value, label, className }: ProgressProps) {
  return (
    <ProgressPrimitive.Root
      value={value}
      aria-label={label}
      className={cn("bg-surface-2 relative h-2 w-full overflow-hidden rounded-full", className)}
    >
      <ProgressPrimitive.Indicator
        className={cn(
          "bg-accent h-full transition-[width] duration-300",
          value === null && "w-1/3 animate-pulse",
        )}
        style={value === null ? undefined : { width: `${Math.max(0, Math.min(100, value))}%` }}
      />
    </ProgressPrimitive.Root>
  );
}
