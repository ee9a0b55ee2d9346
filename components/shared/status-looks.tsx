import { AlertCircle, CheckCircle2, Clock, Loader2, ShieldQuestion } from "lucide-react";
import type { StatusLook } from "@/components/ui/status-badge";
import { GROUP_STATUS_LABELS } from "@/lib/assets/group-status";
import { ASSET_STATUS_LABELS, type AssetStatus } from "@/lib/schemas/asset-values";
import type { GroupStatus } from "@/lib/schemas/asset-group";
import type { VideoStatus } from "@/lib/schemas/video";

// One icon per meaning, the same on every page.
const icon = {
  working: <Loader2 className="size-3 animate-spin" aria-hidden />,
  done: <CheckCircle2 className="size-3" aria-hidden />,
  failed: <AlertCircle className="size-3" aria-hidden />,
  waiting: <Clock className="size-3" aria-hidden />,
};

/** Processing / Active / Failed / Expired. */
export const ASSET_STATUS_LOOKS: Record<AssetStatus, StatusLook> = {
  processing: { tone: "accent", icon: icon.working, label: ASSET_STATUS_LABELS.processing },
  active: { tone: "success", icon: icon.done, label: ASSET_STATUS_LABELS.active },
  failed: { tone: "danger", icon: icon.failed, label: ASSET_STATUS_LABELS.failed },
  expired: { tone: "neutral", icon: icon.waiting, label: ASSET_STATUS_LABELS.expired },
};

export const GROUP_STATUS_LOOKS: Record<GroupStatus, StatusLook> = {
  active: { tone: "success", icon: icon.done, label: GROUP_STATUS_LABELS.active },
  pending_validation: {
    tone: "warning",
    icon: <ShieldQuestion className="size-3" aria-hidden />,
    label: GROUP_STATUS_LABELS.pending_validation,
  },
  expired: { tone: "neutral", icon: icon.waiting, label: GROUP_STATUS_LABELS.expired },
  failed: { tone: "danger", icon: icon.failed, label: GROUP_STATUS_LABELS.failed },
};

export const VIDEO_STATUS_LOOKS: Record<VideoStatus, StatusLook> = {
  queued: { tone: "neutral", icon: icon.waiting, label: "Queued" },
  in_progress: { tone: "accent", icon: icon.working, label: "In progress" },
  completed: { tone: "success", icon: icon.done, label: "Completed" },
  failed: { tone: "danger", icon: icon.failed, label: "Failed" },
};
