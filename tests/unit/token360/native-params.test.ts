// @vitest-environment node
import { describe, expect, it } from "vitest";
import { createNativeVideo } from "@/lib/token360/videos";
import { nativeToNormalized, normalizedToNative } from "@/lib/video/native-body";
import { videoRequestSchema, type VideoRequest } from "@/lib/video/request";
import { jsonResponse, stubFetch, testUpstream, videoObject } from "./factories";

const normalized: VideoRequest = {
  model: "seedance-2.0",
  prompt: "Extend <Video 1>, the camera rises",
  duration: 5,
  resolution: "720p",
  aspect_ratio: "9:16",
  generate_audio: false,
  frame_images: null,
  input_references: [
    { type: "video_url", role: "reference_video", video_url: { url: "https://example.com/clip.mp4" } },
    {
      type: "image_url",
      role: "reference",
      image_url: { url: "asset://ta_5d41402abc4b2a76b9719d911017c592" },
    },
  ],
};

describe("Token360's native-params mode", () => {
  it("sends the native body with the Token360-Native-Params header and reads the task back", async () => {
    const { fetch, calls } = stubFetch(jsonResponse(videoObject()));
    const task = await createNativeVideo(normalizedToNative(normalized), testUpstream(fetch));
    expect(task.id).toBe(videoObject().id);
    expect(calls).toHaveLength(1);
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(headers["Token360-Native-Params"]).toBe("true");
    expect(calls[0]!.init.method).toBe("POST");
    expect(JSON.parse(calls[0]!.init.body as string)).toStrictEqual({
      model: "seedance-2.0",
      content: [
        { type: "text", text: "Extend <Video 1>, the camera rises" },
        { type: "video_url", role: "reference_video", video_url: { url: "https://example.com/clip.mp4" } },
        {
          type: "image_url",
          role: "reference_image",
          image_url: { url: "asset://ta_5d41402abc4b2a76b9719d911017c592" },
        },
      ],
      ratio: "9:16",
      duration: 5,
      resolution: "720p",
      generate_audio: false,
    });
  });

  it("reads a native body back as the same normalized request", () => {
    const back = videoRequestSchema.parse(nativeToNormalized({ ...normalizedToNative(normalized) }));
    expect(back).toMatchObject({
      model: "seedance-2.0",
      prompt: normalized.prompt,
      aspect_ratio: "9:16",
      duration: 5,
      input_references: [
        { type: "video_url", role: "reference_video" },
        { type: "image_url", role: "reference_image" },
      ],
    });
  });
});
