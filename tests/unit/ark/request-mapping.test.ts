// @vitest-environment node
import { describe, expect, it } from "vitest";
import { fromArkBody, toArkBody } from "@/lib/ark/mapping";
import { ARK_PRESET_TABLE } from "@/lib/ark/presets";
import { ApiError } from "@/lib/errors/api-error";
import type { VideoRequest } from "@/lib/video/request";

const models = ARK_PRESET_TABLE.byteplus.models;
const img = (n: number) => `https://cdn.example/image-${n}.png`;
const vid = (n: number) => `https://cdn.example/clip-${n}.mp4`;

const base = (overrides: Partial<VideoRequest>): VideoRequest => ({
  model: "seedance-2.0",
  prompt: "A lighthouse at dusk",
  ...overrides,
});

// Every Playground mode, the body the app builds for it, and the content[] the provider gets.
const MODES: { mode: string; request: VideoRequest; content: unknown[] }[] = [
  {
    mode: "text to video",
    request: base({}),
    content: [{ type: "text", text: "A lighthouse at dusk" }],
  },
  {
    mode: "first frame",
    request: base({
      frame_images: [{ type: "image_url", frame_type: "first_frame", image_url: { url: img(1) } }],
    }),
    content: [
      { type: "text", text: "A lighthouse at dusk" },
      { type: "image_url", role: "first_frame", image_url: { url: img(1) } },
    ],
  },
  {
    mode: "first and last frame",
    request: base({
      frame_images: [
        { type: "image_url", frame_type: "first_frame", image_url: { url: img(1) } },
        { type: "image_url", frame_type: "last_frame", image_url: { url: img(2) } },
      ],
    }),
    content: [
      { type: "text", text: "A lighthouse at dusk" },
      { type: "image_url", role: "first_frame", image_url: { url: img(1) } },
      { type: "image_url", role: "last_frame", image_url: { url: img(2) } },
    ],
  },
  {
    mode: "reference images (a portrait asset among them)",
    request: base({
      input_references: [
        { type: "image_url", role: "reference_image", image_url: { url: "asset://ta_0123456789abcdef" } },
        { type: "image_url", image_url: { url: img(2) } },
      ],
    }),
    content: [
      { type: "text", text: "A lighthouse at dusk" },
      { type: "image_url", role: "reference_image", image_url: { url: "asset://ta_0123456789abcdef" } },
      { type: "image_url", role: "reference_image", image_url: { url: img(2) } },
    ],
  },
  {
    mode: "multimodal reference",
    request: base({
      input_references: [
        { type: "image_url", role: "reference", image_url: { url: img(1) } },
        { type: "video_url", role: "reference_video", video_url: { url: vid(1) } },
        { type: "audio_url", role: "reference_audio", audio_url: { url: "https://cdn.example/a.mp3" } },
      ],
    }),
    content: [
      { type: "text", text: "A lighthouse at dusk" },
      { type: "image_url", role: "reference_image", image_url: { url: img(1) } },
      { type: "video_url", role: "reference_video", video_url: { url: vid(1) } },
      { type: "audio_url", role: "reference_audio", audio_url: { url: "https://cdn.example/a.mp3" } },
    ],
  },
  {
    mode: "edit",
    request: base({
      prompt: "Strictly edit <Video 1>, make it night",
      input_references: [{ type: "video_url", role: "reference_video", video_url: { url: vid(1) } }],
    }),
    content: [
      { type: "text", text: "Strictly edit <Video 1>, make it night" },
      { type: "video_url", role: "reference_video", video_url: { url: vid(1) } },
    ],
  },
  {
    mode: "extend",
    request: base({
      prompt: "Extend <Video 1>, the camera flies on",
      input_references: [{ type: "video_url", role: "reference_video", video_url: { url: vid(1) } }],
    }),
    content: [
      { type: "text", text: "Extend <Video 1>, the camera flies on" },
      { type: "video_url", role: "reference_video", video_url: { url: vid(1) } },
    ],
  },
  {
    mode: "stitch",
    request: base({
      prompt: "<Video 1> followed by <Video 2>",
      input_references: [
        { type: "video_url", role: "reference_video", video_url: { url: vid(1) } },
        { type: "video_url", role: "reference_video", video_url: { url: vid(2) } },
      ],
    }),
    content: [
      { type: "text", text: "<Video 1> followed by <Video 2>" },
      { type: "video_url", role: "reference_video", video_url: { url: vid(1) } },
      { type: "video_url", role: "reference_video", video_url: { url: vid(2) } },
    ],
  },
];

describe("toArkBody", () => {
  it.each(MODES)("maps $mode to content[] with documented roles", ({ request, content }) => {
    const body = toArkBody(request, models);
    expect(body.content).toEqual(content);
    expect(body.model).toBe("dreamina-seedance-2-0-260128");
  });

  it.each(MODES)("maps $mode back to the same inputs", ({ request }) => {
    const back = fromArkBody(toArkBody(request, models) as unknown as Record<string, unknown>, models);
    expect(back.model).toBe("seedance-2.0");
    expect(back.prompt).toBe(request.prompt);
    const urls = (items: unknown) => JSON.stringify(items ?? []).match(/https:[^"]+|asset:[^"]+/g) ?? [];
    expect([...urls(back.frame_images), ...urls(back.input_references)]).toEqual([
      ...urls(request.frame_images),
      ...urls(request.input_references),
    ]);
  });

  it("renames aspect_ratio to ratio and keeps the documented parameters, including duration -1", () => {
    const body = toArkBody(
      base({
        aspect_ratio: "9:16",
        duration: -1,
        resolution: "720p",
        seed: 42,
        watermark: false,
        generate_audio: true,
        return_last_frame: true,
        callback_url: "https://hooks.example/seedance",
      }),
      models,
    );
    expect(body).toMatchObject({
      ratio: "9:16",
      duration: -1,
      resolution: "720p",
      seed: 42,
      watermark: false,
      generate_audio: true,
      return_last_frame: true,
      callback_url: "https://hooks.example/seedance",
    });
    expect(body).not.toHaveProperty("aspect_ratio");
  });

  it("sends none of Token360's own fields", () => {
    const body = toArkBody(base({ metadata: { note: "x" }, request_id: "r-1" }), models);
    expect(Object.keys(body).sort()).toEqual(["content", "model"]);
  });

  it("refuses a model the provider does not offer, naming it", () => {
    expect(() => toArkBody(base({ model: "seedance-1.5-pro" }), models)).toThrowError(
      /seedance-1.5-pro is not offered by this provider/,
    );
  });

  it("refuses a role the native API does not document", () => {
    const request = base({
      input_references: [{ type: "video_url", role: "source_video", video_url: { url: vid(1) } }],
    });
    expect(() => toArkBody(request, models)).toThrow(ApiError);
  });

  it("passes an id that is already the provider's through", () => {
    expect(toArkBody(base({ model: "my-endpoint-id" }), models).model).toBe("my-endpoint-id");
  });
});
