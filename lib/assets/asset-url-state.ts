import { ASSET_STATUSES, type AssetStatus } from "@/lib/schemas/asset-values";
import { GROUP_ID_PATTERN } from "@/lib/schemas/id-patterns";
import type { AssetFilters } from "@/lib/queries/assets";

// The Assets table's filters and page, kept in the URL so a view can be shared, bookmarked
// and restored by Back. Anything unreadable in the URL falls back to the default.

export const ASSETS_PAGE_SIZE = 50;
const MAX_KEYWORD = 200;

export interface AssetUrlState {
  page: number;
  /** Search by display name or asset ID. */
  q: string;
  /** "Asset group" filter: changes the visible rows only. */
  group: string | null;
  status: AssetStatus | null;
}

export const DEFAULT_ASSET_URL_STATE: AssetUrlState = { page: 1, q: "", group: null, status: null };

interface ReadableParams {
  get(name: string): string | null;
}

export function parseAssetUrlState(params: ReadableParams): AssetUrlState {
  const page = Number(params.get("page"));
  const group = params.get("group");
  const status = params.get("status");
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    q: (params.get("q") ?? "").trim().slice(0, MAX_KEYWORD),
    group: group && GROUP_ID_PATTERN.test(group) ? group : null,
    status: (ASSET_STATUSES as readonly string[]).includes(status ?? "") ? (status as AssetStatus) : null,
  };
}

/** The query string for a state, leaving defaults out ("" when everything is default). */
export function toAssetSearch(state: AssetUrlState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  if (state.group) params.set("group", state.group);
  if (state.status) params.set("status", state.status);
  if (state.page > 1) params.set("page", String(state.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** Applies a change; changing any filter goes back to page 1 (the old page may not exist). */
export function patchAssetUrlState(state: AssetUrlState, patch: Partial<AssetUrlState>): AssetUrlState {
  const next = { ...state, ...patch };
  const filterChanged = next.q !== state.q || next.group !== state.group || next.status !== state.status;
  if (filterChanged && patch.page === undefined) next.page = 1;
  return next;
}

export const hasAssetFilters = (state: AssetUrlState) => Boolean(state.q || state.group || state.status);

/** The server-side query for a state. */
export const toAssetFilters = (state: AssetUrlState): AssetFilters => ({
  page: state.page,
  pageSize: ASSETS_PAGE_SIZE,
  keyword: state.q || undefined,
  groupId: state.group ?? undefined,
  status: state.status ?? undefined,
});
