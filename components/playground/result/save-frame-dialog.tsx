"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Check, FolderPlus } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { ASSET_STATUS_LOOKS } from "@/components/shared/status-looks";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent } from "@/components/ui/dialog";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { StatusBadge } from "@/components/ui/status-badge";
import { ASSET_GROUPS_PAGE_SIZE, assetGroupListQuery } from "@/lib/queries/asset-groups";
import { assetKeys, assetQuery } from "@/lib/queries/assets";
import { saveFrameAsAsset } from "@/lib/queries/lineage";
import type { Asset } from "@/lib/schemas/asset";
import type { FrameAt } from "@/lib/schemas/lineage";
import { videoFrameUrl } from "@/lib/schemas/app-urls";

/** "the last frame" or "the frame at 0:03.2". */
export function describeFrame(at: FrameAt): string {
  if (at === "end") return "the last frame";
  const minutes = Math.floor(at / 60);
  const seconds = (at - minutes * 60).toFixed(1).padStart(4, "0");
  return `the frame at ${minutes}:${seconds}`;
}

interface SaveFrameDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  videoId: string;
  at: FrameAt;
  /** The provider's own last frame, when it kept one (shown instead of one taken from the MP4). */
  lastFrameUrl: string | null;
  onUseAsFirstFrame?: (asset: Asset) => void;
}

/**
 * "Save frame as asset": choosing a Virtual Portrait group saves the frame at once (the second
 * click), then the new asset is followed until it is Active and can be the next shot's first frame.
 */
export function SaveFrameDialog({
  open,
  onOpenChange,
  videoId,
  at,
  lastFrameUrl,
  onUseAsFirstFrame,
}: SaveFrameDialogProps) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (groupId: string) => saveFrameAsAsset(videoId, { groupId, at }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: assetKeys.lists() }),
  });
  const preview = at === "end" && lastFrameUrl ? lastFrameUrl : videoFrameUrl(videoId, at);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) mutation.reset();
        onOpenChange(next);
      }}
    >
      <DialogContent
        title="Save frame as asset"
        description={`Saves ${describeFrame(at)} of this video as a new asset, named after the video.`}
        footer={
          <DialogClose asChild>
            <Button variant="secondary">{mutation.data ? "Close" : "Cancel"}</Button>
          </DialogClose>
        }
      >
        <div className="space-y-4">
          {/* The frame, taken by the server from the MP4 (or the provider's own last frame). */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={preview}
            alt={`Preview of ${describeFrame(at)}`}
            className="border-border bg-surface-2 mx-auto max-h-56 w-auto rounded-md border"
          />
          {mutation.data ? (
            <SavedAsset
              asset={mutation.data}
              onUseAsFirstFrame={onUseAsFirstFrame}
              onDone={() => onOpenChange(false)}
            />
          ) : (
            <GroupChoice
              pending={mutation.isPending ? mutation.variables : null}
              onChoose={(id) => mutation.mutate(id)}
            />
          )}
          {mutation.error ? <ErrorState title="The frame could not be saved" error={mutation.error} /> : null}
        </div>
      </DialogContent>
    </Dialog>
  );
}

/** The active Virtual Portrait groups, each a button that saves into it. */
function GroupChoice({ pending, onChoose }: { pending: string | null; onChoose: (groupId: string) => void }) {
  const [filter, setFilter] = useState("");
  const query = useQuery(
    assetGroupListQuery({ kind: "VIRTUAL_PORTRAIT", status: "active", pageSize: ASSET_GROUPS_PAGE_SIZE }),
  );
  if (query.error)
    return (
      <ErrorState
        title="Could not load your groups"
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  if (!query.data) return <Skeleton className="h-24 w-full" />;
  const groups = query.data.items.filter((group) =>
    group.name.toLowerCase().includes(filter.trim().toLowerCase()),
  );
  if (query.data.items.length === 0) {
    return (
      <p className="text-muted text-sm">
        No active Virtual Portrait group yet.{" "}
        <Link href="/assets" className="text-accent underline">
          Create one in Assets
        </Link>
        , then save the frame into it.
      </p>
    );
  }
  return (
    <fieldset className="space-y-2" disabled={pending !== null}>
      <legend className="text-sm font-medium">Save into a Virtual Portrait group</legend>
      {query.data.items.length > 6 ? (
        <input
          type="search"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          placeholder="Find a group"
          aria-label="Find a group"
          className="border-border bg-surface w-full rounded-md border px-3 py-1.5 text-sm"
        />
      ) : null}
      <ul className="max-h-56 space-y-1 overflow-y-auto">
        {groups.map((group) => (
          <li key={group.id}>
            <Button
              variant="secondary"
              className="w-full justify-start"
              aria-label={`Save into ${group.name}`}
              onClick={() => onChoose(group.id)}
            >
              <FolderPlus aria-hidden />
              <span className="truncate">
                {pending === group.id ? `Saving into ${group.name}…` : group.name}
              </span>
            </Button>
          </li>
        ))}
      </ul>
      {groups.length === 0 ? <p className="text-muted text-sm">No group matches “{filter}”.</p> : null}
    </fieldset>
  );
}

/** The new asset, followed until the provider has registered it (Processing, then Active). */
function SavedAsset({
  asset,
  onUseAsFirstFrame,
  onDone,
}: {
  asset: Asset;
  onUseAsFirstFrame?: (asset: Asset) => void;
  onDone: () => void;
}) {
  const query = useQuery({ ...assetQuery(asset.assetId), initialData: asset });
  const current = query.data;
  const active = current.status === "active";
  return (
    <div className="border-border space-y-3 rounded-md border p-3" role="status">
      <div className="flex items-start justify-between gap-3">
        <p className="flex min-w-0 items-start gap-2 text-sm">
          <Check className="text-success mt-0.5 size-4 shrink-0" aria-hidden />
          <span className="min-w-0 break-words">
            Saved as <strong className="font-medium">{current.name}</strong>
            {current.groupName ? ` in ${current.groupName}` : ""}.
          </span>
        </p>
        <StatusBadge {...ASSET_STATUS_LOOKS[current.status]} />
      </div>
      {onUseAsFirstFrame ? (
        <Button
          disabled={!active}
          onClick={() => {
            onUseAsFirstFrame(current);
            onDone();
          }}
        >
          {active ? "Use as first frame" : "Use as first frame (once Active)"}
        </Button>
      ) : null}
    </div>
  );
}
