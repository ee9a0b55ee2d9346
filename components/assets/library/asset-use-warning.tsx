"use client";

import { useQuery } from "@tanstack/react-query";
import { assetVideosQuery } from "@/lib/queries/lineage";
import type { Asset } from "@/lib/schemas/asset";

/** The delete confirmation's words: what stops working, and how many videos used the asset. */
export function AssetUseWarning({ asset }: { asset: Pick<Asset, "assetId"> }) {
  const query = useQuery(assetVideosQuery(asset.assetId, 0));
  const used = query.data?.total ?? 0;
  return (
    <>
      Requests that use asset://{asset.assetId} will stop working.
      {used > 0 ? (
        <>
          {" "}
          <strong className="text-fg font-medium">
            {used === 1 ? "1 video was" : `${used} videos were`} made with it
          </strong>
          ; {used === 1 ? "it stays" : "they stay"} in the history, but {used === 1 ? "its" : "their"} inputs
          will list the asset as deleted.
        </>
      ) : null}
    </>
  );
}
