import type { ReactNode } from "react";

interface PageSectionProps {
  id: string;
  title: string;
  description: ReactNode;
  /** The section's primary button, shown on the right of the heading. */
  action?: ReactNode;
  children: ReactNode;
}

export function PageSection({ id, title, description, action, children }: PageSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h2 id={headingId} className="text-lg font-semibold">
            {title}
          </h2>
          <p className="text-muted text-sm">{description}</p>
        </div>
        {action}
      </div>
      {children}
    </section>
  );
}
