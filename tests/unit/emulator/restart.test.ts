// @vitest-environment node
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import {
  call,
  createGroup,
  ffmpegRunningIn,
  KEY_A,
  quickVideo,
  testEmulator,
  waitFor,
  type Json,
} from "./fixtures";
import { makeImage, probeBytes } from "./media";

// Real renders: allow for a busy machine.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

const quick = quickVideo("Restart me");

describe("restart in the middle of work", () => {
  it("finishes asset processing after a restart", async () => {
    const env = testEmulator({ timeScale: 1, assetProcessingMs: 1500 });
    const group = await createGroup(env.emulator, KEY_A, "G");
    const asset = (await call(env.emulator, KEY_A).upload({ groupId: group }, { bytes: await makeImage() }))
      .json.data as Json;
    expect(asset.status).toBe("processing");
    const again = await env.restart();
    const api = call(again, KEY_A);
    await waitFor(
      () => api.get(`/assets/${asset.assetId as string}`),
      (r) => (r.json.data as Json).status === "active",
    );
  });

  it("kills a running render on close and completes it after the restart", async () => {
    const env = testEmulator({ timeScale: 1, videoQueueMs: 0, renderMinMs: 30_000 });
    const id = (await call(env.emulator, KEY_A).post("/videos", { ...quick, duration: 8 })).json.id as string;
    // Close while ffmpeg is actually encoding.
    await waitFor(
      async () => ffmpegRunningIn(env.dataDir).length,
      (count) => count > 0,
    );
    await env.emulator.close();
    expect(ffmpegRunningIn(env.dataDir)).toEqual([]);
    expect(readdirSync(path.join(env.dataDir, "emulator", "tmp"))).toEqual([]);

    const again = await env.restart({ renderMinMs: 200 });
    const api = call(again, KEY_A);
    const done = await waitFor(
      () => api.get(`/videos/${id}`),
      (r) => r.json.status === "completed",
      30_000,
    );
    const bytes = Buffer.from(await (await again.fetch(new Request(done.json.url as string))).arrayBuffer());
    const probe = await probeBytes(bytes);
    expect(Math.abs(Number(probe.format.duration) - 8)).toBeLessThanOrEqual(0.1);
  });

  it("re-queues a queued task on start and runs it when its queue time has passed", async () => {
    let now = Date.now();
    const env = testEmulator({ timeScale: 1, videoQueueMs: 60_000, renderMinMs: 0, now: () => now });
    const id = (await call(env.emulator, KEY_A).post("/videos", quick)).json.id as string;
    now += 61_000;
    const again = await env.restart();
    const done = await waitFor(
      () => call(again, KEY_A).get(`/videos/${id}`),
      (r) => r.json.status === "completed",
      30_000,
    );
    expect(done.json.status).toBe("completed");
  });
});
