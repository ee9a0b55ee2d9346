import { queryOptions } from "@tanstack/react-query";
import { anyAnswer, objectAnswer, pageAnswer } from "@/lib/client/answer";
import { fetchJson } from "@/lib/client/fetch-json";
import { assetsUrl, assetUrl } from "@/lib/schemas/app-urls";
import type { Asset, AssetStatus, MediaType } from "@/lib/schemas/asset";
import type { GroupKind } from "@/lib/schemas/asset-group";
import { isLive } from "./live-status";

export interface AssetFilters {
  page?: number;
  pageSize?: number;
  keyword?: string;
  groupId?: string;
  kind?: GroupKind;
  status?: AssetStatus;
  mediaType?: MediaType;
}

const assetAnswer = objectAnswer<Asset>("assetId", "name", "status", "mediaType");
const assetPageAnswer = pageAnswer<Asset>();

export const assetKeys = {
  all: ["assets"] as const,
  lists: () => [...assetKeys.all, "list"] as const,
  list: (filters: AssetFilters) => [...assetKeys.lists(), filters] as const,
  detail: (assetId: string) => [...assetKeys.all, "detail", assetId] as const,
};

/** While any visible asset is Processing, the list refreshes itself until it settles (unless live). */
const PROCESSING_POLL_MS = 1500;

export const assetListQuery = (filters: AssetFilters = {}) =>
  queryOptions({
    queryKey: assetKeys.list(filters),
    queryFn: ({ signal }) => fetchJson(assetPageAnswer, assetsUrl(filters), { signal }),
    placeholderData: (previous) => previous,
    refetchInterval: (query) =>
      !isLive() && query.state.data?.items.some((asset) => asset.status === "processing")
        ? PROCESSING_POLL_MS
        : false,
  });

export const assetQuery = (assetId: string) =>
  queryOptions({
    queryKey: assetKeys.detail(assetId),
    queryFn: ({ signal }) => fetchJson(assetAnswer, assetUrl(assetId), { signal }),
    refetchInterval: (query) =>
      !isLive() && query.state.data?.status === "processing" ? PROCESSING_POLL_MS : false,
  });

export const renameAsset = (assetId: string, name: string): Promise<Asset> =>
  fetchJson(assetAnswer, assetUrl(assetId), { method: "PATCH", json: { name } });

export const deleteAsset = (assetId: string): Promise<unknown> =>
  fetchJson(anyAnswer, assetUrl(assetId), { method: "DELETE" });

/** Usable as a video input: active and not past its retention. */
export const isUsableAsset = (asset: Asset, now = Date.now()) =>
  asset.status === "active" && (asset.expiresAt === null || Date.parse(asset.expiresAt) > now);
