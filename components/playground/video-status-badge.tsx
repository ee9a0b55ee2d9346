import { AlertCircle, CheckCircle2, Clock, Loader2 } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { VideoStatus } from "@/lib/schemas/video";

export const VIDEO_STATUS_LABELS: Record<VideoStatus, string> = {
  queued: "Queued",
  in_progress: "In progress",
  completed: "Completed",
  failed: "Failed",
};

const TONES: Record<VideoStatus, BadgeTone> = {
  queued: "neutral",
  in_progress: "accent",
  completed: "success",
  failed: "danger",
};

const ICONS = {
  queued: <Clock className="size-3" aria-hidden />,
  in_progress: <Loader2 className="size-3 animate-spin" aria-hidden />,
  completed: <CheckCircle2 className="size-3" aria-hidden />,
  failed: <AlertCircle className="size-3" aria-hidden />,
} as const;

export function VideoStatusBadge({ status }: { status: VideoStatus }) {
  return (
    <Badge tone={TONES[status]}>
      {ICONS[status]}
      {VIDEO_STATUS_LABELS[status]}
    </Badge>
  );
}
