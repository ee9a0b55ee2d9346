import { describe, expect, it } from "vitest";
import { fitParameters } from "@/lib/playground/fit-parameters";
import { formReducer } from "@/lib/playground/form-reducer";
import { inputKey } from "@/lib/playground/form-state";
import { PORTRAIT_ID_2, earlierResult, form, portraitAsset } from "./factories";

describe("formReducer", () => {
  it("writes the instruction of Edit, Extend and Stitch into the prompt, and takes it out again", () => {
    let state = form({ prompt: "make it night" });
    state = formReducer(state, { type: "setMode", mode: "edit_video" });
    expect(state.prompt).toBe("Strictly edit <Video 1>, make it night");
    state = formReducer(state, { type: "setMode", mode: "extend_video" });
    expect(state.prompt).toBe("Extend <Video 1>, make it night");
    state = formReducer(state, { type: "setMode", mode: "stitch_video" });
    expect(state.prompt).toBe("<Video 1>, followed by <Video 2>, make it night");
    const clips = ["vid_1", "vid_2", "vid_3"].map((id) => earlierResult(id));
    state = formReducer(state, { type: "addInputs", slot: "stitchClips", inputs: clips });
    expect(state.prompt).toBe("<Video 1>, followed by <Video 2>, followed by <Video 3>, make it night");
    state = formReducer(state, { type: "setMode", mode: "reference_images" });
    expect(state.prompt).toBe("make it night");
  });

  it("keeps every input when switching to a model that can't use them", () => {
    const start = form({ mode: "first_frame", slots: { firstFrame: [portraitAsset()] } });
    const next = formReducer(start, { type: "setModel", model: "seedance-1.5-pro" });
    expect(next.model).toBe("seedance-1.5-pro");
    expect(next.slots).toBe(start.slots);
    expect(next.mode).toBe("first_frame");
  });

  it("adds several inputs once each and removes one by key", () => {
    const a = portraitAsset();
    const b = portraitAsset(PORTRAIT_ID_2);
    let state = formReducer(form(), { type: "addInputs", slot: "referenceImages", inputs: [a, b] });
    state = formReducer(state, { type: "addInputs", slot: "referenceImages", inputs: [a] });
    expect(state.slots.referenceImages).toEqual([a, b]);
    state = formReducer(state, { type: "removeInput", slot: "referenceImages", key: inputKey(a) });
    expect(state.slots.referenceImages).toEqual([b]);
  });

  it("replaces the one input of a single block", () => {
    const state = formReducer(form({ slots: { firstFrame: [portraitAsset()] } }), {
      type: "setInputs",
      slot: "firstFrame",
      inputs: [portraitAsset(PORTRAIT_ID_2)],
    });
    expect(state.slots.firstFrame.map(inputKey)).toEqual([`asset:${PORTRAIT_ID_2}`]);
  });
});

describe("fitParameters", () => {
  it("moves duration and resolution into the new model's range and says so", () => {
    const { form: fitted, changes } = fitParameters(
      form({ duration: 15, resolution: "1080p" }),
      "seedance-1.5-pro",
    );
    expect(fitted.duration).toBe(12);
    expect(fitted.resolution).toBe("1080p");
    expect(changes).toEqual(["Duration changed to 12 s (seedance-1.5-pro makes 4–12 s videos)."]);
    const fast = fitParameters(form({ resolution: "1080p" }), "seedance-2.0-fast");
    expect(fast.form.resolution).toBe("720p");
    expect(fast.changes).toEqual(["Resolution changed to 720p (seedance-2.0-fast goes up to 720p)."]);
  });

  it("changes nothing when the parameters already fit", () => {
    expect(fitParameters(form(), "seedance-2.0-fast").changes).toEqual([]);
  });
});
