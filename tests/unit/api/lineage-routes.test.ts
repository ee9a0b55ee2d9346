// @vitest-environment node
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { frameAssetName } from "@/lib/api/frame-asset";
import { ownVideoIdsOf } from "@/lib/api/task-records";
import type { NewTask } from "@/lib/workspace/tasks-repo";
import { newTask } from "../workspace/new-task";

// The lineage routes through the one route wrapper, on a real task index (SQLite in a temp dir)
// and the embedded emulator as the provider: a created video records the local files named in
// its query, an asset's videos come newest first with their count, a video's inputs name what
// the library and the history still hold.

type Store = typeof globalThis & Record<string, { close?: () => void } | undefined>;
const SAME_ORIGIN = { "sec-fetch-site": "same-origin" };
const ORIGIN = "http://studio.test";
const ASSET = "ta_0123456789abcdef0123456789abcdef";

let dataDir: string;

function forget() {
  const store = globalThis as Store;
  for (const key of ["__portraitStudioWorkspace", "__portraitStudioEmulator"]) {
    store[key]?.close?.();
    delete store[key];
  }
}

async function load() {
  forget();
  vi.resetModules();
  vi.stubEnv("DATA_DIR", dataDir);
  vi.stubEnv("APP_PASSWORD", "");
  vi.stubEnv("TOKEN360_API_KEY", "");
  // Tasks are accepted, never rendered: no test here waits for a video.
  vi.stubEnv("EMULATOR_VIDEO_QUEUE_MS", "600000");
  const { getWorkspace } = await import("@/lib/workspace/workspace");
  return {
    tasks: getWorkspace().tasks,
    videos: await import("@/app/api/videos/route"),
    inputs: await import("@/app/api/videos/[videoId]/inputs/route"),
    assetVideos: await import("@/app/api/assets/[assetId]/videos/route"),
  };
}

const params = <T extends Record<string, string>>(values: T) => ({ params: Promise.resolve(values) });

function row(taskId: string, createdAt: number, overrides: Partial<NewTask> = {}): NewTask {
  return newTask(taskId, {
    mode: "first_frame",
    request: { model: "seedance-2.0", prompt: `prompt of ${taskId}` },
    createdAt,
    recordedAt: createdAt,
    durationSeconds: 4,
    hasLastFrame: false,
    updatedAt: createdAt,
    ...overrides,
  });
}

beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "lineage-routes-"));
});
afterEach(() => {
  forget();
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("lineage routes", () => {
  it("records the local files a new video names in its query, and lists them among its inputs", async () => {
    const { videos, inputs } = await load();
    const files = JSON.stringify(["beach, at dusk.png", "voice.mp3"]);
    const created = await videos.POST(
      new Request(`${ORIGIN}/api/videos?mode=text_to_video&files=${encodeURIComponent(files)}`, {
        method: "POST",
        headers: { ...SAME_ORIGIN, "content-type": "application/json" },
        body: JSON.stringify({ model: "seedance-2.0", prompt: "A lighthouse at night", duration: 4 }),
      }),
    );
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    const answer = await inputs.GET(
      new Request(`${ORIGIN}/api/videos/${id}/inputs`),
      params({ videoId: id }),
    );
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({
      assets: [],
      videos: [],
      files: [{ name: "beach, at dusk.png" }, { name: "voice.mp3" }],
    });
  });

  it("refuses a files list that is not JSON, before anything is created", async () => {
    const { videos, tasks } = await load();
    const answer = await videos.POST(
      new Request(`${ORIGIN}/api/videos?files=not-json`, {
        method: "POST",
        headers: { ...SAME_ORIGIN, "content-type": "application/json" },
        body: JSON.stringify({ model: "seedance-2.0", prompt: "A lighthouse at night" }),
      }),
    );
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ error: { code: "validation_error" } });
    expect(tasks.page("emulator", { limit: 5, order: "desc" }).rows).toEqual([]);
  });

  it("lists an asset's videos newest first with their last frames and the count, or the count alone", async () => {
    const { tasks, assetVideos } = await load();
    tasks.insert(row("vid_old", 1_000, { inputAssetIds: [ASSET] }));
    tasks.insert(row("vid_new", 3_000, { inputAssetIds: [ASSET], hasLastFrame: true }));
    tasks.insert(row("vid_running", 2_000, { inputAssetIds: [ASSET], status: "in_progress" }));
    tasks.insert(row("vid_unrelated", 4_000));

    const get = (query: string) =>
      assetVideos.GET(
        new Request(`${ORIGIN}/api/assets/${ASSET}/videos${query}`),
        params({ assetId: ASSET }),
      );
    const answer = await get("?limit=2");
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({
      total: 3,
      items: [
        {
          id: "vid_new",
          prompt: "prompt of vid_new",
          status: "completed",
          createdAt: new Date(3_000).toISOString(),
          thumbnailUrl: "/api/videos/vid_new/last-frame",
          playgroundUrl: "/playground?video=vid_new",
        },
        {
          id: "vid_running",
          prompt: "prompt of vid_running",
          status: "in_progress",
          createdAt: new Date(2_000).toISOString(),
          thumbnailUrl: null,
          playgroundUrl: "/playground?video=vid_running",
        },
      ],
    });
    expect(await (await get("?limit=0")).json()).toEqual({ total: 3, items: [] });
    // A video the app took no last frame for is shown by one the server takes from the MP4.
    const all = (await (await get("")).json()) as { items: { id: string; thumbnailUrl: string }[] };
    expect(all.items.find((item) => item.id === "vid_old")?.thumbnailUrl).toBe(
      "/api/videos/vid_old/frame?at=end",
    );
  });

  it("names a video's inputs: a deleted asset by its ID, an earlier video by its prompt, a forgotten one by its ID", async () => {
    const { tasks, inputs } = await load();
    tasks.insert(row("vid_1", 1_000));
    tasks.insert(
      row("vid_2", 2_000, {
        inputAssetIds: [ASSET],
        sourceVideoIds: ["vid_1", "vid_gone"],
        inputFileNames: ["me.png"],
      }),
    );
    const answer = await inputs.GET(
      new Request(`${ORIGIN}/api/videos/vid_2/inputs`),
      params({ videoId: "vid_2" }),
    );
    expect(await answer.json()).toEqual({
      assets: [
        { assetId: ASSET, name: null, mediaType: null, thumbnailUrl: null, assetsUrl: `/assets?q=${ASSET}` },
      ],
      videos: [
        {
          id: "vid_1",
          video: expect.objectContaining({
            prompt: "prompt of vid_1",
            playgroundUrl: "/playground?video=vid_1",
          }),
        },
        { id: "vid_gone", video: null },
      ],
      files: [{ name: "me.png" }],
    });
    const missing = await inputs.GET(
      new Request(`${ORIGIN}/api/videos/vid_9/inputs`),
      params({ videoId: "vid_9" }),
    );
    expect(missing.status).toBe(404);
  });
});

describe("lineage from a request", () => {
  it("finds earlier videos in the app's own video links, once each, whatever the origin", () => {
    const link = (id: string, tail = "") => ({
      type: "video_url" as const,
      video_url: { url: `https://studio.example/api/videos/${id}/content${tail}` },
    });
    expect(
      ownVideoIdsOf({
        model: "seedance-2.0",
        prompt: "",
        input_references: [
          link("vid_a"),
          link("vid_b", "?download=1"),
          link("vid_a"),
          { type: "video_url", video_url: { url: "https://cdn.example/api/videos/vid_c/contents.mp4" } },
          { type: "image_url", image_url: { url: "asset://ta_0123456789abcdef0123456789abcdef" } },
        ],
      }),
    ).toEqual(["vid_a", "vid_b"]);
  });

  it("names a saved frame after its video: the prompt, shortened, and which frame", () => {
    expect(frameAssetName("  The hero   looks up ", "vid_1", "end")).toBe("The hero looks up · last frame");
    expect(frameAssetName("", "vid_1", 2.46)).toBe("vid_1 · frame at 2.5 s");
    const long = frameAssetName("x".repeat(100), "vid_1", "end");
    expect(long).toBe(`${"x".repeat(59)}… · last frame`);
  });
});
