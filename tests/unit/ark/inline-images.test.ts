// @vitest-environment node
import { describe, expect, it } from "vitest";
import { checkVideoRequest, INLINE_FILE_MESSAGE } from "@/lib/api/video-rules";

// The native task API accepts images (never video) as base64; Token360 gets every file by URL.
const frame = (url: string) => ({
  model: "seedance-2.0",
  prompt: "A lighthouse",
  frame_images: [{ type: "image_url" as const, frame_type: "first_frame" as const, image_url: { url } }],
});
const clip = (url: string) => ({
  model: "seedance-2.0",
  prompt: "Extend <Video 1>, the waves roll on",
  input_references: [{ type: "video_url" as const, role: "reference_video", video_url: { url } }],
});

describe("checkVideoRequest with inline images", () => {
  it("takes a base64 image when the provider accepts inline images", () => {
    expect(checkVideoRequest(frame("data:image/png;base64,iVBORw0KGgo="), { inlineImages: true })).toBe(
      "first_frame",
    );
  });

  it("still refuses a base64 image for a provider that takes files by URL", () => {
    expect(() => checkVideoRequest(frame("data:image/png;base64,iVBORw0KGgo="))).toThrowError(
      INLINE_FILE_MESSAGE,
    );
  });

  it("refuses base64 video whatever the provider", () => {
    expect(() => checkVideoRequest(clip("data:video/mp4;base64,AAAA"), { inlineImages: true })).toThrowError(
      INLINE_FILE_MESSAGE,
    );
  });
});
