// @vitest-environment node
import OpenAI, { NotFoundError, toFile } from "openai";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { KEY_A, KEY_B, startEmulator, type TestEmulator } from "./fixtures";
import { makeImage } from "./media";
import { serveOverHttp } from "./serve-over-http";

// Real renders: allow for a busy machine.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

// The emulator on a real local port, driven by the official OpenAI Node SDK.
let env: TestEmulator;
let http: { origin: string; close: () => Promise<void> };
let client: OpenAI;

beforeAll(async () => {
  env = startEmulator({ renderConcurrency: 2 });
  http = await serveOverHttp(env.emulator);
  client = new OpenAI({ apiKey: KEY_A, baseURL: `${http.origin}/emulator/v1`, maxRetries: 0 });
});
afterAll(async () => {
  await http?.close();
  await env?.dispose();
});

async function untilDone(id: string) {
  for (;;) {
    const video = await client.videos.retrieve(id);
    if (video.status === "completed" || video.status === "failed") return video;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("OpenAI Node SDK", () => {
  it("creates, retrieves, downloads, lists and deletes videos", async () => {
    const created = await client.videos.create({
      model: "seedance-2.0",
      prompt: "A kite over the sea",
      seconds: "4",
      size: "1280x720",
    });
    expect(created).toMatchObject({ object: "video", status: "queued", seconds: "4", size: "1280x720" });
    const done = await untilDone(created.id);
    expect(done).toMatchObject({ status: "completed", progress: 100, size: "1280x720" });

    const content = await client.videos.downloadContent(created.id);
    const bytes = Buffer.from(await content.arrayBuffer());
    expect(bytes.subarray(4, 8).toString()).toBe("ftyp");

    const image = await makeImage({ width: 720, height: 1280 });
    const withFrame = await client.videos.create({
      model: "seedance-2.0-fast",
      prompt: "She waves",
      seconds: "4",
      input_reference: await toFile(image, "frame.png", { type: "image/png" }),
    });
    const framed = await untilDone(withFrame.id);
    expect(framed).toMatchObject({ status: "completed", mode: "first_frame", size: "720x1280" });

    const ids: string[] = [];
    for await (const video of client.videos.list({ limit: 1 })) ids.push(video.id);
    expect(ids).toEqual([withFrame.id, created.id]);

    const deleted = await client.videos.delete(created.id);
    expect(deleted).toMatchObject({ id: created.id, deleted: true });
    await expect(client.videos.retrieve(created.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("surfaces the documented errors through the SDK's error classes", async () => {
    await expect(client.videos.create({ model: "sora-2", prompt: "x" })).rejects.toMatchObject({
      status: 404,
      type: "model_not_found",
    });
    const stranger = new OpenAI({ apiKey: KEY_B, baseURL: `${http.origin}/emulator/v1`, maxRetries: 0 });
    expect((await stranger.videos.list()).data).toEqual([]);
    const anonymous = new OpenAI({ apiKey: "bad", baseURL: `${http.origin}/emulator/v1`, maxRetries: 0 });
    await expect(anonymous.videos.list()).rejects.toMatchObject({ status: 401 });
  });

  it("serves the public catalogue over plain HTTP without a key", async () => {
    const res = await fetch(`${http.origin}/emulator/public/models?size=200&current=1`);
    const body = (await res.json()) as { data: { list: { name: string; modelType: string }[] } };
    const video = body.data.list.filter((m) => m.modelType === "VIDEO_GENERATION").map((m) => m.name);
    expect(video).toEqual(["seedance-2.0", "seedance-2.0-fast", "seedance-1.5-pro"]);
  });
});
