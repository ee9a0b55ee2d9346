// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createFollower, type Backoff } from "@/lib/api/live/follower";
import type { Asset } from "@/lib/schemas/asset";
import type { LiveEvent } from "@/lib/schemas/live-event";
import type { VideoTask } from "@/lib/schemas/video";

// The follower against a provider kept in memory: each read is counted, and the tests change
// what the provider reports between checks. Only the clock is faked (the backoff is in seconds).

const BACKOFF: Backoff = { firstMs: 1000, maxMs: 8000, factor: 2 };

const asset = (assetId: string, status: Asset["status"] = "processing"): Asset => ({
  assetId,
  name: `Portrait ${assetId}`,
  groupId: "group-1",
  groupName: "Heroes",
  kind: "VIRTUAL_PORTRAIT",
  mediaType: "image",
  status,
  failureReason: null,
  mimeType: "image/png",
  sizeBytes: 1000,
  width: 800,
  height: 800,
  expiresAt: null,
  createdAt: "2026-12-02T10:00:00.000Z",
  previewUrl: `/api/assets/${assetId}/preview`,
});

const video = (
  id: string,
  status: VideoTask["status"] = "in_progress",
  progress: number | null = 10,
): VideoTask => ({
  id,
  status,
  progress,
  model: "seedance-2.0",
  prompt: "A character turns toward the camera",
  mode: "text_to_video",
  createdAt: "2026-12-02T10:00:00.000Z",
  updatedAt: null,
  parameters: {
    duration: 5,
    resolution: "720p",
    aspectRatio: "16:9",
    generateAudio: false,
    seed: null,
    watermark: false,
  },
  durationSeconds: null,
  contentUrl: null,
  lastFrameUrl: null,
  error: null,
});

function fakeProvider() {
  const assets = new Map<string, Asset>();
  const videos = new Map<string, VideoTask>();
  const reads: string[] = [];
  let failing = false;
  return {
    assets,
    videos,
    reads,
    fail(on: boolean) {
      failing = on;
    },
    sources: {
      asset: async (id: string) => {
        reads.push(id);
        if (failing) throw new Error("upstream unreachable");
        return assets.get(id) ?? null;
      },
      video: async (id: string) => {
        reads.push(id);
        if (failing) throw new Error("upstream unreachable");
        return videos.get(id) ?? null;
      },
    },
  };
}

const readsOf = (reads: string[], id: string) => reads.filter((read) => read === id).length;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the live follower", () => {
  it("checks a processing asset once per interval however many listeners and answers mention it", async () => {
    const provider = fakeProvider();
    provider.assets.set("ta_1", asset("ta_1"));
    const follower = createFollower(provider.sources, { backoff: BACKOFF });
    const tabs = Array.from({ length: 5 }, () => {
      const events: LiveEvent[] = [];
      follower.subscribe((event) => events.push(event));
      return events;
    });
    // Every tab's list answer mentions the same asset.
    for (let tab = 0; tab < 5; tab += 1) follower.noticeAssets([asset("ta_1")]);
    expect(follower.following()).toEqual([{ kind: "asset", id: "ta_1", delayMs: 1000 }]);

    await vi.advanceTimersByTimeAsync(1000);
    expect(readsOf(provider.reads, "ta_1")).toBe(1);

    provider.assets.set("ta_1", asset("ta_1", "active"));
    await vi.advanceTimersByTimeAsync(2000);
    expect(readsOf(provider.reads, "ta_1")).toBe(2);
    // Each tab heard of it once when it was first followed, and once when it settled.
    for (const events of tabs)
      expect(events).toEqual([
        { type: "asset", asset: asset("ta_1") },
        { type: "asset", asset: asset("ta_1", "active") },
      ]);
  });

  it("waits longer after each unchanged answer, up to the cap, and checks soon again after a change", async () => {
    const provider = fakeProvider();
    provider.videos.set("vid_1", video("vid_1"));
    const follower = createFollower(provider.sources, { backoff: BACKOFF });
    follower.subscribe(() => {});
    follower.noticeVideos([video("vid_1")]);

    const delays: number[] = [];
    for (let check = 0; check < 5; check += 1) {
      await vi.advanceTimersByTimeAsync(follower.following()[0]!.delayMs);
      delays.push(follower.following()[0]!.delayMs);
    }
    expect(delays).toEqual([2000, 4000, 8000, 8000, 8000]);
    expect(readsOf(provider.reads, "vid_1")).toBe(5);

    provider.videos.set("vid_1", video("vid_1", "in_progress", 60));
    await vi.advanceTimersByTimeAsync(8000);
    expect(follower.following()).toEqual([{ kind: "video", id: "vid_1", delayMs: 1000 }]);
  });

  it("backs off when the provider fails and tells nothing more until it answers again", async () => {
    const provider = fakeProvider();
    provider.assets.set("ta_1", asset("ta_1"));
    const errors: unknown[] = [];
    const follower = createFollower(provider.sources, {
      backoff: BACKOFF,
      onError: (error) => errors.push(error),
    });
    const events: LiveEvent[] = [];
    follower.subscribe((event) => events.push(event));
    follower.noticeAssets([asset("ta_1")]);

    provider.fail(true);
    await vi.advanceTimersByTimeAsync(1000 + 2000);
    expect(errors).toHaveLength(2);
    expect(follower.following()[0]?.delayMs).toBe(4000);
    expect(events).toEqual([{ type: "asset", asset: asset("ta_1") }]);

    provider.fail(false);
    provider.assets.set("ta_1", asset("ta_1", "failed"));
    await vi.advanceTimersByTimeAsync(4000);
    expect(events.at(-1)).toEqual({ type: "asset", asset: asset("ta_1", "failed") });
    expect(events).toHaveLength(2);
  });

  it("lets go of an item once it settles and never asks about it again", async () => {
    const provider = fakeProvider();
    provider.videos.set("vid_1", video("vid_1", "completed", 100));
    const follower = createFollower(provider.sources, { backoff: BACKOFF });
    const events: LiveEvent[] = [];
    follower.subscribe((event) => events.push(event));
    follower.noticeVideos([video("vid_1", "queued", null)]);

    await vi.advanceTimersByTimeAsync(1000);
    expect(follower.following()).toEqual([]);
    expect(events).toEqual([
      { type: "video", video: video("vid_1", "queued", null) },
      { type: "video", video: video("vid_1", "completed", 100) },
    ]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(provider.reads).toEqual(["vid_1"]);
  });

  it("lets go when another answer already shows the item settled, and tells every listener", async () => {
    const provider = fakeProvider();
    const follower = createFollower(provider.sources, { backoff: BACKOFF });
    const events: LiveEvent[] = [];
    follower.subscribe((event) => events.push(event));
    follower.noticeAssets([asset("ta_1"), asset("ta_2", "active")]);
    expect(follower.following().map((item) => item.id)).toEqual(["ta_1"]);

    follower.noticeAssets([asset("ta_1", "active")]);
    expect(follower.following()).toEqual([]);
    expect(events).toEqual([
      { type: "asset", asset: asset("ta_1") },
      { type: "asset", asset: asset("ta_1", "active") },
    ]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(provider.reads).toEqual([]);
  });

  it("says an item is gone when the provider no longer has it", async () => {
    const provider = fakeProvider();
    const follower = createFollower(provider.sources, { backoff: BACKOFF });
    const events: LiveEvent[] = [];
    follower.subscribe((event) => events.push(event));
    follower.noticeAssets([asset("ta_deleted")]);

    await vi.advanceTimersByTimeAsync(1000);
    expect(events.at(-1)).toEqual({ type: "gone", kind: "asset", id: "ta_deleted" });
    expect(follower.following()).toEqual([]);
  });

  it("follows nothing while nobody listens, and stops everything when the last listener leaves", async () => {
    const provider = fakeProvider();
    provider.assets.set("ta_1", asset("ta_1"));
    provider.videos.set("vid_1", video("vid_1"));
    const follower = createFollower(provider.sources, { backoff: BACKOFF });

    follower.noticeAssets([asset("ta_1")]);
    expect(follower.following()).toEqual([]);

    const leaveFirst = follower.subscribe(() => {});
    const leaveSecond = follower.subscribe(() => {});
    follower.noticeAssets([asset("ta_1")]);
    follower.noticeVideos([video("vid_1")]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(provider.reads.sort()).toEqual(["ta_1", "vid_1"]);

    leaveFirst();
    expect(follower.following()).toHaveLength(2);
    leaveSecond();
    expect(follower.listenerCount()).toBe(0);
    expect(follower.following()).toEqual([]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(provider.reads).toHaveLength(2);
  });

  it("drops an answer that arrives after everyone left", async () => {
    const provider = fakeProvider();
    let release: (value: Asset) => void = () => {};
    const slow = {
      ...provider.sources,
      asset: () => new Promise<Asset>((resolve) => (release = resolve)),
    };
    const follower = createFollower(slow, { backoff: BACKOFF });
    const events: LiveEvent[] = [];
    const leave = follower.subscribe((event) => events.push(event));
    follower.noticeAssets([asset("ta_1")]);
    await vi.advanceTimersByTimeAsync(1000);

    leave();
    release(asset("ta_1", "active"));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(events).toEqual([{ type: "asset", asset: asset("ta_1") }]);
    expect(follower.following()).toEqual([]);
  });

  it("checks every followed asset with one list of the processing ones, and by id only once one leaves it", async () => {
    const provider = fakeProvider();
    let lists = 0;
    const sources = {
      ...provider.sources,
      processingAssets: async () => {
        lists += 1;
        return [...provider.assets.values()].filter((item) => item.status === "processing");
      },
    };
    const ids = Array.from({ length: 10 }, (_, index) => `ta_${index}`);
    for (const id of ids) provider.assets.set(id, asset(id));
    const follower = createFollower(sources, { backoff: BACKOFF });
    const events: LiveEvent[] = [];
    follower.subscribe((event) => events.push(event));
    follower.noticeAssets(ids.map((id) => asset(id)));
    events.length = 0;

    await vi.advanceTimersByTimeAsync(1000 + 2000 + 4000);
    expect(lists).toBe(3);
    expect(provider.reads).toEqual([]);
    expect(follower.following().every((item) => item.delayMs === 8000)).toBe(true);

    provider.assets.set("ta_3", asset("ta_3", "active"));
    await vi.advanceTimersByTimeAsync(8000);
    expect(lists).toBe(4);
    expect(provider.reads).toEqual(["ta_3"]);
    expect(events).toEqual([{ type: "asset", asset: asset("ta_3", "active") }]);
    expect(follower.following()).toHaveLength(9);
    expect(follower.following()[0]?.delayMs).toBe(1000);
  });

  it("follows a processing asset that only the processing list shows (an upload made elsewhere)", async () => {
    const provider = fakeProvider();
    provider.assets.set("ta_1", asset("ta_1"));
    provider.assets.set("ta_elsewhere", asset("ta_elsewhere"));
    const sources = {
      ...provider.sources,
      processingAssets: async () => [...provider.assets.values()],
    };
    const follower = createFollower(sources, { backoff: BACKOFF });
    const events: LiveEvent[] = [];
    follower.subscribe((event) => events.push(event));
    follower.noticeAssets([asset("ta_1")]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(follower.following().map((item) => item.id)).toEqual(["ta_1", "ta_elsewhere"]);
    expect(events.at(-1)).toEqual({ type: "asset", asset: asset("ta_elsewhere") });
  });

  it("follows at most maxItems items", () => {
    const provider = fakeProvider();
    const follower = createFollower(provider.sources, { backoff: BACKOFF, maxItems: 2 });
    follower.subscribe(() => {});
    follower.noticeAssets([asset("ta_1"), asset("ta_2"), asset("ta_3")]);
    expect(follower.following().map((item) => item.id)).toEqual(["ta_1", "ta_2"]);
  });
});
