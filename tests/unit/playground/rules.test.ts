import { describe, expect, it } from "vitest";
import { PORTRAIT_CONFLICT_MESSAGE } from "@/lib/playground/messages";
import { formProblems, hiddenInputsNotice } from "@/lib/playground/rules";
import { GENERIC_UPLOAD_MESSAGE, PORTRAIT_MODELS_MESSAGE } from "@/lib/video/capabilities";
import { PORTRAIT_ID, earlierResult, form, localFile, portraitAsset, uploadAsset } from "./factories";

const codes = (f: Parameters<typeof formProblems>[0]) => formProblems(f).map((p) => p.code);

describe("formProblems", () => {
  it("accepts a complete First-frame I2V form with a portrait asset on seedance-2.0", () => {
    expect(formProblems(form({ mode: "first_frame", slots: { firstFrame: [portraitAsset()] } }))).toEqual([]);
  });

  it("requires a prompt", () => {
    expect(formProblems(form({ prompt: "   " }))).toEqual([
      {
        code: "prompt_required",
        target: "prompt",
        message: "Write a prompt that describes the video you want.",
      },
    ]);
  });

  it("refuses a portrait asset on seedance-1.5-pro with the seed's message and what to do", () => {
    const problems = formProblems(
      form({ model: "seedance-1.5-pro", mode: "first_frame", slots: { firstFrame: [portraitAsset()] } }),
    );
    expect(problems).toEqual([
      { code: "portrait_model", target: "firstFrame", message: PORTRAIT_CONFLICT_MESSAGE },
    ]);
    expect(PORTRAIT_CONFLICT_MESSAGE).toContain(PORTRAIT_MODELS_MESSAGE);
    expect(PORTRAIT_CONFLICT_MESSAGE).toContain("Switch back");
    expect(PORTRAIT_CONFLICT_MESSAGE).toContain("remove the asset");
  });

  it("recognises a portrait asset by its ta_ ID even when its kind is unknown", () => {
    const rebuilt = portraitAsset(PORTRAIT_ID, { kind: null });
    expect(
      codes(form({ model: "seedance-1.5-pro", mode: "first_frame", slots: { firstFrame: [rebuilt] } })),
    ).toEqual(["portrait_model"]);
  });

  it("lets seedance-1.5-pro use local frames", () => {
    expect(
      codes(form({ model: "seedance-1.5-pro", mode: "first_frame", slots: { firstFrame: [localFile()] } })),
    ).toEqual([]);
  });

  it("says a generic ua_ upload can't be a Virtual Portrait reference, and why", () => {
    const problems = formProblems(
      form({ mode: "reference_images", slots: { referenceImages: [uploadAsset()] } }),
    );
    expect(problems).toEqual([
      { code: "generic_asset", target: "referenceImages", message: GENERIC_UPLOAD_MESSAGE },
    ]);
    expect(GENERIC_UPLOAD_MESSAGE).toMatch(/not registered with the provider/);
  });

  it("refuses modes the model lacks and names the way out", () => {
    const [problem] = formProblems(
      form({
        model: "seedance-1.5-pro",
        mode: "reference_images",
        slots: { referenceImages: [localFile()] },
      }),
    );
    expect(problem?.code).toBe("mode_unsupported");
    expect(problem?.message).toMatch(/seedance-1.5-pro doesn't offer Reference images/);
  });

  it("caps reference images at the model's limit", () => {
    const ten = Array.from({ length: 10 }, (_, i) => portraitAsset(`ta_${i.toString(16).padStart(32, "0")}`));
    const problems = formProblems(form({ mode: "reference_images", slots: { referenceImages: ten } }));
    expect(problems).toEqual([
      {
        code: "too_many",
        target: "referenceImages",
        message: "seedance-2.0 takes at most 9 reference images; remove 1.",
      },
    ]);
  });

  it("caps the total number of references", () => {
    const images = Array.from({ length: 9 }, (_, i) =>
      portraitAsset(`ta_${i.toString(16).padStart(32, "0")}`),
    );
    const videos = [localFile("video", 1), localFile("video", 2), localFile("video", 3)];
    const audios = [localFile("audio", 4)];
    const problems = formProblems(
      form({
        mode: "multimodal_reference",
        slots: { referenceImages: images, referenceVideos: videos, referenceAudios: audios },
      }),
    );
    expect(problems.map((p) => p.message)).toEqual([
      "seedance-2.0 takes at most 12 references in total; remove 1.",
    ]);
  });

  it("asks for the inputs each mode needs", () => {
    expect(codes(form({ mode: "first_frame" }))).toEqual(["input_required"]);
    expect(codes(form({ mode: "first_last_frame", slots: { firstFrame: [portraitAsset()] } }))).toEqual([
      "input_required",
    ]);
    expect(codes(form({ mode: "reference_images" }))).toEqual(["input_required"]);
    expect(codes(form({ mode: "edit_video" }))).toEqual(["input_required"]);
    expect(codes(form({ mode: "extend_video", slots: { sourceVideo: [earlierResult()] } }))).toEqual([]);
    expect(codes(form({ mode: "stitch_video", slots: { stitchClips: [earlierResult()] } }))).toEqual([
      "input_required",
    ]);
  });

  it("asks to keep the instruction that makes a video an edit, an extension or a stitch", () => {
    const clips = [earlierResult("vid_1"), earlierResult("vid_2")];
    const stitch = form({ mode: "stitch_video", slots: { stitchClips: clips } });
    expect(codes(stitch)).toEqual([]);
    const [problem] = formProblems({ ...stitch, prompt: "Two clips, one after the other" });
    expect(problem).toMatchObject({ target: "prompt" });
    expect(problem?.message).toContain("<Video 1>, followed by <Video 2>");
    const extend = form({ mode: "extend_video", prompt: "Keep going", slots: { sourceVideo: [clips[0]!] } });
    expect(formProblems(extend)[0]?.message).toContain("Extend <Video 1>");
  });

  it("needs an image or video in Multimodal reference: audio alone can't guide a video", () => {
    const [problem] = formProblems(
      form({ mode: "multimodal_reference", slots: { referenceAudios: [localFile("audio")] } }),
    );
    expect(problem?.message).toMatch(/audio alone/);
    expect(
      codes(form({ mode: "multimodal_reference", slots: { referenceImages: [portraitAsset()] } })),
    ).toEqual(["input_required"]);
  });

  it("checks the duration range of each model", () => {
    expect(codes(form({ duration: 15 }))).toEqual([]);
    expect(formProblems(form({ model: "seedance-1.5-pro", duration: 15 }))[0]?.message).toBe(
      "seedance-1.5-pro makes videos of 4–12 seconds; set a whole number of seconds in that range.",
    );
    expect(codes(form({ duration: 3 }))).toEqual(["parameter"]);
    expect(codes(form({ duration: 4.5 }))).toEqual(["parameter"]);
  });

  it("checks resolution against the model and the seed format", () => {
    expect(codes(form({ model: "seedance-2.0-fast", resolution: "1080p" }))).toEqual(["parameter"]);
    expect(codes(form({ seed: "abc" }))).toEqual(["parameter"]);
  });

  it("takes large local files, which travel by URL and not inside the request", () => {
    const big = [
      localFile("video", 20 * 1024 * 1024),
      { ...localFile("video", 40 * 1024 * 1024), assetId: "ua_b" },
    ];
    expect(codes(form({ mode: "multimodal_reference", slots: { referenceVideos: big } }))).toEqual([]);
  });
});

describe("hiddenInputsNotice", () => {
  it("says references are kept but not sent with a frame mode, because they can't be mixed", () => {
    const notice = hiddenInputsNotice(
      form({
        mode: "first_frame",
        slots: { firstFrame: [portraitAsset()], referenceImages: [portraitAsset()] },
      }),
    );
    expect(notice).toBe(
      "1 input is kept from other modes but not sent with First-frame I2V (frames and references can't be mixed in one request).",
    );
  });

  it("is silent when nothing is hidden", () => {
    expect(
      hiddenInputsNotice(form({ mode: "first_frame", slots: { firstFrame: [portraitAsset()] } })),
    ).toBeNull();
  });
});
