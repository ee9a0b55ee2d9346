import { describe, expect, it } from "vitest";
import { mergeTaskPages } from "@/lib/api/merge-task-list";
import type { CursorPage } from "@/lib/schemas/page";
import type { VideoTaskRecord } from "@/lib/schemas/video";

// The history page from the task index and the provider's list: one entry per task, the
// provider's live status, the index's Playground mode, and the index's rows kept (marked) once
// the provider forgets them.

function record(id: string, minute: number, overrides: Partial<VideoTaskRecord> = {}): VideoTaskRecord {
  return {
    id,
    status: "completed",
    progress: 100,
    model: "seedance-2.0",
    prompt: `prompt ${id}`,
    mode: null,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
    updatedAt: null,
    parameters: {
      duration: 5,
      resolution: "720p",
      aspectRatio: "16:9",
      generateAudio: false,
      seed: null,
      watermark: false,
    },
    durationSeconds: 5,
    hasLastFrame: false,
    error: null,
    ...overrides,
  };
}

const page = (items: VideoTaskRecord[], hasMore = false): CursorPage<VideoTaskRecord> => ({
  items,
  hasMore,
  firstId: items[0]?.id ?? null,
  lastId: items.at(-1)?.id ?? null,
});

const ids = (result: ReturnType<typeof mergeTaskPages>) => result.items.map((item) => item.record.id);

describe("merging the task index with the provider's list", () => {
  it("lists a task both hold once, with the provider's status and the index's mode", () => {
    const indexed = record("a", 1, { status: "queued", progress: 0, mode: "edit_video" });
    const listed = record("a", 1, { status: "in_progress", progress: 40, mode: "multimodal_reference" });
    const result = mergeTaskPages({
      index: { items: [indexed], hasMore: false },
      provider: page([listed]),
      limit: 10,
      order: "desc",
    });
    expect(result.items).toEqual([
      { record: { ...listed, mode: indexed.mode }, source: "both", providerListed: true },
    ]);
  });

  it("keeps the provider's mode when the index has none", () => {
    const result = mergeTaskPages({
      index: { items: [record("a", 1)], hasMore: false },
      provider: page([record("a", 1, { mode: "reference_images" })]),
      limit: 10,
      order: "desc",
    });
    expect(result.items[0]?.record.mode).toBe("reference_images");
  });

  it("keeps index rows the provider no longer lists, marked as such", () => {
    const result = mergeTaskPages({
      index: { items: [record("new", 3), record("old", 1)], hasMore: false },
      provider: page([record("new", 3)]),
      limit: 10,
      order: "desc",
    });
    expect(
      result.items.map(({ record: r, source, providerListed }) => [r.id, source, providerListed]),
    ).toEqual([
      ["new", "both", true],
      ["old", "index", false],
    ]);
  });

  it("adds the provider's tasks the app did not create, in time order", () => {
    const result = mergeTaskPages({
      index: { items: [record("mine", 2)], hasMore: false },
      provider: page([record("curl-later", 3), record("mine", 2), record("curl-earlier", 1)]),
      limit: 10,
      order: "desc",
    });
    expect(ids(result)).toEqual(["curl-later", "mine", "curl-earlier"]);
    expect(result.items.map((item) => item.source)).toEqual(["provider", "both", "provider"]);
  });

  it("answers from the index alone for a provider without a list, with 'listed' unknown", () => {
    const result = mergeTaskPages({
      index: { items: [record("b", 2), record("a", 1)], hasMore: true },
      provider: null,
      limit: 2,
      order: "desc",
    });
    expect(ids(result)).toEqual(["b", "a"]);
    expect(result.items.every((item) => item.providerListed === null && item.source === "index")).toBe(true);
    expect(result.hasMore).toBe(true);
  });

  it("cuts at the limit and says more follow when either source has more", () => {
    const cut = mergeTaskPages({
      index: { items: [record("c", 3), record("a", 1)], hasMore: false },
      provider: page([record("b", 2)]),
      limit: 2,
      order: "desc",
    });
    expect(ids(cut)).toEqual(["c", "b"]);
    expect(cut.hasMore).toBe(true);
    const providerHasMore = mergeTaskPages({
      index: { items: [], hasMore: false },
      provider: page([record("b", 2)], true),
      limit: 5,
      order: "desc",
    });
    expect(providerHasMore.hasMore).toBe(true);
    const done = mergeTaskPages({
      index: { items: [record("a", 1)], hasMore: false },
      provider: page([record("a", 1)]),
      limit: 5,
      order: "desc",
    });
    expect(done.hasMore).toBe(false);
  });

  it("orders oldest first when asked, ties broken by id", () => {
    const result = mergeTaskPages({
      index: { items: [record("b", 1), record("c", 2)], hasMore: false },
      provider: page([record("a", 1)]),
      limit: 10,
      order: "asc",
    });
    expect(ids(result)).toEqual(["a", "b", "c"]);
  });
});
