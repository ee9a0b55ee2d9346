"use client";

import { useQuery } from "@tanstack/react-query";
import { LineageVideoLink } from "@/components/shared/lineage-video-link";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { assetVideosQuery } from "@/lib/queries/lineage";

/** The videos made with an asset, newest first, each linking to it in the Playground. */
export function AssetVideos({ assetId }: { assetId: string }) {
  const query = useQuery(assetVideosQuery(assetId));
  const total = query.data?.total ?? 0;
  const shown = query.data?.items.length ?? 0;
  return (
    <section aria-labelledby="asset-videos-title" className="space-y-2">
      <h3 id="asset-videos-title" className="text-sm font-semibold">
        Videos made with this asset{query.data && total > 0 ? ` (${total})` : ""}
      </h3>
      {query.error ? (
        <ErrorState
          title="Could not load its videos"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : !query.data ? (
        <Skeleton className="h-16 w-full" />
      ) : total === 0 ? (
        <p className="text-muted text-sm">No video made in this app has used it yet.</p>
      ) : (
        <>
          <ul className="grid gap-1 sm:grid-cols-2">
            {query.data.items.map((video) => (
              <li key={video.id}>
                <LineageVideoLink video={video} />
              </li>
            ))}
          </ul>
          {total > shown ? (
            <p className="text-muted text-xs">
              The newest {shown} of {total} are shown.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
