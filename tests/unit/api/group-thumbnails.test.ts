// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from "vitest";

const listAssets = vi.fn();
vi.mock("@/lib/token360", () => ({ listAssets }));

const { assetIdsInGroup } = await import("@/lib/api/group-thumbnails");

const page = (ids: string[], total: number) => ({ items: ids.map((assetId) => ({ assetId })), total });

beforeEach(() => listAssets.mockReset());

describe("assetIdsInGroup", () => {
  it("reads every page of the group before it is deleted", async () => {
    const first = Array.from({ length: 100 }, (_, i) => `ta_${String(i).padStart(32, "0")}`);
    listAssets.mockResolvedValueOnce(page(first, 101)).mockResolvedValueOnce(page(["ta_last"], 101));
    const ids = await assetIdsInGroup("grp_1");
    expect(ids).toHaveLength(101);
    expect(listAssets).toHaveBeenNthCalledWith(2, { page: 2, pageSize: 100, groupId: "grp_1" });
  });

  it("gives up quietly when the list fails, so the delete still happens", async () => {
    listAssets.mockRejectedValueOnce(new Error("upstream down"));
    await expect(assetIdsInGroup("grp_1")).resolves.toEqual([]);
  });
});
