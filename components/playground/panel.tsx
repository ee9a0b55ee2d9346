import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

/** A titled card of the console; the heading names the region for screen readers. */
export function Panel({
  id,
  title,
  actions,
  description,
  children,
  className,
}: {
  id: string;
  title: ReactNode;
  actions?: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className={cn("border-border bg-surface rounded-xl border p-4 shadow-sm sm:p-5", className)}
    >
      <div className="mb-4 flex flex-wrap items-start justify-between gap-2">
        <div className="space-y-0.5">
          <h2 id={`${id}-title`} className="text-base font-semibold">
            {title}
          </h2>
          {description ? <p className="text-muted text-sm">{description}</p> : null}
        </div>
        {actions ? <div className="flex items-center gap-2">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}
