import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { anyAnswer, objectAnswer, pageAnswer } from "@/lib/client/answer";
import { fetchJson } from "@/lib/client/fetch-json";
import { assetGroupsUrl, assetGroupUrl } from "@/lib/schemas/app-urls";
import type { AssetGroup, CreateAssetGroupInput, GroupKind, GroupStatus } from "@/lib/schemas/asset-group";

export interface AssetGroupFilters {
  page?: number;
  pageSize?: number;
  keyword?: string;
  kind?: GroupKind;
  status?: GroupStatus;
}

const groupAnswer = objectAnswer<AssetGroup>("id", "name", "kind", "status");
const groupPageAnswer = pageAnswer<AssetGroup>();

export const assetGroupKeys = {
  all: ["asset-groups"] as const,
  lists: () => [...assetGroupKeys.all, "list"] as const,
  list: (filters: AssetGroupFilters) => [...assetGroupKeys.lists(), filters] as const,
  detail: (groupId: string) => [...assetGroupKeys.all, "detail", groupId] as const,
};

/** The largest page the API serves; one page holds every group of a typical team. */
export const ASSET_GROUPS_PAGE_SIZE = 100;

/** Pending Real Face groups are followed until they settle. */
const PENDING_GROUP_POLL_MS = 2000;

export const assetGroupListQuery = (filters: AssetGroupFilters = {}) =>
  queryOptions({
    queryKey: assetGroupKeys.list(filters),
    queryFn: ({ signal }) => fetchJson(groupPageAnswer, assetGroupsUrl(filters), { signal }),
    refetchInterval: (query) =>
      query.state.data?.items.some((group) => group.status === "pending_validation")
        ? PENDING_GROUP_POLL_MS
        : false,
  });

export const assetGroupQuery = (groupId: string) =>
  queryOptions({
    queryKey: assetGroupKeys.detail(groupId),
    queryFn: ({ signal }) => fetchJson(groupAnswer, assetGroupUrl(groupId), { signal }),
    refetchInterval: (query) =>
      query.state.data?.status === "pending_validation" ? PENDING_GROUP_POLL_MS : false,
  });

export const createAssetGroup = (input: CreateAssetGroupInput): Promise<AssetGroup> =>
  fetchJson(groupAnswer, assetGroupsUrl(), { method: "POST", json: input });

export const renameAssetGroup = (groupId: string, name: string): Promise<AssetGroup> =>
  fetchJson(groupAnswer, assetGroupUrl(groupId), { method: "PATCH", json: { name } });

export const deleteAssetGroup = (groupId: string): Promise<unknown> =>
  fetchJson(anyAnswer, assetGroupUrl(groupId), { method: "DELETE" });

/** The groups offered by pickers (upload destination, "Asset group" filter): the first full page. */
export const assetGroupChoicesQuery = () =>
  assetGroupListQuery({ page: 1, pageSize: ASSET_GROUPS_PAGE_SIZE });

/** One page of a searchable group picker; small enough to come fast, "Load more" asks for the next. */
export const GROUP_SEARCH_PAGE_SIZE = 50;

/**
 * The groups a searchable picker offers, searched on the server (keyword on the name) and paged:
 * every group can be found, however many there are, without loading them all.
 */
export const assetGroupSearchQuery = (filters: { keyword?: string; kind?: GroupKind } = {}) =>
  infiniteQueryOptions({
    queryKey: [...assetGroupKeys.lists(), "search", filters] as const,
    queryFn: ({ pageParam, signal }) =>
      fetchJson(
        groupPageAnswer,
        assetGroupsUrl({ ...filters, page: pageParam, pageSize: GROUP_SEARCH_PAGE_SIZE }),
        { signal },
      ),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
