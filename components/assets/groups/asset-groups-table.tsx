"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { FolderPlus } from "lucide-react";
import { useMemo, useState, type ComponentProps, type ReactNode } from "react";
import { pageTableState } from "@/components/shared/page-table-state";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { whenOpened } from "@/components/ui/lazy-load";
import {
  ASSET_GROUPS_PAGE_SIZE,
  assetGroupKeys,
  assetGroupListQuery,
  deleteAssetGroup,
  renameAssetGroup,
} from "@/lib/queries/asset-groups";
import { assetKeys } from "@/lib/queries/assets";
import type { AssetGroup } from "@/lib/schemas/asset-group";
import { useRowAction } from "../shared/use-row-action";
import { assetGroupColumns, type GroupAction } from "./asset-group-columns";

// The row dialogs load when first opened, not with the page (the verification one brings the QR
// code library); the rename rule (a zod schema) comes with its dialog.
const VerificationDialog = whenOpened(() =>
  import("./verification-dialog").then((m) => m.VerificationDialog),
);
const ConfirmDeleteDialog = whenOpened(() =>
  import("@/components/shared/confirm-delete-dialog").then((m) => m.ConfirmDeleteDialog),
);
const RenameDialog = whenOpened(async () => {
  const schemas = import("@/lib/schemas/asset-group");
  const { RenameDialog: Dialog } = await import("@/components/shared/rename-dialog");
  const { renameAssetGroupInputSchema } = await schemas;
  return function RenameGroupDialog(props: Omit<ComponentProps<typeof Dialog>, "schema">) {
    return <Dialog {...props} schema={renameAssetGroupInputSchema} />;
  };
});

interface AssetGroupsTableProps {
  /** The empty state's call to action (the section's "New group"). */
  createAction: ReactNode;
  onGroupDeleted: (groupId: string) => void;
  /** An expired verification's way out: a fresh Real Face group. */
  onCreateRealFace: () => void;
}

export function AssetGroupsTable({ createAction, onGroupDeleted, onCreateRealFace }: AssetGroupsTableProps) {
  const [page, setPage] = useState(1);
  const query = useQuery({
    ...assetGroupListQuery({ page, pageSize: ASSET_GROUPS_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const action = useRowAction<GroupAction, AssetGroup>();
  const columns = useMemo(() => assetGroupColumns(action.open), [action.open]);
  const group = action.row;
  const count = group?.assetCount ?? 0;

  return (
    <div className="space-y-3">
      <DataTable
        caption="Asset groups"
        columns={columns}
        {...pageTableState(query)}
        rowKey={(row) => row.id}
        errorTitle="Could not load asset groups"
        skeletonRows={3}
        empty={
          <EmptyState
            icon={<FolderPlus aria-hidden />}
            title="No asset groups yet"
            description="Create a Virtual Portrait group, then upload character images into it."
            action={createAction}
          />
        }
      />
      {query.data && query.data.total > ASSET_GROUPS_PAGE_SIZE ? (
        <Pagination
          page={page}
          pageSize={ASSET_GROUPS_PAGE_SIZE}
          total={query.data.total}
          noun="Asset group"
          onPageChange={setPage}
        />
      ) : null}
      {group ? (
        <>
          <RenameDialog
            {...action.dialogProps("rename")}
            title="Rename asset group"
            label="Group name"
            currentName={group.name}
            save={(name) => renameAssetGroup(group.id, name)}
            invalidate={[assetGroupKeys.all, assetKeys.all]}
          />
          <ConfirmDeleteDialog
            {...action.dialogProps("delete")}
            title={`Delete “${group.name}”?`}
            description={
              count > 0
                ? `Its ${count.toLocaleString("en-US")} ${count === 1 ? "asset is" : "assets are"} deleted too.`
                : "Any assets in the group are deleted too."
            }
            confirmLabel="Delete group"
            remove={() => deleteAssetGroup(group.id)}
            invalidate={[assetGroupKeys.all, assetKeys.all]}
            successTitle="Asset group deleted"
            onDeleted={() => onGroupDeleted(group.id)}
          />
          <VerificationDialog
            {...action.dialogProps("verify")}
            group={group}
            onCreateNew={onCreateRealFace}
          />
        </>
      ) : null}
    </div>
  );
}
