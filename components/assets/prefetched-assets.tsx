import "server-only";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { hasPageSession } from "@/lib/api/page-session";
import { presentAssetPage } from "@/lib/api/present";
import { parseAssetUrlState, toAssetFilters } from "@/lib/assets/asset-url-state";
import { assetGroupChoicesQuery } from "@/lib/queries/asset-groups";
import { assetListQuery } from "@/lib/queries/assets";
import { assetSchema, listAssetsQuerySchema } from "@/lib/schemas/asset";
import { assetGroupSchema, listAssetGroupsQuerySchema } from "@/lib/schemas/asset-group";
import { pageSchema } from "@/lib/schemas/page";
import { listAssetGroups, listAssets } from "@/lib/token360";

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * How long the HTML waits for the provider. A healthy one answers well within it; a slow or
 * unreachable one (retries with backoff) would hold the page back, so the browser asks itself
 * instead and shows the error, or the rows, as soon as they come.
 */
const PREFETCH_BUDGET_MS = 500;

const toUrlParams = (params: SearchParams) =>
  new URLSearchParams(
    Object.entries(params).flatMap(([key, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return first === undefined ? [] : [[key, first]];
    }),
  );

/**
 * The first page of assets and the group list, fetched while the page renders on the server and
 * handed to the browser's query cache: the first rows are in the HTML instead of waiting for the
 * scripts to load and ask. Same keys and same shapes as the browser's own queries (parsed with the
 * same schemas), so the cache cannot tell the difference. A failed or slow prefetch is simply left
 * out: the browser then asks itself and shows the error with its retry.
 */
export async function PrefetchedAssets({
  searchParams,
  children,
}: {
  searchParams: Promise<SearchParams>;
  children: ReactNode;
}) {
  const queryClient = new QueryClient();
  // The layout sends visitors without a session away; nothing is fetched for them meanwhile.
  if (await hasPageSession()) {
    const filters = toAssetFilters(parseAssetUrlState(toUrlParams(await searchParams)));
    const groups = assetGroupChoicesQuery();
    const prefetched = Promise.all([
      queryClient.prefetchQuery({
        queryKey: assetListQuery(filters).queryKey,
        queryFn: async () =>
          pageSchema(assetSchema).parse(
            presentAssetPage(await listAssets(listAssetsQuerySchema.parse(filters))),
          ),
      }),
      queryClient.prefetchQuery({
        queryKey: groups.queryKey,
        queryFn: async () =>
          pageSchema(assetGroupSchema).parse(
            await listAssetGroups(listAssetGroupsQuerySchema.parse(groups.queryKey[2])),
          ),
      }),
    ]);
    await Promise.race([prefetched, new Promise((resolve) => setTimeout(resolve, PREFETCH_BUDGET_MS))]);
  }
  return <HydrationBoundary state={dehydrate(queryClient)}>{children}</HydrationBoundary>;
}
