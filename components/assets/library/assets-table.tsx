"use client";

import { useQuery } from "@tanstack/react-query";
import { ImagePlus, SearchX } from "lucide-react";
import { useEffect, useMemo, type ComponentProps, type ReactNode } from "react";
import { pageTableState } from "@/components/shared/page-table-state";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { whenOpened } from "@/components/ui/lazy-load";
import {
  ASSETS_PAGE_SIZE,
  hasAssetFilters,
  toAssetFilters,
  type AssetUrlState,
} from "@/lib/assets/asset-url-state";
import { assetGroupKeys } from "@/lib/queries/asset-groups";
import { assetKeys, assetListQuery, deleteAsset, renameAsset } from "@/lib/queries/assets";
import type { Asset } from "@/lib/schemas/asset";
import { useRowAction } from "../shared/use-row-action";
import { assetColumns, type AssetAction } from "./asset-columns";
import { AssetUseWarning } from "./asset-use-warning";

// The row dialogs load when first opened, not with the page; the rename rule (a zod schema)
// comes with its dialog.
const AssetPreviewDialog = whenOpened(() =>
  import("./asset-preview-dialog").then((m) => m.AssetPreviewDialog),
);
const ConfirmDeleteDialog = whenOpened(() =>
  import("@/components/shared/confirm-delete-dialog").then((m) => m.ConfirmDeleteDialog),
);
const RenameDialog = whenOpened(async () => {
  const schemas = import("@/lib/schemas/asset");
  const { RenameDialog: Dialog } = await import("@/components/shared/rename-dialog");
  const { renameAssetInputSchema } = await schemas;
  return function RenameAssetDialog(props: Omit<ComponentProps<typeof Dialog>, "schema">) {
    return <Dialog {...props} schema={renameAssetInputSchema} />;
  };
});

interface AssetsTableProps {
  state: AssetUrlState;
  onChange: (patch: Partial<AssetUrlState>) => void;
  /** The empty state's call to action (the section's Upload). */
  uploadAction: ReactNode;
}

/** One server-side page of assets; the list polls itself while any row is Processing. */
export function AssetsTable({ state, onChange, uploadAction }: AssetsTableProps) {
  const query = useQuery(assetListQuery(toAssetFilters(state)));
  const action = useRowAction<AssetAction, Asset>();
  const columns = useMemo(() => assetColumns(action.open), [action.open]);
  const asset = action.row;
  const filtered = hasAssetFilters(state);
  const total = query.data?.total;
  const lastPage = Math.max(1, Math.ceil((total ?? 0) / ASSETS_PAGE_SIZE));

  // Deleting the last rows of the last page (or an old link) leaves a page past the end.
  useEffect(() => {
    if (total !== undefined && !query.isPlaceholderData && state.page > lastPage)
      onChange({ page: lastPage });
  }, [total, lastPage, state.page, query.isPlaceholderData, onChange]);

  const empty = filtered ? (
    <EmptyState
      icon={<SearchX aria-hidden />}
      title="No assets match these filters"
      description="Try another name or asset ID, or show every group."
      action={
        <Button variant="secondary" onClick={() => onChange({ q: "", group: null, status: null })}>
          Clear filters
        </Button>
      }
    />
  ) : (
    <EmptyState
      icon={<ImagePlus aria-hidden />}
      title="No assets yet"
      description="Upload character images into an active group. They show Processing while the provider registers them."
      action={uploadAction}
    />
  );

  return (
    <div className="space-y-3">
      <DataTable
        caption="Assets"
        columns={columns}
        {...pageTableState(query)}
        rowKey={(row) => row.assetId}
        errorTitle="Could not load assets"
        empty={empty}
      />
      {query.data && query.data.total > 0 ? (
        <Pagination
          page={state.page}
          pageSize={ASSETS_PAGE_SIZE}
          total={query.data.total}
          noun="Asset"
          onPageChange={(page) => onChange({ page })}
        />
      ) : null}
      {asset ? (
        <>
          <AssetPreviewDialog {...action.dialogProps("preview")} asset={asset} />
          <RenameDialog
            {...action.dialogProps("rename")}
            title="Rename asset"
            label="Display name"
            currentName={asset.name}
            save={(name) => renameAsset(asset.assetId, name)}
            invalidate={[assetKeys.all]}
          />
          <ConfirmDeleteDialog
            {...action.dialogProps("delete")}
            title={`Delete “${asset.name}”?`}
            description={<AssetUseWarning asset={asset} />}
            confirmLabel="Delete asset"
            remove={() => deleteAsset(asset.assetId)}
            invalidate={[assetKeys.all, assetGroupKeys.all]}
            successTitle="Asset deleted"
          />
        </>
      ) : null}
    </div>
  );
}
