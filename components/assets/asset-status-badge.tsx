import { AlertCircle, CheckCircle2, Clock, Loader2 } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ASSET_STATUS_LABELS, type Asset } from "@/lib/schemas/asset";

const TONES: Record<Asset["status"], BadgeTone> = {
  processing: "accent",
  active: "success",
  failed: "danger",
  expired: "neutral",
};

const ICONS = {
  processing: <Loader2 className="size-3 animate-spin" aria-hidden />,
  active: <CheckCircle2 className="size-3" aria-hidden />,
  failed: <AlertCircle className="size-3" aria-hidden />,
  expired: <Clock className="size-3" aria-hidden />,
} as const;

/** Processing / Active / Failed (with the reason) / Expired. */
export function AssetStatusBadge({ asset }: { asset: Pick<Asset, "status" | "failureReason"> }) {
  return (
    <span className="inline-flex flex-col gap-0.5">
      <Badge tone={TONES[asset.status]}>
        {ICONS[asset.status]}
        {ASSET_STATUS_LABELS[asset.status]}
      </Badge>
      {asset.status === "failed" && asset.failureReason ? (
        <span className="text-danger max-w-56 text-xs">{asset.failureReason}</span>
      ) : null}
    </span>
  );
}
