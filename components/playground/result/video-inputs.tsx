"use client";

import { useQuery } from "@tanstack/react-query";
import { FileIcon, ImageOff } from "lucide-react";
import Link from "next/link";
import { LineageVideoLink } from "@/components/shared/lineage-video-link";
import { Skeleton } from "@/components/ui/skeleton";
import { videoInputsQuery } from "@/lib/queries/lineage";
import type { LineageAsset } from "@/lib/schemas/lineage";

function AssetInputLink({ asset }: { asset: LineageAsset }) {
  const name = asset.name ?? "Deleted asset";
  return (
    <Link
      href={asset.assetsUrl}
      aria-label={`Open asset ${asset.name ?? asset.assetId} in Assets`}
      className="hover:bg-surface-2 flex min-w-0 items-center gap-3 rounded-md p-1"
    >
      <span className="border-border bg-surface-2 text-muted grid size-12 shrink-0 place-items-center overflow-hidden rounded-md border">
        {asset.thumbnailUrl ? (
          // The app's own thumbnail route; next/image adds nothing here.
          // eslint-disable-next-line @next/next/no-img-element
          <img src={asset.thumbnailUrl} alt="" loading="lazy" className="size-full object-cover" />
        ) : (
          <ImageOff className="size-4" aria-hidden />
        )}
      </span>
      <span className="min-w-0">
        <span className={`block truncate text-sm ${asset.name ? "" : "text-muted italic"}`}>{name}</span>
        <span className="text-muted block truncate font-mono text-xs">{asset.assetId}</span>
      </span>
    </Link>
  );
}

/**
 * What a video was made from, as the task index recorded it: library assets (linking to Assets),
 * earlier videos (opening them here) and local files by name. Nothing shows for a text-only video.
 */
export function VideoInputs({
  videoId,
  onOpenVideo,
}: {
  videoId: string;
  onOpenVideo: (videoId: string) => void;
}) {
  const query = useQuery(videoInputsQuery(videoId));
  // A video made elsewhere (or before the index) has no recorded inputs: nothing to list.
  if (query.error) return null;
  if (!query.data) return <Skeleton className="h-10 w-full" />;
  const { assets, videos, files } = query.data;
  if (assets.length + videos.length + files.length === 0) return null;
  return (
    <section aria-labelledby={`inputs-${videoId}`} className="border-border space-y-2 border-t pt-3">
      <h3 id={`inputs-${videoId}`} className="text-sm font-semibold">
        Inputs
      </h3>
      <ul className="space-y-1" aria-label="Inputs of this video">
        {assets.map((asset) => (
          <li key={`asset:${asset.assetId}`}>
            <AssetInputLink asset={asset} />
          </li>
        ))}
        {videos.map(({ id, video }) => (
          <li key={`video:${id}`}>
            {video ? (
              <LineageVideoLink video={video} onOpen={onOpenVideo} />
            ) : (
              <p className="text-muted p-1 text-sm">
                An earlier video no longer in the history (<span className="font-mono text-xs">{id}</span>)
              </p>
            )}
          </li>
        ))}
        {files.map((file) => (
          <li key={`file:${file.name}`} className="flex min-w-0 items-center gap-3 p-1 text-sm">
            <span className="border-border bg-surface-2 text-muted grid size-12 shrink-0 place-items-center rounded-md border">
              <FileIcon className="size-4" aria-hidden />
            </span>
            <span className="min-w-0">
              <span className="block truncate">{file.name}</span>
              <span className="text-muted block text-xs">Local file</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
