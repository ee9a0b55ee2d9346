import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** A labelled icon button for a table row; the label names the row so each is unique. */
export function RowActionButton({
  label,
  onClick,
  children,
  tone,
}: {
  label: string;
  onClick: () => void;
  children: ReactNode;
  tone?: "danger";
}) {
  return (
    <Button
      variant="ghost"
      size="icon"
      aria-label={label}
      title={label}
      onClick={onClick}
      className={tone === "danger" ? "text-muted hover:text-danger" : "text-muted hover:text-fg"}
    >
      {children}
    </Button>
  );
}
