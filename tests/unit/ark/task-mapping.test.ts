// @vitest-environment node
import { describe, expect, it } from "vitest";
import { arkStatusOf, createdRecord, explainArkError, fromArkTask } from "@/lib/ark/mapping";
import { ARK_PRESET_TABLE } from "@/lib/ark/presets";

const LABEL = "BytePlus ModelArk";
const task = (overrides: Record<string, unknown>) => ({
  id: "cgt-20260606160057-6bbjd",
  model: "dreamina-seedance-2-0-260128",
  status: "queued",
  created_at: 1_780_000_000,
  updated_at: 1_780_000_030,
  ...overrides,
});

describe("fromArkTask", () => {
  it.each([
    ["queued", "queued", 0],
    ["running", "in_progress", null],
    ["succeeded", "completed", 100],
    ["failed", "failed", null],
    ["cancelled", "failed", null],
    ["expired", "failed", null],
  ])("maps status %s to %s", (status, expected, progress) => {
    const { record } = fromArkTask(task({ status }), LABEL);
    expect(record.status).toBe(expected);
    expect(record.progress).toBe(progress);
  });

  it("reads a finished task: outputs kept aside, parameters, model back to the app's name", () => {
    const { record, outputs } = fromArkTask(
      task({
        status: "succeeded",
        content: { video_url: "https://tos.example/v.mp4", last_frame_url: "https://tos.example/f.png" },
        seed: 7,
        resolution: "720p",
        ratio: "16:9",
        duration: 5,
        framespersecond: 24,
        usage: { completion_tokens: 108900, total_tokens: 108900 },
      }),
      LABEL,
      ARK_PRESET_TABLE.byteplus.models,
    );
    expect(outputs).toEqual({ video: "https://tos.example/v.mp4", lastFrame: "https://tos.example/f.png" });
    expect(record).toMatchObject({
      model: "seedance-2.0",
      durationSeconds: 5,
      hasLastFrame: true,
      error: null,
      createdAt: new Date(1_780_000_000_000).toISOString(),
      parameters: { seed: 7, resolution: "720p", aspectRatio: "16:9", duration: 5 },
    });
  });

  it("tolerates a succeeded task whose content the provider has already cleared (after 24 h)", () => {
    const { record, outputs } = fromArkTask(task({ status: "succeeded", content: null }), LABEL);
    expect(record.status).toBe("completed");
    expect(outputs).toEqual({ video: null, lastFrame: null });
  });

  it("works out the duration from frames when only frames are given", () => {
    const { record } = fromArkTask(task({ status: "succeeded", frames: 121, framespersecond: "24" }), LABEL);
    expect(record.durationSeconds).toBeCloseTo(5.04);
  });

  it("explains a cancelled and an expired task that carry no error", () => {
    expect(fromArkTask(task({ status: "cancelled" }), LABEL).record.error).toEqual({
      code: "cancelled",
      message: "The task was cancelled before it started.",
    });
    expect(fromArkTask(task({ status: "expired" }), LABEL).record.error?.code).toBe("expired");
  });

  it("turns a failed task's error code into words and keeps the code", () => {
    const { record } = fromArkTask(
      task({
        status: "failed",
        error: {
          code: "OutputVideoSensitiveContentDetected",
          message: "The output video may contain sensitive content",
        },
      }),
      LABEL,
    );
    expect(record.error?.code).toBe("OutputVideoSensitiveContentDetected");
    expect(record.error?.message).toMatch(/moderation stopped this video/);
  });

  it("refuses a status it does not know rather than guessing", () => {
    expect(() => arkStatusOf("paused")).toThrowError(/does not know \(paused\)/);
    expect(() => fromArkTask({ status: "queued" }, LABEL)).toThrowError(/cannot read/);
  });
});

describe("createdRecord", () => {
  it("builds the queued task from the request, since create answers only {id}", () => {
    const record = createdRecord(
      "cgt-1",
      { model: "seedance-2.0", prompt: "p", duration: 8, aspect_ratio: "1:1" },
      0,
    );
    expect(record).toMatchObject({ id: "cgt-1", status: "queued", prompt: "p", model: "seedance-2.0" });
    expect(record.parameters).toMatchObject({ duration: 8, aspectRatio: "1:1" });
  });
});

describe("explainArkError (UPSTREAM.md §1.8)", () => {
  it.each([
    ["SensitiveContentDetected.Violence", 400, "validation_error", /moderation stopped this video/],
    ["InputTextSensitiveContentDetected", 400, "validation_error", /refused the prompt/],
    ["InputImageSensitiveContentDetected", 400, "validation_error", /refused one of the input files/],
    [
      "InputImageSensitiveContentDetected.PrivacyInformation",
      400,
      "validation_error",
      /real person in an input image/,
    ],
    [
      "InputVideoSensitiveContentDetected.PrivacyInformation",
      400,
      "validation_error",
      /real person in an input video/,
    ],
    ["InputTextRiskDetection", 400, "validation_error", /refused the prompt/],
    ["ContentSecurityDetectionError", 400, "validation_error", /moderation/],
    ["AuthenticationError", 401, "upstream_error", /refused the server's API key. Check ARK_API_KEY/],
    ["AccountOverdueError", 403, "insufficient_balance", /no balance left/],
    ["AccessDenied", 403, "forbidden", /may not use the model/],
    ["InvalidEndpoint.NotFound", 404, "validation_error", /does not offer this model/],
    ["InvalidEndpoint.ClosedEndpoint", 400, "validation_error", /does not offer this model/],
    ["TooManyRequests", 429, "rate_limited", /limiting requests/],
    ["InvalidParameter.Ratio", 400, "validation_error", /refused the request: ratio must be one of/],
    ["MissingParameter", 400, "validation_error", /refused the request: ratio must be one of/],
  ])("%s (HTTP %i) becomes %s", (code, status, appCode, message) => {
    const explained = explainArkError(LABEL, code, "ratio must be one of 16:9, 4:3", status);
    expect(explained.code).toBe(appCode);
    expect(explained.message).toMatch(message);
  });

  it("recognises the mode conflict of frames with references by its message", () => {
    const explained = explainArkError(
      LABEL,
      "InvalidParameter",
      "first_frame cannot be used together with reference_image",
      400,
    );
    expect(explained.message).toMatch(/First\/last frame cannot be mixed with reference images/);
  });

  it("falls back on the status when there is no code", () => {
    expect(explainArkError(LABEL, null, null, 429).code).toBe("rate_limited");
    expect(explainArkError(LABEL, null, null, 503)).toEqual({
      code: "upstream_error",
      message: "BytePlus ModelArk failed (HTTP 503). Try again.",
    });
  });
});
