// @vitest-environment node
import { afterEach, describe, expect, it, vi } from "vitest";
import { eventStream } from "@/lib/api/live/event-stream";
import { createFollower } from "@/lib/api/live/follower";
import { readLiveEvent } from "@/lib/schemas/live-event";
import type { VideoTask } from "@/lib/schemas/video";

// GET /api/events as the browser reads it: the stream's text, a heartbeat comment, events from
// the follower, and what a disconnect leaves behind (no listener, no timer).

const never = () => new Promise<null>(() => {});
const newFollower = () => createFollower({ asset: never, video: never });

const task = (status: VideoTask["status"]): VideoTask => ({
  id: "vid_1",
  status,
  progress: null,
  model: "seedance-2.0",
  prompt: "A character turns toward the camera",
  mode: null,
  createdAt: "2026-12-02T10:00:00.000Z",
  updatedAt: null,
  parameters: {
    duration: 5,
    resolution: "720p",
    aspectRatio: null,
    generateAudio: null,
    seed: null,
    watermark: null,
  },
  durationSeconds: null,
  contentUrl: null,
  lastFrameUrl: null,
  error: status === "failed" ? { code: "moderation", message: "Refused" } : null,
});

async function readSome(reader: ReadableStreamDefaultReader<Uint8Array>) {
  const { value } = await reader.read();
  return new TextDecoder().decode(value);
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the event stream", () => {
  it("opens at once and sends each change as an SSE event the page's schema accepts", async () => {
    const follower = newFollower();
    const response = eventStream(new Request("http://localhost/api/events"), follower);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("no-transform");
    const reader = response.body!.getReader();
    expect(await readSome(reader)).toBe("retry: 3000\n: connected\n\n");
    expect(follower.listenerCount()).toBe(1);

    follower.noticeVideos([task("queued")]);
    expect(follower.following()).toHaveLength(1);
    // A settled answer from another tab's request reaches this stream.
    follower.noticeVideos([task("failed")]);
    let text = "";
    while (text.split("\n\n").length < 3) text += await readSome(reader);
    const messages = text.split("\n\n").filter(Boolean);
    expect(messages.map((message) => message.split("\n")[0])).toEqual(["event: change", "event: change"]);
    const events = messages.map((message) => readLiveEvent(message.split("\n")[1]!.slice("data: ".length)));
    expect(events).toMatchObject([
      { type: "video", video: { id: "vid_1", status: "queued" } },
      { type: "video", video: { id: "vid_1", status: "failed" } },
    ]);
    await reader.cancel();
  });

  it("sends a heartbeat comment and ends the stream once the caller may no longer listen", async () => {
    vi.useFakeTimers();
    const follower = newFollower();
    let signedIn = true;
    const response = eventStream(new Request("http://localhost/api/events"), follower, {
      heartbeatMs: 15_000,
      mayListen: () => signedIn,
    });
    const reader = response.body!.getReader();
    await readSome(reader);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(await readSome(reader)).toBe(": heartbeat\n\n");

    signedIn = false;
    await vi.advanceTimersByTimeAsync(15_000);
    expect(await reader.read()).toEqual({ done: true, value: undefined });
    expect(follower.listenerCount()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("unsubscribes and stops its heartbeat when the client disconnects", async () => {
    vi.useFakeTimers();
    const follower = newFollower();
    const abort = new AbortController();
    const response = eventStream(
      new Request("http://localhost/api/events", { signal: abort.signal }),
      follower,
    );
    const reader = response.body!.getReader();
    await readSome(reader);
    expect(follower.listenerCount()).toBe(1);

    abort.abort();
    expect(follower.listenerCount()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(await reader.read()).toEqual({ done: true, value: undefined });
  });

  it("unsubscribes when the reader cancels the stream", async () => {
    const follower = newFollower();
    const response = eventStream(new Request("http://localhost/api/events"), follower);
    const reader = response.body!.getReader();
    await readSome(reader);
    await reader.cancel();
    expect(follower.listenerCount()).toBe(0);
  });
});
