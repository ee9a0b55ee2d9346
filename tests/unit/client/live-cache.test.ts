import { QueryClient, type InfiniteData } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { assetKeys } from "@/lib/queries/assets";
import { applyLiveEvent } from "@/lib/queries/live-cache";
import { videoKeys } from "@/lib/queries/videos";
import type { Asset } from "@/lib/schemas/asset";
import { readLiveEvent } from "@/lib/schemas/live-event";
import type { CursorPage, Page } from "@/lib/schemas/page";
import type { VideoTask } from "@/lib/schemas/video";

// A live event in a tab's query cache: the item's new state replaces the old wherever it is
// held; an item the tab does not list yet makes its lists fetch once.

const asset = (assetId: string, status: Asset["status"]) => ({ assetId, name: assetId, status }) as Asset;
const task = (id: string, status: VideoTask["status"], progress: number | null = null) =>
  ({ id, status, progress, prompt: "p", providerListed: true }) as VideoTask;

const pageOf = (items: Asset[]): Page<Asset> => ({ items, total: items.length, page: 1, pageSize: 50 });

describe("applyLiveEvent", () => {
  it("turns a listed asset Active in every list and in its detail, and fetches nothing", () => {
    const client = new QueryClient();
    const listKey = assetKeys.list({});
    const filteredKey = assetKeys.list({ groupId: "g1" });
    client.setQueryData(listKey, pageOf([asset("ta_1", "processing"), asset("ta_2", "active")]));
    client.setQueryData(filteredKey, pageOf([asset("ta_1", "processing")]));
    client.setQueryData(assetKeys.detail("ta_1"), asset("ta_1", "processing"));

    applyLiveEvent(client, { type: "asset", asset: asset("ta_1", "active") });

    expect(client.getQueryData<Page<Asset>>(listKey)?.items.map((item) => item.status)).toEqual([
      "active",
      "active",
    ]);
    expect(client.getQueryData<Page<Asset>>(filteredKey)?.items[0]?.status).toBe("active");
    expect(client.getQueryData<Asset>(assetKeys.detail("ta_1"))?.status).toBe("active");
    // Marked stale for a status filter, but not refetched now.
    expect(client.getQueryState(listKey)?.isInvalidated).toBe(true);
    expect(client.isFetching()).toBe(0);
  });

  it("marks the lists for a fetch when the asset is not listed yet (an upload from another tab)", () => {
    const client = new QueryClient();
    const listKey = assetKeys.list({});
    client.setQueryData(listKey, pageOf([asset("ta_2", "active")]));
    applyLiveEvent(client, { type: "asset", asset: asset("ta_new", "processing") });
    expect(client.getQueryState(listKey)?.isInvalidated).toBe(true);
    expect(client.getQueryData<Page<Asset>>(listKey)?.items).toHaveLength(1);
  });

  it("updates a task's progress in the history pages and its detail, keeping what the event lacks", () => {
    const client = new QueryClient();
    const historyKey = videoKeys.list(10);
    const history: InfiniteData<CursorPage<VideoTask>> = {
      pages: [{ items: [task("vid_1", "queued")], hasMore: false, firstId: "vid_1", lastId: "vid_1" }],
      pageParams: [undefined],
    };
    client.setQueryData(historyKey, history);
    client.setQueryData(videoKeys.detail("vid_1"), { ...task("vid_1", "queued"), request: { model: "m" } });

    const { providerListed: _, ...update } = task("vid_1", "in_progress", 40);
    applyLiveEvent(client, { type: "video", video: update as VideoTask });

    const item = client.getQueryData<typeof history>(historyKey)?.pages[0]?.items[0];
    expect(item).toMatchObject({ status: "in_progress", progress: 40, providerListed: true });
    expect(client.getQueryData(videoKeys.detail("vid_1"))).toMatchObject({
      status: "in_progress",
      request: { model: "m" },
    });
    expect(client.getQueryState(historyKey)?.isInvalidated).toBe(false);
  });
});

describe("readLiveEvent", () => {
  it("reads the three kinds of event and refuses anything else", () => {
    expect(readLiveEvent(JSON.stringify({ type: "asset", asset: asset("ta_1", "active") }))?.type).toBe(
      "asset",
    );
    expect(readLiveEvent(JSON.stringify({ type: "video", video: task("vid_1", "failed") }))?.type).toBe(
      "video",
    );
    expect(readLiveEvent(JSON.stringify({ type: "gone", kind: "video", id: "vid_1" }))?.type).toBe("gone");
    expect(readLiveEvent(JSON.stringify({ type: "asset", asset: { status: "active" } }))).toBeNull();
    expect(readLiveEvent(JSON.stringify({ type: "gone", kind: "group", id: "g1" }))).toBeNull();
    expect(readLiveEvent("not json")).toBeNull();
  });
});
