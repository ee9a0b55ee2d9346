import { ASSET_STATUS_LOOKS } from "@/components/shared/status-looks";
import { StatusBadge } from "@/components/ui/status-badge";
import type { Asset } from "@/lib/schemas/asset";

/** Processing / Active / Failed (with the reason) / Expired. */
export function AssetStatus({ asset }: { asset: Pick<Asset, "status" | "failureReason"> }) {
  return (
    <span className="inline-flex flex-col gap-0.5">
      <StatusBadge {...ASSET_STATUS_LOOKS[asset.status]} />
      {asset.status === "failed" && asset.failureReason ? (
        <span className="text-danger max-w-56 text-xs">{asset.failureReason}</span>
      ) : null}
    </span>
  );
}
