import { describe, expect, it } from "vitest";
import { failureAdvice } from "@/lib/playground/failure-advice";

describe("failureAdvice", () => {
  it.each([
    [{ code: "InvalidParameter", message: "Asset validation failed" }, /Assets page/],
    [{ code: "rate_limited", message: "Too many requests" }, /Wait a minute/],
    [
      { code: "OutputVideoSensitiveContentDetected", message: "The output may contain sensitive content" },
      /Rephrase the prompt/,
    ],
    [{ code: "InvalidParameter", message: "duration must be 4-15" }, /Change the setting/],
    [{ code: "failed", message: "Render crashed" }, /Run again/],
  ])("gives one next step for %j", (error, advice) => {
    expect(failureAdvice(error)).toMatch(advice);
  });
});
