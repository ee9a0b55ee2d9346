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

type Inputs = Pick<VideoRequest, "frame_images" | "input_references">;

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
    ["an edit_source video", { input_references: [vid("edit_source")] }, "edit_video"],
    [
      "a source_video with reference images",
      { input_references: [vid("source_video"), img()] },
      "edit_video",
    ],
    ["a base_video", { input_references: [vid("base_video")] }, "edit_video"],
    ["an extend_source video", { input_references: [vid("extend_source")] }, "extend_video"],
    [
      "two extend_source videos",
      { input_references: [vid("extend_source"), vid("extend_source")] },
      "extend_video",
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
      "edit and extend together",
      { input_references: [vid("edit_source"), vid("extend_source")] },
      /not both/,
      "input_references[1].video_url.url",
    ],
    [
      "two edit sources",
      { input_references: [vid("edit_source"), vid("base_video")] },
      /exactly one source video/,
      "input_references[1].video_url.url",
    ],
    [
      "an image as edit source",
      { input_references: [img("edit_source")] },
      /takes a video/,
      "input_references[0].role",
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
