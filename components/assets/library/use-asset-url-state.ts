"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import {
  parseAssetUrlState,
  patchAssetUrlState,
  toAssetSearch,
  type AssetUrlState,
} from "@/lib/assets/asset-url-state";

/**
 * The Assets table's filters and page, read from and written to the URL.
 *
 * Written with history.replaceState, which Next's router picks up (useSearchParams updates):
 * router.replace would first fetch a fresh server render of this dynamic route, adding a round
 * trip before every filter change, while nothing on the server depends on these parameters.
 * Replace, not push: typing a search must not fill the history.
 */
export function useAssetUrlState() {
  const params = useSearchParams();
  const pathname = usePathname();
  const state = useMemo(() => parseAssetUrlState(params), [params]);
  const update = useCallback(
    (patch: Partial<AssetUrlState>) => {
      const next = patchAssetUrlState(state, patch);
      window.history.replaceState(null, "", `${pathname}${toAssetSearch(next)}`);
    },
    [state, pathname],
  );
  return [state, update] as const;
}
