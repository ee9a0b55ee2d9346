import { Eye, Pencil, Trash2 } from "lucide-react";
import { AssetThumbnail } from "@/components/shared/asset-thumbnail";
import { CopyButton } from "@/components/ui/copy-button";
import type { Column } from "@/components/ui/data-table";
import type { Asset } from "@/lib/schemas/asset";
import { GROUP_KIND_LABELS } from "@/lib/schemas/asset-group-values";
import { formatBytes } from "@/lib/ui/format";
import { DateCell } from "../shared/date-cell";
import { RowActionButton } from "../shared/row-action-button";
import { AssetStatus } from "./asset-status";
import { ExpiryCell } from "./expiry-cell";

export type AssetAction = "preview" | "rename" | "delete";

export function assetColumns(onAction: (kind: AssetAction, asset: Asset) => void): Column<Asset>[] {
  return [
    {
      id: "name",
      header: "Asset",
      cell: (asset) => (
        <div className="flex min-w-44 items-center gap-3">
          <button
            type="button"
            onClick={() => onAction("preview", asset)}
            aria-label={`Preview ${asset.name}`}
            className="rounded-md"
          >
            <AssetThumbnail asset={asset} />
          </button>
          <span className="line-clamp-2 font-medium break-words">{asset.name}</span>
        </div>
      ),
      skeleton: "h-10 w-40",
    },
    {
      id: "id",
      header: "Asset ID",
      cell: (asset) => (
        <CopyButton
          value={asset.assetId}
          label={`Copy asset ID ${asset.assetId}`}
          // On a phone's stacked row the whole ID wraps instead of being cut off.
          className="font-mono text-xs max-sm:[&>span]:break-all max-sm:[&>span]:whitespace-normal"
        >
          {asset.assetId}
        </CopyButton>
      ),
      skeleton: "h-4 w-56",
    },
    {
      id: "group",
      header: "Group",
      cell: (asset) => (
        <div className="min-w-28">
          <p className="line-clamp-2 break-words">{asset.groupName ?? "—"}</p>
          <p className="text-muted text-xs">{GROUP_KIND_LABELS[asset.kind]}</p>
        </div>
      ),
      skeleton: "h-8 w-28",
    },
    {
      id: "status",
      header: "Status",
      cell: (asset) => <AssetStatus asset={asset} />,
      skeleton: "h-5 w-20 rounded-full",
    },
    {
      id: "file",
      header: "File",
      cell: (asset) => (
        <div className="text-xs whitespace-nowrap tabular-nums">
          <p>{asset.width && asset.height ? `${asset.width} × ${asset.height} px` : "—"}</p>
          <p className="text-muted">{formatBytes(asset.sizeBytes)}</p>
        </div>
      ),
      skeleton: "h-8 w-20",
    },
    {
      id: "retention",
      header: "Retention",
      cell: (asset) => <ExpiryCell expiresAt={asset.expiresAt} />,
      className: "whitespace-nowrap",
    },
    {
      id: "created",
      header: "Created",
      cell: (asset) => <DateCell iso={asset.createdAt} />,
      skeleton: "h-8 w-20",
    },
    {
      id: "actions",
      header: <span className="sr-only">Actions</span>,
      cell: (asset) => (
        <div className="flex justify-end gap-0.5">
          <RowActionButton label={`Preview ${asset.name}`} onClick={() => onAction("preview", asset)}>
            <Eye aria-hidden />
          </RowActionButton>
          <RowActionButton label={`Rename ${asset.name}`} onClick={() => onAction("rename", asset)}>
            <Pencil aria-hidden />
          </RowActionButton>
          <RowActionButton
            label={`Delete ${asset.name}`}
            onClick={() => onAction("delete", asset)}
            tone="danger"
          >
            <Trash2 aria-hidden />
          </RowActionButton>
        </div>
      ),
      className: "w-px",
      skeleton: "ml-auto h-6 w-24",
    },
  ];
}
