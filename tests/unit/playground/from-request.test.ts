import { describe, expect, it } from "vitest";
import { buildVideoRequest } from "@/lib/playground/build-request";
import { formFromRequest } from "@/lib/playground/from-request";
import type { PlaygroundForm } from "@/lib/playground/form-state";
import type { VideoRequest } from "@/lib/video/request";
import { PORTRAIT_ID, PORTRAIT_ID_2, earlierResult, form, localFile, portraitAsset } from "./factories";

const cases: [string, PlaygroundForm][] = [
  ["Text to video", form({ mode: "text_to_video", seed: "99", aspectRatio: "1:1", watermark: true })],
  [
    "First-frame I2V",
    form({ mode: "first_frame", slots: { firstFrame: [portraitAsset()] }, returnLastFrame: true }),
  ],
  [
    "First & last frame",
    form({ mode: "first_last_frame", slots: { firstFrame: [localFile()], lastFrame: [portraitAsset()] } }),
  ],
  [
    "Reference images",
    form({
      mode: "reference_images",
      slots: { referenceImages: [portraitAsset(), portraitAsset(PORTRAIT_ID_2)] },
    }),
  ],
  [
    "Multimodal reference",
    form({
      mode: "multimodal_reference",
      slots: {
        referenceImages: [portraitAsset()],
        referenceAudios: [localFile("audio")],
        referenceVideos: [earlierResult()],
      },
    }),
  ],
  [
    "Edit video",
    form({
      mode: "edit_video",
      slots: { sourceVideo: [earlierResult()], referenceImages: [portraitAsset()] },
    }),
  ],
  [
    "Extend video",
    form({
      mode: "extend_video",
      model: "seedance-2.0-fast",
      resolution: "480p",
      duration: 4,
      slots: { sourceVideo: [localFile("video")] },
    }),
  ],
  [
    "seedance-1.5-pro",
    form({
      model: "seedance-1.5-pro",
      mode: "first_frame",
      generateAudio: true,
      slots: { firstFrame: [localFile()] },
    }),
  ],
];

describe("formFromRequest (Run again)", () => {
  it.each(cases)("rebuilds a %s form that builds the same body again", (_, original) => {
    const body = buildVideoRequest(original);
    const { form: rebuilt, notes } = formFromRequest(body);
    expect(notes).toEqual([]);
    expect(rebuilt.mode).toBe(original.mode);
    expect(rebuilt.model).toBe(original.model);
    expect(buildVideoRequest(rebuilt)).toStrictEqual(body);
  });

  it("turns asset:// URLs back into library inputs with their ID and preview", () => {
    const { form: rebuilt } = formFromRequest(buildVideoRequest(cases[1]![1]));
    expect(rebuilt.slots.firstFrame).toEqual([
      expect.objectContaining({
        source: "asset",
        assetId: PORTRAIT_ID,
        previewUrl: `/api/assets/${PORTRAIT_ID}/preview?size=thumb`,
      }),
    ]);
  });

  it("opens a request the upstream would refuse in the closest mode and says so", () => {
    const { form: rebuilt, notes } = formFromRequest({
      model: "seedance-2.0",
      prompt: "mixed",
      frame_images: [
        { type: "image_url", frame_type: "first_frame", image_url: { url: `asset://${PORTRAIT_ID}` } },
      ],
      input_references: [
        { type: "image_url", role: "reference", image_url: { url: `asset://${PORTRAIT_ID_2}` } },
      ],
    });
    expect(rebuilt.mode).toBe("first_frame");
    expect(rebuilt.slots.referenceImages).toHaveLength(1);
    expect(notes[0]).toMatch(/cannot be combined/);
  });

  it("opens the mode the task index recorded, where the body alone reads as another", () => {
    const body: VideoRequest = {
      model: "seedance-2.0",
      prompt: "The boat reaches a waterfall",
      input_references: [
        { type: "video_url", role: "reference_video", video_url: { url: "https://cdn.example/v.mp4" } },
      ],
    };
    expect(formFromRequest(body).form.mode).toBe("multimodal_reference");
    const { form: rebuilt, notes } = formFromRequest(body, "extend_video");
    expect(rebuilt.mode).toBe("extend_video");
    expect(rebuilt.slots.sourceVideo).toEqual([
      expect.objectContaining({ url: "https://cdn.example/v.mp4" }),
    ]);
    expect(notes).toEqual([]);
  });

  it("falls back to seedance-2.0 for a model the console doesn't offer", () => {
    const { form: rebuilt, notes } = formFromRequest({ model: "other-model", prompt: "x" });
    expect(rebuilt.model).toBe("seedance-2.0");
    expect(notes).toEqual(["Model other-model isn't offered here; using seedance-2.0."]);
  });

  it("leaves out a local file that was sent inline, and says so", () => {
    const { form: rebuilt, notes } = formFromRequest({
      model: "seedance-2.0",
      prompt: "x",
      frame_images: [
        { type: "image_url", frame_type: "first_frame", image_url: { url: "data:image/png;base64,AAAA" } },
      ],
    });
    expect(rebuilt.slots.firstFrame).toEqual([]);
    expect(notes).toEqual([expect.stringMatching(/1 local file was sent inline/)]);
  });
});
