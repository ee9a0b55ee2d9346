import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "./badge";

/** How one status value looks: its colour, an icon that repeats the meaning without colour, its word. */
export interface StatusLook {
  tone: BadgeTone;
  icon: ReactNode;
  label: string;
}

/** A status pill; each kind of status keeps its looks in one map (components/shared/status-looks). */
export function StatusBadge({ tone, icon, label }: StatusLook) {
  return (
    <Badge tone={tone}>
      {icon}
      {label}
    </Badge>
  );
}
