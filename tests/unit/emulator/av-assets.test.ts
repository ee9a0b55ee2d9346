// @vitest-environment node
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ffmpeg from "@ffmpeg-installer/ffmpeg";
import { describe, expect, it } from "vitest";
import {
  activePortraitAsset,
  call,
  createGroup,
  KEY_A,
  renderAndWait,
  testEmulator,
  waitFor,
  type Json,
} from "./fixtures";
import { makeImage, makeWav } from "./media";

// Video and audio uploads into the generic library (UPSTREAM.md §1.5), and their use by URL.

function makeMp4(seconds: number, size = "720x720"): Buffer {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "av-")), "clip.mp4");
  execFileSync(ffmpeg.path, [
    "-hide_banner",
    "-loglevel",
    "error",
    "-y",
    "-f",
    "lavfi",
    "-i",
    `testsrc=size=${size}:rate=24:duration=${seconds}`,
    "-pix_fmt",
    "yuv420p",
    "-c:v",
    "libx264",
    "-preset",
    "ultrafast",
    out,
  ]);
  return readFileSync(out);
}

const upload = (
  env: ReturnType<typeof testEmulator>,
  bytes: Buffer,
  name: string,
  type: string,
  fields = {},
) => call(env.emulator, KEY_A).upload({ retentionDays: "1", name, ...fields }, { bytes, name, type });

describe("video and audio assets", () => {
  it("takes an MP4 into the generic library, turns it Active with a poster frame and a fetchable URL", async () => {
    const env = testEmulator();
    const res = await upload(env, makeMp4(3), "clip.mp4", "video/mp4");
    expect(res.status).toBe(200);
    const data = res.json.data as Json;
    expect(data).toMatchObject({ mediaType: "video", assetType: "Video", mimeType: "video/mp4", width: 720 });
    expect(data.assetId).toMatch(/^ua_/);
    expect(data.expiresAt).not.toBeNull();
    const api = call(env.emulator, KEY_A);
    const active = await waitFor(
      () => api.get(`/assets/${data.assetId as string}`),
      (r) => (r.json.data as Json).status === "active",
    );
    const thumb = await env.emulator.fetch(new Request((active.json.data as Json).thumbnailUrl as string));
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get("content-type")).toBe("image/webp");

    const video = await renderAndWait(env.emulator, KEY_A, {
      model: "seedance-2.0",
      prompt: "Extend <Video 1>, the pattern keeps moving",
      duration: 4,
      resolution: "480p",
      generate_audio: false,
      input_references: [{ type: "video_url", role: "reference_video", video_url: { url: data.url } }],
    });
    expect(video).toMatchObject({ status: "completed", mode: "extend_video" });
  });

  it("takes a WAV as an audio asset with a waveform thumbnail", async () => {
    const env = testEmulator();
    const res = await upload(env, makeWav(3), "voice.wav", "audio/wav");
    expect(res.status).toBe(200);
    expect(res.json.data).toMatchObject({ mediaType: "audio", assetType: "Audio", width: null });
    const thumb = await env.emulator.fetch(new Request((res.json.data as Json).thumbnailUrl as string));
    expect(thumb.status).toBe(200);
  });

  it.each([
    [
      "a one-second clip",
      () => makeWav(1),
      "short.wav",
      "audio/wav",
      /lasts 1\.0 s; audio must be 2–15 s long/,
    ],
    ["a frame below the pixel range", () => makeMp4(3, "480x480"), "small.mp4", "video/mp4", /pixels/],
  ])("refuses %s, saying why", async (_name, make, name, type, message) => {
    const res = await upload(testEmulator(), make(), name, type);
    expect(res.status).toBe(400);
    expect(res.json.msg).toMatch(message);
  });

  it("keeps videos out of portrait groups", async () => {
    const env = testEmulator();
    const groupId = await createGroup(env.emulator, KEY_A);
    const res = await upload(env, makeMp4(3), "clip.mp4", "video/mp4", { groupId });
    expect(res.status).toBe(400);
    expect(res.json.msg).toMatch(/take images only/);
  });

  it("renders a reference task with one Real Face and one Virtual Portrait asset (seed 003)", async () => {
    const env = testEmulator();
    const virtual = await activePortraitAsset(env.emulator, KEY_A);
    const api = call(env.emulator, KEY_A);
    const group = (await api.post("/asset-groups", { name: "Alice", groupKind: "REAL_FACE" })).json
      .data as Json;
    await env.emulator.fetch(
      new Request(group.h5Link as string, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "decision=pass",
        redirect: "manual",
      }),
    );
    const real = await api.upload(
      { groupId: group.groupId as string, name: "alice" },
      { bytes: await makeImage() },
    );
    const realId = (real.json.data as Json).assetId as string;
    await waitFor(
      () => api.get(`/assets/${realId}`),
      (r) => (r.json.data as Json).status === "active",
    );
    const video = await renderAndWait(env.emulator, KEY_A, {
      model: "seedance-2.0",
      prompt: "<Image 1> greets <Image 2> in a sunny park",
      duration: 4,
      resolution: "480p",
      generate_audio: false,
      input_references: [
        { type: "image_url", role: "reference_image", image_url: { url: `asset://${realId}` } },
        { type: "image_url", role: "reference_image", image_url: { url: `asset://${virtual.assetId}` } },
      ],
    });
    expect(video).toMatchObject({ status: "completed", mode: "reference_images" });
  });
});
