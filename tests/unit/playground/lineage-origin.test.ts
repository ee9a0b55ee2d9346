import { describe, expect, it } from "vitest";
import { formReducer } from "@/lib/playground/form-reducer";
import { initialForm, type FileInput, type PlaygroundForm, type UrlInput } from "@/lib/playground/form-state";
import { lineageOfForm, startFromFirstFrame } from "@/lib/playground/lineage-origin";
import type { Asset } from "@/lib/schemas/asset";

// What a generation sends beside its body for the task index: the earlier videos and the local
// files of the mode's own blocks (hidden blocks keep their inputs but are never sent).

const file = (name: string): FileInput => ({
  source: "file",
  name,
  mediaType: "video",
  sizeBytes: 1000,
  assetId: "ua_0123456789abcdef",
  url: `https://files.example/${name}`,
});
const earlier = (videoId: string): UrlInput => ({
  source: "url",
  url: `https://files.example/${videoId}.mp4`,
  name: videoId,
  mediaType: "video",
  videoId,
});
const inline = (name: string): UrlInput => ({
  source: "url",
  url: "data:image/png;base64,AAAA",
  name,
  mediaType: "image",
  videoId: null,
});

const withSlots = (mode: PlaygroundForm["mode"], slots: Partial<PlaygroundForm["slots"]>): PlaygroundForm => {
  const form = initialForm();
  return { ...form, mode, slots: { ...form.slots, ...slots } };
};

describe("lineageOfForm", () => {
  it("names the earlier videos and local files of the blocks the mode sends, in block order, once each", () => {
    const form = withSlots("multimodal_reference", {
      referenceVideos: [earlier("vid_1"), file("beach.mov"), earlier("vid_1")],
      referenceImages: [inline("me.png")],
      firstFrame: [file("hidden.png")],
    });
    expect(lineageOfForm(form)).toEqual({ sourceVideoIds: ["vid_1"], fileNames: ["me.png", "beach.mov"] });
  });

  it("names nothing for a text-only video", () => {
    expect(lineageOfForm(initialForm())).toEqual({ sourceVideoIds: [], fileNames: [] });
  });
});

describe("startFromFirstFrame", () => {
  it("puts a saved frame in the First frame block of First-frame I2V", () => {
    let form = initialForm();
    const dispatch = (action: Parameters<typeof formReducer>[1]) => (form = formReducer(form, action));
    startFromFirstFrame(dispatch, {
      assetId: "ta_0123456789abcdef",
      name: "The hero · last frame",
      mediaType: "image",
      kind: "VIRTUAL_PORTRAIT",
      groupName: "Heroes",
      previewUrl: "/api/assets/ta_0123456789abcdef/preview",
    } as Asset);
    expect(form.mode).toBe("first_frame");
    expect(form.slots.firstFrame).toEqual([
      expect.objectContaining({
        source: "asset",
        assetId: "ta_0123456789abcdef",
        name: "The hero · last frame",
      }),
    ]);
  });
});
