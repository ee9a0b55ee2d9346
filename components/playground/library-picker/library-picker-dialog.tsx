"use client";

import { useQuery } from "@tanstack/react-query";
import { Info } from "lucide-react";
import { useState } from "react";
import { NoAssetLibrary } from "@/components/shared/no-asset-library";
import { useProviderInfo } from "@/components/shell/provider-context";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { useDebouncedValue } from "@/components/ui/use-debounced";
import { isUsableAsset } from "@/lib/queries/assets";
import type { Asset, MediaType } from "@/lib/schemas/asset";
import { GENERIC_UPLOAD_MESSAGE } from "@/lib/video/capabilities";
import { ALL_GROUPS, LibraryFilters, type LibraryFilterValues } from "./library-filters";
import { firstLibraryKind, libraryPageQuery } from "./first-page";
import { LibraryResults } from "./library-results";

export interface LibraryPickerProps {
  slotLabel: string;
  mediaType: MediaType;
  multiple: boolean;
  /** How many more inputs the block takes (the model's reference limit minus what is there). */
  room: number;
  /** Asset IDs already in the block. */
  chosenIds: readonly string[];
  onPick: (assets: Asset[]) => void;
}

/**
 * "Choose from your library". Render inside an open <Dialog>; it mounts fresh each time it opens.
 * A provider without an asset library gets its reason instead of a failing list.
 */
export function LibraryPickerDialog(props: LibraryPickerProps) {
  const { assetLibraryNote } = useProviderInfo();
  if (!assetLibraryNote) return <LibraryPicker {...props} />;
  return (
    <DialogContent title="Choose from your library" description={props.slotLabel} className="max-w-3xl">
      <NoAssetLibrary note={assetLibraryNote} />
    </DialogContent>
  );
}

/**
 * The picker in a modal of its own, open while it is mounted: the media block loads the dialog's
 * code with the picker's, when "From assets" is first pointed at or opened.
 */
export function LibraryPickerModal({ onClose, ...props }: LibraryPickerProps & { onClose: () => void }) {
  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onClose())}>
      <LibraryPickerDialog {...props} />
    </Dialog>
  );
}

/** Single blocks take a card on one click; multi blocks collect cards and confirm with "Use selected". */
function LibraryPicker({ slotLabel, mediaType, multiple, room, chosenIds, onPick }: LibraryPickerProps) {
  const [filters, setFilters] = useState<LibraryFilterValues>({
    kind: firstLibraryKind(mediaType),
    search: "",
    groupId: ALL_GROUPS,
  });
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Map<string, Asset>>(new Map());
  const keyword = useDebouncedValue(filters.search.trim(), 300);
  const list = useQuery(
    libraryPageQuery({
      kind: filters.kind,
      mediaType,
      keyword: keyword || undefined,
      groupId: filters.groupId === ALL_GROUPS ? undefined : filters.groupId,
      page,
    }),
  );
  const usable = (list.data?.items ?? []).filter((asset) => isUsableAsset(asset));
  // Generic images can't be portrait references; generic video and audio go by URL.
  const uploads = filters.kind === "GENERIC" && mediaType === "image";
  const full = selected.size >= room;

  const toggle = (asset: Asset) =>
    setSelected((current) => {
      const next = new Map(current);
      if (next.has(asset.assetId)) next.delete(asset.assetId);
      else next.set(asset.assetId, asset);
      return next;
    });

  const cardProps = (asset: Asset) => {
    const added = chosenIds.includes(asset.assetId);
    const isSelected = selected.has(asset.assetId);
    return {
      selectable: multiple ? ("multiple" as const) : ("single" as const),
      selected: isSelected,
      disabled: uploads || added || (multiple && full && !isSelected),
      note: uploads ? "Not usable as a portrait reference" : added ? "Already added" : undefined,
      onClick: () => (multiple ? toggle(asset) : onPick([asset])),
    };
  };

  const footer = multiple ? (
    <div className="flex w-full flex-wrap items-center justify-between gap-3">
      <p className="text-muted text-sm" aria-live="polite">
        {selected.size} selected · {full ? "limit reached" : `up to ${room - selected.size} more`}
      </p>
      <Button disabled={selected.size === 0} onClick={() => onPick([...selected.values()])}>
        Use selected
      </Button>
    </div>
  ) : undefined;

  return (
    <DialogContent
      title="Choose from your library"
      description={`${slotLabel}: ${multiple ? "select one or more assets, then Use selected" : "click an asset to use it"}. Only Active, non-expired assets are shown.`}
      className="max-w-3xl"
      footer={footer}
    >
      <div className="space-y-4">
        <LibraryFilters
          values={filters}
          mediaType={mediaType}
          onChange={(next) => {
            setFilters((current) => ({ ...current, ...next }));
            setPage(1);
          }}
        />
        {uploads ? (
          <p className="border-warning/40 bg-warning/10 flex gap-2 rounded-md border p-3 text-sm" role="note">
            <Info className="text-warning mt-0.5 size-4 shrink-0" aria-hidden />
            {GENERIC_UPLOAD_MESSAGE}
          </p>
        ) : null}
        <LibraryResults
          page={list.data}
          usable={usable}
          isLoading={list.isPending}
          error={list.error}
          onRetry={() => void list.refetch()}
          onPage={setPage}
          cardProps={cardProps}
        />
      </div>
    </DialogContent>
  );
}
