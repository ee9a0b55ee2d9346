import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AssetUseWarning } from "@/components/assets/library/asset-use-warning";
import { frameOfPlayer } from "@/components/playground/result/save-frame-button";
import { SaveFrameDialog } from "@/components/playground/result/save-frame-dialog";
import type { Asset } from "@/lib/schemas/asset";
import { renderWithQuery, stubApi } from "./render-with-query";

// Save frame as asset in the browser: which frame the player stands on, the two clicks (open,
// then a group), the new asset followed until Active before it can be the next first frame;
// and the delete confirmation's count of videos that used an asset.

const asset = (status: Asset["status"]): Asset =>
  ({
    assetId: "ta_0123456789abcdef0123456789abcdef",
    name: "The hero looks up · frame at 2.3 s",
    status,
    mediaType: "image",
    kind: "VIRTUAL_PORTRAIT",
    groupId: "grp_heroes",
    groupName: "Heroes",
    width: 864,
    height: 480,
    sizeBytes: 120_000,
    createdAt: "2026-12-02T12:00:00.000Z",
    expiresAt: null,
    previewUrl: "/api/assets/ta_0123456789abcdef0123456789abcdef/preview",
  }) as Asset;

const groups = (names: string[]) => ({
  items: names.map((name, index) => ({
    id: `grp_${index}`,
    name,
    kind: "VIRTUAL_PORTRAIT",
    status: "active",
  })),
  total: names.length,
  page: 1,
  pageSize: 100,
});

afterEach(() => vi.unstubAllGlobals());

describe("which frame is saved", () => {
  const player = (state: Partial<HTMLVideoElement>) =>
    ({ ended: false, currentTime: 0, duration: 4, ...state }) as HTMLVideoElement;

  it("is the one the player was scrubbed or paused at, to a tenth of a second", () => {
    expect(frameOfPlayer(player({ currentTime: 2.34 }))).toBe(2.3);
  });

  it("is the last frame when the player is at the start, at the end, or has ended", () => {
    expect(frameOfPlayer(null)).toBe("end");
    expect(frameOfPlayer(player({ currentTime: 0 }))).toBe("end");
    expect(frameOfPlayer(player({ currentTime: 3.99 }))).toBe("end");
    expect(frameOfPlayer(player({ ended: true, currentTime: 4 }))).toBe("end");
  });
});

describe("Save frame as asset", () => {
  it("saves into the group clicked, follows the asset to Active, then offers it as the first frame", async () => {
    let polls = 0;
    const { calls } = stubApi((url, init) => {
      if (url.pathname === "/api/asset-groups") return groups(["Heroes", "Villains"]);
      if (url.pathname === "/api/videos/vid_1/frame-asset" && init?.method === "POST")
        return asset("processing");
      if (url.pathname.startsWith("/api/assets/ta_"))
        return asset((polls += 1) > 1 ? "active" : "processing");
      throw new Error(`unexpected ${url.pathname}`);
    });
    const onUseAsFirstFrame = vi.fn();
    const onOpenChange = vi.fn();
    const user = userEvent.setup();
    renderWithQuery(
      <SaveFrameDialog
        open
        onOpenChange={onOpenChange}
        videoId="vid_1"
        at={2.3}
        lastFrameUrl={null}
        onUseAsFirstFrame={onUseAsFirstFrame}
      />,
    );
    expect(screen.getByRole("dialog", { name: "Save frame as asset" })).toHaveTextContent(
      "Saves the frame at 0:02.3 of this video",
    );
    expect(screen.getByRole("img", { name: "Preview of the frame at 0:02.3" })).toHaveAttribute(
      "src",
      "/api/videos/vid_1/frame?at=2.3",
    );
    const groupsQuery = calls.find((call) => call.url.pathname === "/api/asset-groups")!.url.searchParams;
    expect(Object.fromEntries(groupsQuery)).toMatchObject({ kind: "VIRTUAL_PORTRAIT", status: "active" });

    await user.click(await screen.findByRole("button", { name: "Save into Villains" }));
    const posted = calls.find((call) => call.init?.method === "POST")!;
    expect(JSON.parse(String(posted.init!.body))).toEqual({ groupId: "grp_1", at: 2.3 });

    const saved = await screen.findByRole("status");
    expect(saved).toHaveTextContent("Saved as The hero looks up · frame at 2.3 s in Heroes.");
    const use = screen.getByRole("button", { name: "Use as first frame (once Active)" });
    expect(use).toBeDisabled();
    const ready = await screen.findByRole("button", { name: "Use as first frame" }, { timeout: 5000 });
    await user.click(ready);
    expect(onUseAsFirstFrame).toHaveBeenCalledWith(expect.objectContaining({ status: "active" }));
    expect(onOpenChange).toHaveBeenCalledWith(false);
  });

  it("says where to make a group when there is no active Virtual Portrait group", async () => {
    stubApi(() => groups([]));
    renderWithQuery(
      <SaveFrameDialog
        open
        onOpenChange={vi.fn()}
        videoId="vid_1"
        at="end"
        lastFrameUrl="/api/videos/vid_1/last-frame"
      />,
    );
    expect(await screen.findByRole("link", { name: "Create one in Assets" })).toHaveAttribute(
      "href",
      "/assets",
    );
    expect(screen.getByRole("img", { name: "Preview of the last frame" })).toHaveAttribute(
      "src",
      "/api/videos/vid_1/last-frame",
    );
  });
});

describe("the delete-asset warning", () => {
  it("says how many videos used the asset", async () => {
    const { calls } = stubApi(() => ({ total: 3, items: [] }));
    renderWithQuery(<AssetUseWarning asset={{ assetId: "ta_0123456789abcdef0123456789abcdef" }} />);
    await waitFor(() => expect(document.body).toHaveTextContent("3 videos were made with it"));
    expect(calls[0]!.url.pathname + calls[0]!.url.search).toBe(
      "/api/assets/ta_0123456789abcdef0123456789abcdef/videos?limit=0",
    );
  });

  it("says only what stops working when no video used it", async () => {
    stubApi(() => ({ total: 0, items: [] }));
    renderWithQuery(<AssetUseWarning asset={{ assetId: "ta_0123456789abcdef0123456789abcdef" }} />);
    await waitFor(() => expect(document.body).toHaveTextContent("Requests that use asset://"));
    expect(document.body).not.toHaveTextContent("made with it");
  });
});
