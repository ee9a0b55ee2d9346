"use client";

import { useQueryClient } from "@tanstack/react-query";
import { FilterX } from "lucide-react";
import { useId } from "react";
import { GroupCombobox } from "@/components/shared/group-combobox";
import { Button } from "@/components/ui/button";
import { Select, type SelectOption } from "@/components/ui/select";
import {
  hasAssetFilters,
  patchAssetUrlState,
  toAssetFilters,
  type AssetUrlState,
} from "@/lib/assets/asset-url-state";
import { assetListQuery } from "@/lib/queries/assets";
import { ASSET_STATUSES, ASSET_STATUS_LABELS, type AssetStatus } from "@/lib/schemas/asset-values";
import { SearchInput } from "./search-input";

const ALL = "all";

const STATUS_OPTIONS: SelectOption[] = [
  { value: ALL, label: "All statuses" },
  ...ASSET_STATUSES.map((status) => ({ value: status, label: ASSET_STATUS_LABELS[status] })),
];

interface AssetsToolbarProps {
  state: AssetUrlState;
  onChange: (patch: Partial<AssetUrlState>) => void;
}

/** Search, the "Asset group" filter and the status filter. They change the visible rows only. */
export function AssetsToolbar({ state, onChange }: AssetsToolbarProps) {
  const id = useId();
  const queryClient = useQueryClient();
  // The group under the pointer (or the arrow keys) is asked for before the click: by the time
  // it is chosen, its rows are usually in the cache.
  const prefetchGroup = (group: string | undefined) =>
    void queryClient.prefetchQuery(
      assetListQuery(toAssetFilters(patchAssetUrlState(state, { group: group ?? null }))),
    );
  return (
    <div role="search" aria-label="Filter assets" className="flex flex-wrap items-center gap-2">
      <SearchInput value={state.q} onCommit={(q) => onChange({ q })} />
      {/* Named on screen as the seed calls it: "Use the Asset group filter". */}
      <div className="flex w-full items-center gap-2 sm:w-auto">
        <label htmlFor={`${id}-group`} className="shrink-0 text-sm font-medium">
          Asset group
        </label>
        <GroupCombobox
          id={`${id}-group`}
          value={state.group ?? undefined}
          allLabel="All groups"
          onChange={(group) => onChange({ group: group ?? null })}
          onHighlight={prefetchGroup}
          className="w-full sm:w-56"
        />
      </div>
      <Select
        aria-label="Status"
        value={state.status ?? ALL}
        onValueChange={(value) => onChange({ status: value === ALL ? null : (value as AssetStatus) })}
        options={STATUS_OPTIONS}
        className="w-full sm:w-40"
      />
      {hasAssetFilters(state) ? (
        <Button variant="ghost" size="sm" onClick={() => onChange({ q: "", group: null, status: null })}>
          <FilterX aria-hidden /> Clear filters
        </Button>
      ) : null}
    </div>
  );
}
