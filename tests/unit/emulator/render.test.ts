// @vitest-environment node
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  activePortraitAsset,
  KEY_A,
  renderAndWait,
  startEmulator,
  type Json,
  type TestEmulator,
} from "./fixtures";
import { dataUrl, makeImage, makeWav, probeBytes, type ProbeResult } from "./media";

// Real renders: allow for a busy machine.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

// Real renders, checked with ffprobe. Short and 480p wherever the rule under test allows.
let env: TestEmulator;
let base: Json;
beforeAll(async () => {
  env = startEmulator({ renderConcurrency: 2, assetProcessingMs: 0 });
  base = await renderAndWait(env.emulator, KEY_A, {
    model: "seedance-2.0",
    prompt: "A paper boat drifts down a rainy street",
    duration: 4,
    resolution: "480p",
    aspect_ratio: "16:9",
    generate_audio: true,
    return_last_frame: true,
  });
}, 60_000);
afterAll(async () => env?.dispose());

async function download(video: Json): Promise<Buffer> {
  const res = await env.emulator.fetch(new Request(video.url as string));
  return Buffer.from(await res.arrayBuffer());
}

function expectVideo(
  probe: ProbeResult,
  size: { width: number; height: number },
  seconds: number,
  audio: boolean,
) {
  const video = probe.streams.find((s) => s.codec_type === "video")!;
  expect(video).toMatchObject({ codec_name: "h264", pix_fmt: "yuv420p", ...size });
  expect(Math.abs(Number(probe.format.duration) - seconds)).toBeLessThanOrEqual(0.1);
  expect(Math.abs(Number(video.duration) - seconds)).toBeLessThanOrEqual(0.1);
  expect(probe.streams.some((s) => s.codec_type === "audio" && s.codec_name === "aac")).toBe(audio);
}

const frame = (url: string, frame_type = "first_frame") => ({
  type: "image_url",
  frame_type,
  image_url: { url },
});

describe("rendered MP4s", () => {
  it("renders text-to-video as H.264 with the exact duration, size and an audio track", async () => {
    expect(base.status).toBe("completed");
    expectVideo(await probeBytes(await download(base)), { width: 854, height: 480 }, 4, true);
    const bytes = await download(base);
    // +faststart: the moov atom comes before the media data.
    expect(bytes.indexOf("moov")).toBeLessThan(bytes.indexOf("mdat"));
    const last = await env.emulator.fetch(new Request((base.content as Json).last_frame_url as string));
    expect((await sharp(Buffer.from(await last.arrayBuffer())).metadata()).width).toBe(854);
  });

  it("renders a first frame from a Virtual Portrait asset, 9:16, with no audio when not asked", async () => {
    const { assetId } = await activePortraitAsset(env.emulator, KEY_A);
    const video = await renderAndWait(env.emulator, KEY_A, {
      model: "seedance-2.0-fast",
      prompt: "She turns to the camera",
      duration: 5,
      resolution: "480p",
      aspect_ratio: "9:16",
      generate_audio: false,
      frame_images: [frame(`asset://${assetId}`)],
    });
    expect(video).toMatchObject({ status: "completed", mode: "first_frame", size: "480x854" });
    expectVideo(await probeBytes(await download(video)), { width: 480, height: 854 }, 5, false);
  });

  it("cross-fades first to last frame, follows the frames' orientation for adaptive, and ends on the last frame", async () => {
    const red = dataUrl(await makeImage({ width: 600, height: 900, color: "#dd2222" }));
    const green = dataUrl(await makeImage({ width: 600, height: 900, color: "#22dd22" }), "image/png");
    const video = await renderAndWait(env.emulator, KEY_A, {
      model: "seedance-2.0",
      prompt: "x",
      duration: 4,
      resolution: "480p",
      generate_audio: false,
      return_last_frame: true,
      frame_images: [frame(red), frame(green, "last_frame")],
    });
    expect(video).toMatchObject({
      status: "completed",
      mode: "first_last_frame",
      size: "480x640",
      ratio: "3:4",
    });
    expectVideo(await probeBytes(await download(video)), { width: 480, height: 640 }, 4, false);
    const png = await env.emulator.fetch(new Request((video.content as Json).last_frame_url as string));
    const { channels } = await sharp(Buffer.from(await png.arrayBuffer())).stats();
    expect(channels[1]!.mean).toBeGreaterThan(channels[0]!.mean + 40);
  });

  it("renders a multimodal reference with a reference video and uses the reference audio", async () => {
    const video = await renderAndWait(env.emulator, KEY_A, {
      model: "seedance-2.0",
      prompt: "x",
      duration: 4,
      resolution: "480p",
      aspect_ratio: "1:1",
      generate_audio: true,
      input_references: [
        {
          type: "image_url",
          role: "reference_image",
          image_url: { url: dataUrl(await makeImage({ color: "#aa6600" })) },
        },
        { type: "video_url", role: "reference_video", video_url: { url: base.url } },
        { type: "audio_url", role: "reference_audio", audio_url: { url: dataUrl(makeWav(2), "audio/wav") } },
      ],
    });
    expect(video).toMatchObject({ status: "completed", mode: "multimodal_reference" });
    expectVideo(await probeBytes(await download(video)), { width: 480, height: 480 }, 4, true);
  });

  it.each([
    ["Strictly edit <Video 1>, make it night", "edit_video"],
    ["Extend <Video 1>, the camera keeps rising", "extend_video"],
  ])("renders “%s” from an earlier video (resolved locally from its signed URL)", async (prompt, mode) => {
    const video = await renderAndWait(env.emulator, KEY_A, {
      model: "seedance-2.0",
      prompt,
      duration: 4,
      resolution: "480p",
      generate_audio: false,
      watermark: true,
      input_references: [{ type: "video_url", role: "reference_video", video_url: { url: base.url } }],
    });
    expect(video).toMatchObject({ status: "completed", mode, size: "854x480" });
    expectVideo(await probeBytes(await download(video)), { width: 854, height: 480 }, 4, false);
  });

  it("stitches two earlier videos into one of the requested length", async () => {
    const video = await renderAndWait(env.emulator, KEY_A, {
      model: "seedance-2.0",
      prompt: "<Video 1>, followed by <Video 2>, with a dissolve",
      duration: 6,
      resolution: "480p",
      generate_audio: false,
      input_references: [
        { type: "video_url", role: "reference_video", video_url: { url: base.url } },
        { type: "video_url", role: "reference_video", video_url: { url: base.url } },
      ],
    });
    expect(video).toMatchObject({ status: "completed", mode: "stitch_video", size: "854x480" });
    expectVideo(await probeBytes(await download(video)), { width: 854, height: 480 }, 6, false);
  });
});
