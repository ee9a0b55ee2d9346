// @vitest-environment node
import { describe, expect, it } from "vitest";
import { toVideoTask, upstreamUrlsOf } from "@/lib/token360/convert/video";
import { videoObject } from "./factories";

describe("toVideoTask", () => {
  it("converts a completed task and keeps no upstream URL, only that a last frame exists", () => {
    const task = toVideoTask(videoObject());
    expect(task).toEqual({
      id: "vid_7f3a9c2e41b84d0f",
      status: "completed",
      progress: 100,
      model: "seedance-2.0",
      prompt: "The woman walks to the window.",
      mode: null,
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-01T00:01:30.000Z",
      parameters: {
        duration: 5,
        resolution: "720p",
        aspectRatio: "16:9",
        generateAudio: false,
        seed: 42,
        watermark: false,
      },
      durationSeconds: 5,
      hasLastFrame: true,
      error: null,
    });
    expect(JSON.stringify(task)).not.toContain("cdn.example.com");
  });

  it("reads the id from task_id or from a data wrapper", () => {
    expect(toVideoTask(videoObject({ id: undefined, task_id: "t1" })).id).toBe("t1");
    expect(toVideoTask({ data: videoObject({ id: "wrapped" }) }).id).toBe("wrapped");
  });

  it.each([
    ["QUEUED", "queued"],
    ["pending", "queued"],
    ["running", "in_progress"],
    ["In_Progress", "in_progress"],
    ["succeeded", "completed"],
    ["error", "failed"],
    ["cancelled", "failed"],
  ])("normalises the status %s to %s", (status, expected) => {
    expect(toVideoTask(videoObject({ status })).status).toBe(expected);
  });

  it("finds the result URL in url, video_url or content.video_url", () => {
    const base = { url: undefined, video_url: undefined };
    expect(upstreamUrlsOf(videoObject()).video).toBe("https://cdn.example.com/v/vid.mp4?sig=1");
    expect(upstreamUrlsOf(videoObject({ ...base, video_url: "https://a/v.mp4" })).video).toBe(
      "https://a/v.mp4",
    );
    expect(upstreamUrlsOf(videoObject({ ...base, content: { video_url: "https://b/v.mp4" } })).video).toBe(
      "https://b/v.mp4",
    );
  });

  it("reports progress while in progress and no content yet", () => {
    const task = toVideoTask(
      videoObject({ status: "in_progress", progress: 42.4, url: undefined, video_url: undefined }),
    );
    expect(task).toMatchObject({ progress: 42, durationSeconds: null });
  });

  it("keeps a failed task's error and turns a numeric code into a string", () => {
    const task = toVideoTask(
      videoObject({ status: "failed", error: { code: 400, message: "InvalidParameter on duration" } }),
    );
    expect(task.error).toEqual({ code: "400", message: "InvalidParameter on duration" });
    expect(toVideoTask(videoObject({ status: "failed", error: undefined })).error?.message).toMatch(
      /no reason/,
    );
  });

  it("reads parameters given at the top level and a mode the emulator reports", () => {
    const task = toVideoTask({
      id: "v",
      status: "queued",
      model: "m",
      prompt: "p",
      created_at: 1,
      resolution: "480p",
      mode: "first_frame_i2v",
    });
    expect(task.parameters.resolution).toBe("480p");
    expect(task.mode).toBe("first_frame");
  });

  it("fails loudly on an unknown status", () => {
    expect(() => toVideoTask(videoObject({ status: "melting" }))).toThrow(/melting/);
  });
});
