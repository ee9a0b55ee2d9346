import { describe, expect, it } from "vitest";
import { fromArkTask } from "@/lib/ark/mapping";

// The native task's `usage` (UPSTREAM.md §1.6) is what the History prices a finished task by.

const task = (patch: Record<string, unknown>) => ({
  id: "cgt-20260606160057-6bbjd",
  model: "dreamina-seedance-2-0-260128",
  status: "succeeded",
  created_at: 1_780_000_000,
  duration: 5,
  resolution: "720p",
  content: { video_url: "https://example.com/v.mp4" },
  ...patch,
});

describe("usage of a native task", () => {
  it("reports total_tokens of a finished task, numbers sent as strings included", () => {
    expect(
      fromArkTask(task({ usage: { completion_tokens: 108000, total_tokens: 108000 } }), "LaoZhang").usage,
    ).toEqual({
      totalTokens: 108_000,
    });
    expect(fromArkTask(task({ usage: { total_tokens: "51840" } }), "LaoZhang").usage).toEqual({
      totalTokens: 51_840,
    });
    expect(fromArkTask(task({ usage: { completion_tokens: 7 } }), "LaoZhang").usage).toEqual({
      totalTokens: 7,
    });
  });

  it("has none before the task finished, or when the provider says nothing or zero", () => {
    expect(fromArkTask(task({ status: "running", usage: { total_tokens: 5 } }), "LaoZhang").usage).toBeNull();
    expect(fromArkTask(task({ usage: null }), "LaoZhang").usage).toBeNull();
    expect(fromArkTask(task({ usage: { total_tokens: 0 } }), "LaoZhang").usage).toBeNull();
  });
});
