import { CheckCircle2, CircleAlert, Clock, ShieldQuestion } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { GROUP_STATUS_LABELS } from "@/lib/assets/group-status";
import type { GroupStatus } from "@/lib/schemas/asset-group";

const TONES: Record<GroupStatus, BadgeTone> = {
  active: "success",
  pending_validation: "warning",
  expired: "neutral",
  failed: "danger",
};

const ICONS: Record<GroupStatus, React.ReactNode> = {
  active: <CheckCircle2 className="size-3" aria-hidden />,
  pending_validation: <ShieldQuestion className="size-3" aria-hidden />,
  expired: <Clock className="size-3" aria-hidden />,
  failed: <CircleAlert className="size-3" aria-hidden />,
};

export function GroupStatusBadge({ status }: { status: GroupStatus }) {
  return (
    <Badge tone={TONES[status]}>
      {ICONS[status]}
      {GROUP_STATUS_LABELS[status]}
    </Badge>
  );
}
