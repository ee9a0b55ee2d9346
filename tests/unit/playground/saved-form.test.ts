import { describe, expect, it } from "vitest";
import { initialForm, type MediaInput } from "@/lib/playground/form-state";
import { restoreForm, serializeForm } from "@/lib/playground/saved-form";
import { portraitAsset } from "./factories";

// Device files as the form may hold them: inline bytes, or a reference to their upload.
const inlineFile = {
  source: "file",
  name: "clip.png",
  mediaType: "image",
  sizeBytes: 1000,
  dataUrl: "data:image/png;base64,AAAA",
} as unknown as MediaInput;
const uploadedFile = {
  source: "file",
  name: "take.mp4",
  mediaType: "video",
  sizeBytes: 2000,
  assetId: "ua_00112233445566778899aabbccddeeff",
  url: "/api/media/ua_00112233445566778899aabbccddeeff",
} as unknown as MediaInput;

describe("the kept Playground form", () => {
  it("comes back with model, mode, prompt, parameters and library inputs", () => {
    const form = {
      ...initialForm("seedance-2.0-fast"),
      mode: "first_frame" as const,
      prompt: "A slow push-in",
      duration: 8,
      resolution: "480p" as const,
      aspectRatio: "9:16" as const,
      seed: "42",
      slots: { ...initialForm().slots, firstFrame: [portraitAsset()] },
    };
    expect(restoreForm(serializeForm(form))).toEqual({ form, droppedFiles: [] });
  });

  it("leaves device files held inline out and names them, and keeps uploaded ones", () => {
    const form = {
      ...initialForm(),
      mode: "multimodal_reference" as const,
      slots: {
        ...initialForm().slots,
        referenceImages: [portraitAsset(), inlineFile],
        referenceVideos: [uploadedFile],
      },
    };
    const restored = restoreForm(serializeForm(form));
    expect(restored?.form.slots.referenceImages).toEqual([portraitAsset()]);
    expect(restored?.form.slots.referenceVideos).toEqual([uploadedFile]);
    expect(restored?.droppedFiles).toEqual(["clip.png"]);
  });

  it("is refused when it is not JSON, from another version or out of range", () => {
    expect(restoreForm(null)).toBeNull();
    expect(restoreForm("{not json")).toBeNull();
    const saved = JSON.parse(serializeForm(initialForm())) as { version: number; form: { model: string } };
    expect(restoreForm(JSON.stringify({ ...saved, version: 2 }))).toBeNull();
    expect(restoreForm(JSON.stringify({ ...saved, form: { ...saved.form, model: "gpt-video" } }))).toBeNull();
  });

  it("drops one unreadable input without losing the rest, and fits parameters to the model", () => {
    const saved = JSON.parse(serializeForm(initialForm("seedance-1.5-pro"))) as {
      form: { duration: number; slots: Record<string, unknown[]> };
    };
    saved.form.duration = 99;
    saved.form.slots.firstFrame = [{ source: "mystery" }, portraitAsset()];
    const restored = restoreForm(JSON.stringify(saved));
    expect(restored?.form.slots.firstFrame).toEqual([portraitAsset()]);
    expect(restored?.form.duration).toBeLessThanOrEqual(12);
  });

  it("keeps only the fields it knows, and refuses a form with a wrong field or an unknown block", () => {
    const saved = JSON.parse(serializeForm(initialForm())) as {
      form: Record<string, unknown> & { slots: Record<string, unknown[]> };
    };
    saved.form.slots.firstFrame = [{ ...portraitAsset(), injected: "<script>" }];
    const restored = restoreForm(JSON.stringify({ ...saved, form: { ...saved.form, extra: 1 } }));
    expect(restored?.form.slots.firstFrame).toEqual([portraitAsset()]);
    expect(restored?.form).not.toHaveProperty("extra");
    expect(restoreForm(JSON.stringify({ ...saved, form: { ...saved.form, duration: 5.5 } }))).toBeNull();
    expect(restoreForm(JSON.stringify({ ...saved, form: { ...saved.form, watermark: "yes" } }))).toBeNull();
    expect(
      restoreForm(JSON.stringify({ ...saved, form: { ...saved.form, slots: { nowhere: [] } } })),
    ).toBeNull();
    expect(restoreForm(JSON.stringify({ ...saved, droppedFiles: [1] }))).toBeNull();
  });
});
