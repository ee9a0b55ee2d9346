"use client";

import { useState } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { assetPreviewUrl } from "@/lib/schemas/app-urls";
import type { Asset } from "@/lib/schemas/asset";
import { formatBytes } from "@/lib/ui/format";
import { AssetStatus } from "./asset-status";
import { AssetVideos } from "./asset-videos";

/** The full-size image, with the facts needed to use it in a request and the videos made with it. */
export function AssetPreviewDialog({
  open,
  onOpenChange,
  asset,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  asset: Asset;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent title={asset.name} className="max-w-3xl">
        <div className="space-y-4">
          <PreviewImage key={asset.assetId} asset={asset} />
          <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-2 text-sm">
            <dt className="text-muted">Asset ID</dt>
            <dd>
              <CopyButton
                value={asset.assetId}
                label={`Copy asset ID ${asset.assetId}`}
                className="font-mono text-xs"
              >
                {asset.assetId}
              </CopyButton>
            </dd>
            <dt className="text-muted">Status</dt>
            <dd>
              <AssetStatus asset={asset} />
            </dd>
            <dt className="text-muted">File</dt>
            <dd>
              {asset.width && asset.height ? `${asset.width} × ${asset.height} px · ` : ""}
              {formatBytes(asset.sizeBytes)}
            </dd>
          </dl>
          <AssetVideos assetId={asset.assetId} />
        </div>
      </DialogContent>
    </Dialog>
  );
}

function PreviewImage({ asset }: { asset: Asset }) {
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");
  const src = assetPreviewUrl(asset.assetId, "full");
  return (
    <div className="bg-surface-2 relative grid min-h-64 place-items-center overflow-hidden rounded-lg">
      {state === "loading" ? <Skeleton className="absolute inset-0 rounded-none" /> : null}
      {state === "failed" ? (
        <p className="text-muted p-6 text-sm">The preview could not be loaded.</p>
      ) : (
        // Served by the app from its own cache; a plain lazy <img> keeps it one request.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={src}
          alt={`Preview of ${asset.name}`}
          className="max-h-[60vh] w-auto object-contain"
          onLoad={() => setState("ready")}
          onError={() => setState("failed")}
        />
      )}
    </div>
  );
}
