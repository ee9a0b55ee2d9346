import { Pencil, ShieldCheck, Trash2 } from "lucide-react";
import { GROUP_STATUS_LOOKS } from "@/components/shared/status-looks";
import { CopyButton } from "@/components/ui/copy-button";
import type { Column } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";
import type { AssetGroup } from "@/lib/schemas/asset-group";
import { GROUP_KIND_LABELS } from "@/lib/schemas/asset-group-values";
import { DateCell } from "../shared/date-cell";
import { RowActionButton } from "../shared/row-action-button";

export type GroupAction = "rename" | "delete" | "verify";

export function assetGroupColumns(
  onAction: (kind: GroupAction, group: AssetGroup) => void,
): Column<AssetGroup>[] {
  return [
    {
      id: "name",
      header: "Name",
      cell: (group) => <span className="font-medium break-words">{group.name}</span>,
      className: "min-w-40",
      skeleton: "h-4 w-32",
    },
    {
      id: "kind",
      header: "Kind",
      cell: (group) => GROUP_KIND_LABELS[group.kind],
      className: "whitespace-nowrap",
    },
    {
      id: "status",
      header: "Status",
      cell: (group) => <StatusBadge {...GROUP_STATUS_LOOKS[group.status]} />,
      skeleton: "h-5 w-16 rounded-full",
    },
    {
      id: "id",
      header: "Group ID",
      cell: (group) => (
        <CopyButton value={group.id} label={`Copy group ID ${group.id}`} className="font-mono text-xs">
          {group.id}
        </CopyButton>
      ),
      skeleton: "h-4 w-36",
    },
    {
      id: "assets",
      header: "Assets",
      cell: (group) => (group.assetCount === null ? "—" : group.assetCount.toLocaleString("en-US")),
      className: "text-right tabular-nums",
      skeleton: "ml-auto h-4 w-8",
    },
    {
      id: "retention",
      header: "Retention",
      cell: (group) => group.retention,
      className: "whitespace-nowrap",
    },
    {
      id: "created",
      header: "Created",
      cell: (group) => <DateCell iso={group.createdAt} />,
      skeleton: "h-8 w-20",
    },
    {
      id: "actions",
      header: <span className="sr-only">Actions</span>,
      cell: (group) => (
        <div className="flex justify-end gap-0.5">
          {group.status === "pending_validation" && group.verification ? (
            <RowActionButton
              label={`Show verification link for ${group.name}`}
              onClick={() => onAction("verify", group)}
            >
              <ShieldCheck aria-hidden />
            </RowActionButton>
          ) : null}
          <RowActionButton label={`Rename ${group.name}`} onClick={() => onAction("rename", group)}>
            <Pencil aria-hidden />
          </RowActionButton>
          <RowActionButton
            label={`Delete ${group.name}`}
            onClick={() => onAction("delete", group)}
            tone="danger"
          >
            <Trash2 aria-hidden />
          </RowActionButton>
        </div>
      ),
      className: "w-px text-right",
      skeleton: "ml-auto h-6 w-16",
    },
  ];
}
