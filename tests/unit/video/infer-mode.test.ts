// @vitest-environment node
import { describe, expect, it } from "vitest";
import { inferVideoMode } from "@/lib/video/infer-mode";
import type { VideoRequest } from "@/lib/video/request";

const img = (role?: string) => ({
  type: "image_url" as const,
  ...(role ? { role } : {}),
  image_url: { url: "https://x/i.png" },
});
const vid = (role?: string) => ({
  type: "video_url" as const,
  ...(role ? { role } : {}),
  video_url: { url: "https://x/v.mp4" },
});
const aud = (role?: string) => ({
  type: "audio_url" as const,
  ...(role ? { role } : {}),
  audio_url: { url: "https://x/a.mp3" },
});
const frame = (frame_type?: "first_frame" | "last_frame") => ({
  type: "image_url" as const,
  ...(frame_type ? { frame_type } : {}),
  image_url: { url: "https://x/f.png" },
});

type Inputs = Pick<VideoRequest, "frame_images" | "input_references"> & { prompt?: string };

describe("inferVideoMode", () => {
  const modes: [string, Inputs, string][] = [
    ["nothing", {}, "text_to_video"],
    ["empty arrays", { frame_images: [], input_references: [] }, "text_to_video"],
    ["a first frame", { frame_images: [frame("first_frame")] }, "first_frame"],
    ["an untyped single frame", { frame_images: [frame()] }, "first_frame"],
    [
      "first and last frames",
      { frame_images: [frame("first_frame"), frame("last_frame")] },
      "first_last_frame",
    ],
    ["last then first", { frame_images: [frame("last_frame"), frame("first_frame")] }, "first_last_frame"],
    ["two untyped frames", { frame_images: [frame(), frame()] }, "first_last_frame"],
    [
      "frame roles in input_references",
      { input_references: [img("first_frame"), img("last_frame")] },
      "first_last_frame",
    ],
    ["images without a role", { input_references: [img(), img()] }, "reference_images"],
    ["images with role reference", { input_references: [img("reference")] }, "reference_images"],
    ["images with role reference_image", { input_references: [img("reference_image")] }, "reference_images"],
    ["an image and a video", { input_references: [img(), vid()] }, "multimodal_reference"],
    [
      "an image and audio",
      { input_references: [img("reference"), aud("reference_audio")] },
      "multimodal_reference",
    ],
    ["a video alone", { input_references: [vid("reference_video")] }, "multimodal_reference"],
    [
      "a video and an edit instruction",
      { prompt: "Strictly edit <Video 1>, make it night", input_references: [vid("reference_video")] },
      "edit_video",
    ],
    [
      "an edit instruction with reference images",
      { prompt: "strictly edit <video 1>, dress her as <Image 1>", input_references: [vid(), img()] },
      "edit_video",
    ],
    [
      "a video and an extend instruction",
      { prompt: "Extend <Video 1>, the camera keeps rising", input_references: [vid("reference_video")] },
      "extend_video",
    ],
    [
      "two videos joined by followed by",
      { prompt: "<Video 1>, followed by <Video 2>, fade", input_references: [vid(), vid()] },
      "stitch_video",
    ],
    [
      "three videos joined by followed by",
      {
        prompt: "<Video 1> at dawn followed by <Video 2>, then followed by <Video 3>",
        input_references: [vid(), vid(), vid()],
      },
      "stitch_video",
    ],
    [
      "a stitch instruction with a single video",
      { prompt: "<Video 1>, followed by <Video 2>", input_references: [vid()] },
      "multimodal_reference",
    ],
    [
      "an edit instruction without a video",
      { prompt: "Strictly edit <Video 1>, make it night", input_references: [img()] },
      "reference_images",
    ],
    [
      "an instruction that does not open the prompt",
      { prompt: "A dancer; Extend <Video 1>", input_references: [vid()] },
      "multimodal_reference",
    ],
  ];
  it.each(modes)("infers the mode from %s", (_name, inputs, mode) => {
    const result = inferVideoMode(inputs);
    expect(result.ok && result.mode).toBe(mode);
  });

  const refusals: [string, Inputs, RegExp, string][] = [
    [
      "a last frame alone",
      { frame_images: [frame("last_frame")] },
      /needs a first_frame/,
      "frame_images[0].image_url.url",
    ],
    [
      "two first frames",
      { frame_images: [frame("first_frame"), frame("first_frame")] },
      /at most one first_frame/,
      "frame_images[1].image_url.url",
    ],
    [
      "frames mixed with reference images",
      { frame_images: [frame("first_frame")], input_references: [img()] },
      /cannot be combined/,
      "input_references[0].image_url.url",
    ],
    [
      "audio only",
      { input_references: [aud()] },
      /at least one image or video/,
      "input_references[0].audio_url.url",
    ],
    [
      "an undocumented source-video role",
      { input_references: [vid("source_video")] },
      /Unknown role source_video/,
      "input_references[0].role",
    ],
    [
      "a stitch of four videos",
      { prompt: "<Video 1>, followed by <Video 2>", input_references: [vid(), vid(), vid(), vid()] },
      /2–3 videos/,
      "input_references[3].video_url.url",
    ],
    [
      "a video as first frame",
      { input_references: [vid("first_frame")] },
      /takes an image/,
      "input_references[0].role",
    ],
    [
      "a mismatched typed role",
      { input_references: [img("reference_video")] },
      /does not match/,
      "input_references[0].role",
    ],
    ["an unknown role", { input_references: [img("hero")] }, /Unknown role hero/, "input_references[0].role"],
    ["no media url", { input_references: [{ type: "image_url" }] }, /exactly one of/, "input_references[0]"],
    [
      "a type that disagrees with the url field",
      { input_references: [{ type: "video_url", image_url: { url: "x" } }] },
      /type is video_url/,
      "input_references[0].type",
    ],
  ];
  it.each(refusals)("refuses %s", (_name, inputs, message, param) => {
    const result = inferVideoMode(inputs);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.param).toBe(param);
    }
  });

  it("counts references by media type, not frames", () => {
    const result = inferVideoMode({ input_references: [img(), img(), vid(), aud()] });
    expect(result.ok && result.counts).toEqual({ images: 2, videos: 1, audios: 1, total: 4 });
  });
});
