// @vitest-environment node
import { describe, expect, it, vi } from "vitest";
import { emulatorForTest, KEY, upload } from "./emulator-harness";

// Item 9: what one machine can hold. JSON bodies stop at 16 MB and only a few large ones are
// buffered at once; every tenant has a storage quota and the disk a reserve (507); the render
// queue has a bound (429 with Retry-After).

vi.setConfig({ testTimeout: 60_000 });

const textToVideo = { model: "seedance-2.0-fast", prompt: "A harbour", duration: 4, resolution: "480p" };

async function portraitGroup(send: ReturnType<typeof emulatorForTest>["send"]) {
  const group = await send("POST", "/v1/asset-groups", { name: "Cast", groupKind: "VIRTUAL_PORTRAIT" });
  return (group.json.data as { assetGroupId: string }).assetGroupId;
}

describe("request bodies", () => {
  it("refuses a JSON body above 16 MB with 413", async () => {
    const { send } = emulatorForTest();
    const body = JSON.stringify({ ...textToVideo, prompt: "x".repeat(17 * 1024 * 1024) });
    const answer = await send("POST", "/v1/videos", body);
    expect(answer.status).toBe(413);
  });

  it("buffers only a few large bodies at once and turns away the rest of a crowd with 429", async () => {
    const { emulator } = emulatorForTest();
    const streams: ReadableStreamDefaultController<Uint8Array>[] = [];
    const hanging = () =>
      emulator.fetch(
        new Request("http://emulator.test/emulator/v1/videos", {
          method: "POST",
          headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
          body: new ReadableStream<Uint8Array>({
            start(controller) {
              streams.push(controller);
              controller.enqueue(new TextEncoder().encode('{"model":"seedance-2.0-fast","prompt":"'));
            },
          }),
          duplex: "half",
        } as RequestInit),
      );
    // 4 being read and 16 waiting: the server holds these without answering.
    const held = Array.from({ length: 20 }, hanging);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const extra = hanging();
    const first = await Promise.race([
      extra.then((response) => response.status),
      new Promise((resolve) => setTimeout(() => resolve("no answer within 3 s"), 3000)),
    ]);
    for (const controller of streams) controller.error(new Error("client went away"));
    await Promise.allSettled([...held, extra]);
    expect(first).toBe(429);
    expect((await extra).headers.get("retry-after")).toBe("1");
  });
});

describe("the render queue", () => {
  it("takes a bounded number of tasks and answers 429 with Retry-After past it", async () => {
    const { send } = emulatorForTest({ maxQueuedVideos: 2, videoQueueMs: 600_000 });
    expect((await send("POST", "/v1/videos", textToVideo)).status).toBe(200);
    expect((await send("POST", "/v1/videos", textToVideo)).status).toBe(200);
    const refused = await send("POST", "/v1/videos", textToVideo);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(refused.json.error).toMatchObject({ code: "queue_full", type: "rate_limit_error" });
  });
});

describe("storage", () => {
  it("stops a tenant at its quota with 507, and leaves other tenants alone", async () => {
    const { send, emulator } = emulatorForTest({ tenantQuotaBytes: 1000 });
    const groupId = await portraitGroup(send);
    expect((await upload(send, emulator, groupId)).status).toBe(200);
    const full = await upload(send, emulator, groupId);
    expect(full.status).toBe(507);
    expect(full.json).toMatchObject({ serviceCode: "storage_quota_exceeded" });
    const video = await send("POST", "/v1/videos", textToVideo);
    expect(video.status).toBe(507);
    const other = await send("POST", "/v1/videos", textToVideo, {
      authorization: "Bearer sk-another-tenant-0123",
    });
    expect(other.status).toBe(200);
  });

  it("refuses new files with 507 when the disk is nearly full", async () => {
    const { send, emulator } = emulatorForTest({ minFreeDiskBytes: Number.MAX_SAFE_INTEGER });
    const groupId = await portraitGroup(send);
    const answer = await upload(send, emulator, groupId);
    expect(answer.status).toBe(507);
    expect(answer.json).toMatchObject({ serviceCode: "insufficient_storage" });
    expect((await send("POST", "/v1/videos", textToVideo)).status).toBe(507);
  });
});
