import { describe, expect, it } from "vitest";
import {
  DEFAULT_ASSET_URL_STATE,
  hasAssetFilters,
  parseAssetUrlState,
  patchAssetUrlState,
  toAssetFilters,
  toAssetSearch,
} from "@/lib/assets/asset-url-state";

const parse = (query: string) => parseAssetUrlState(new URLSearchParams(query));

describe("the Assets table's URL state", () => {
  it("reads every filter and the page from the query string", () => {
    expect(parse("q=hero&group=grp_1&status=processing&page=3")).toEqual({
      q: "hero",
      group: "grp_1",
      status: "processing",
      page: 3,
    });
  });

  it("falls back to the defaults for anything unreadable", () => {
    expect(parse("page=-2&status=done&group=../../etc")).toEqual(DEFAULT_ASSET_URL_STATE);
    expect(parse("page=1.5").page).toBe(1);
  });

  it("writes only what differs from the defaults", () => {
    expect(toAssetSearch(DEFAULT_ASSET_URL_STATE)).toBe("");
    expect(toAssetSearch({ ...DEFAULT_ASSET_URL_STATE, q: "ta_ab", page: 2 })).toBe("?q=ta_ab&page=2");
  });

  it("round-trips through the URL", () => {
    const state = { q: "hero front", group: "grp_9f86", status: "active" as const, page: 4 };
    expect(parse(toAssetSearch(state).slice(1))).toEqual(state);
  });

  it("goes back to page 1 when a filter changes", () => {
    const onPage3 = { ...DEFAULT_ASSET_URL_STATE, page: 3 };
    expect(patchAssetUrlState(onPage3, { group: "grp_1" }).page).toBe(1);
    expect(patchAssetUrlState(onPage3, { q: "x" }).page).toBe(1);
    expect(patchAssetUrlState(onPage3, { page: 4 }).page).toBe(4);
    expect(patchAssetUrlState(onPage3, { status: null }).page).toBe(3);
  });

  it("knows when any filter is set", () => {
    expect(hasAssetFilters(DEFAULT_ASSET_URL_STATE)).toBe(false);
    expect(hasAssetFilters({ ...DEFAULT_ASSET_URL_STATE, page: 5 })).toBe(false);
    expect(hasAssetFilters({ ...DEFAULT_ASSET_URL_STATE, status: "failed" })).toBe(true);
  });

  it("becomes a server-side query of 50 rows", () => {
    expect(toAssetFilters({ q: "", group: "grp_1", status: null, page: 2 })).toEqual({
      page: 2,
      pageSize: 50,
      keyword: undefined,
      groupId: "grp_1",
      status: undefined,
    });
  });
});
