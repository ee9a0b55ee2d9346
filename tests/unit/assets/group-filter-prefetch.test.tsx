import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AssetsToolbar } from "@/components/assets/library/assets-toolbar";
import { DEFAULT_ASSET_URL_STATE } from "@/lib/assets/asset-url-state";
import { assetKeys } from "@/lib/queries/assets";
import type { AssetGroup } from "@/lib/schemas/asset-group";
import { renderWithQuery, stubApi } from "../playground/render-with-query";

const group = (id: string, name: string): AssetGroup => ({
  id,
  name,
  kind: "VIRTUAL_PORTRAIT",
  status: "active",
  retention: "No fixed expiry",
  assetCount: 1,
  createdAt: null,
  verification: null,
});
const GROUPS = [group("grp_a", "Heroes"), group("grp_b", "Villains")];

afterEach(() => vi.unstubAllGlobals());

describe("the Asset group filter", () => {
  it("asks for a group's rows while it is pointed at or reached with the arrows, before it is chosen", async () => {
    const { calls } = stubApi((url) =>
      url.pathname === "/api/asset-groups"
        ? { items: GROUPS, total: GROUPS.length, page: 1, pageSize: 50 }
        : { items: [], total: 0, page: 1, pageSize: 50 },
    );
    const onChange = vi.fn();
    const state = { ...DEFAULT_ASSET_URL_STATE, q: "hero", page: 3 };
    const { client } = renderWithQuery(<AssetsToolbar state={state} onChange={onChange} />);
    const listRequests = () =>
      calls.filter((call) => call.url.pathname === "/api/assets").map((call) => call.url.searchParams);

    fireEvent.click(screen.getByRole("combobox", { name: "Asset group" }));
    fireEvent.mouseMove(await screen.findByRole("option", { name: "Villains" }));
    // The rows the filter will show: same search, that group, back to page 1.
    await waitFor(() => expect(listRequests()).toHaveLength(1));
    expect(Object.fromEntries(listRequests()[0]!)).toEqual({
      page: "1",
      pageSize: "50",
      keyword: "hero",
      groupId: "grp_b",
    });
    const key = assetKeys.list({ page: 1, pageSize: 50, keyword: "hero", groupId: "grp_b" });
    await waitFor(() =>
      expect(client.getQueryData(key)).toEqual({ items: [], total: 0, page: 1, pageSize: 50 }),
    );

    fireEvent.keyDown(screen.getByRole("searchbox", { name: "Search groups" }), { key: "ArrowUp" });
    await waitFor(() => expect(listRequests().map((params) => params.get("groupId"))).toContain("grp_a"));
    expect(onChange).not.toHaveBeenCalled();
  });
});
