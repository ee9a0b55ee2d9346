// @vitest-environment node
import { describe, expect, it } from "vitest";
import { checkVideoRequest, INLINE_FILE_MESSAGE } from "@/lib/api/video-rules";
import { GENERIC_UPLOAD_MESSAGE, PORTRAIT_MODELS_MESSAGE } from "@/lib/video/capabilities";
import type { VideoRequest } from "@/lib/video/request";

const TA = "asset://ta_0123456789abcdef0123456789abcdef";
const firstFrame = (url: string) => [
  { type: "image_url" as const, frame_type: "first_frame" as const, image_url: { url } },
];
const request = (overrides: Partial<VideoRequest> = {}): VideoRequest => ({
  model: "seedance-2.0",
  prompt: "A smile",
  ...overrides,
});

const failure = (body: VideoRequest) => {
  try {
    checkVideoRequest(body);
  } catch (error) {
    return error as { code: string; message: string; details: { param: string } };
  }
  throw new Error("expected a failure");
};

describe("checkVideoRequest", () => {
  it("refuses a file sent inline as a data: URL, naming the field", () => {
    const error = failure(
      request({
        input_references: [
          { type: "video_url", role: "reference_video", video_url: { url: "data:video/mp4;base64,AAAA" } },
        ],
      }),
    );
    expect(error).toMatchObject({ code: "validation_error", message: INLINE_FILE_MESSAGE });
    expect(error.details.param).toBe("input_references[0].video_url.url");
  });

  it("accepts a stitch of two earlier results and reports stitch_video", () => {
    const clip = (n: number) => ({
      type: "video_url" as const,
      role: "reference_video",
      video_url: { url: `https://cdn.example.com/vid_${n}.mp4` },
    });
    expect(
      checkVideoRequest(
        request({ prompt: "<Video 1>, followed by <Video 2>, ", input_references: [clip(1), clip(2)] }),
      ),
    ).toBe("stitch_video");
  });

  it("accepts a portrait first frame on seedance-2.0 and reports the mode", () => {
    expect(
      checkVideoRequest(request({ frame_images: firstFrame(TA), duration: 6, resolution: "720p" })),
    ).toBe("first_frame");
  });

  it("refuses portrait assets on seedance-1.5-pro with the seed's wording", () => {
    const error = failure(request({ model: "seedance-1.5-pro", frame_images: firstFrame(TA) }));
    expect(error).toMatchObject({ code: "validation_error", message: PORTRAIT_MODELS_MESSAGE });
    expect(error.details.param).toBe("frame_images[0].image_url.url");
  });

  it("refuses generic ua_ uploads as references and says what to do", () => {
    const error = failure(
      request({ frame_images: firstFrame("asset://ua_0123456789abcdef0123456789abcdef") }),
    );
    expect(error.message).toBe(GENERIC_UPLOAD_MESSAGE);
  });

  it("refuses malformed asset references", () => {
    expect(failure(request({ frame_images: firstFrame("asset://ta_../../x") })).message).toMatch(
      /not a valid asset reference/,
    );
  });

  it("refuses an unknown model, a duration out of range and a resolution the model lacks", () => {
    expect(failure(request({ model: "sora" })).details.param).toBe("model");
    expect(failure(request({ duration: 30 })).details.param).toBe("duration");
    expect(failure(request({ model: "seedance-2.0-fast", resolution: "1080p" })).details.param).toBe(
      "resolution",
    );
  });

  it("refuses reference images on a model without them", () => {
    const refs = [
      { type: "image_url" as const, role: "reference", image_url: { url: "https://example.com/a.png" } },
    ];
    expect(failure(request({ model: "seedance-1.5-pro", input_references: refs })).message).toMatch(
      /does not support/,
    );
  });

  it("refuses a last frame without a first frame", () => {
    const frames = [
      {
        type: "image_url" as const,
        frame_type: "last_frame" as const,
        image_url: { url: "https://e.com/a.png" },
      },
    ];
    expect(failure(request({ frame_images: frames })).message).toMatch(/first_frame/);
  });
});
