// @vitest-environment node
import { afterEach, describe, expect, it, vi } from "vitest";
import { emulatorForTest, pngOf, settle, until, type Json } from "./emulator-harness";
import { recordingServer, type RecordingServer } from "./support";

// Item 2 at the emulator: a video input URL or a callback_url that points into this machine or
// its network is never fetched, and a failed download says nothing about what answered.

vi.setConfig({ testTimeout: 90_000 });

let servers: RecordingServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

const textToVideo = { model: "seedance-2.0-fast", prompt: "A lighthouse", duration: 4, resolution: "480p" };

const withFirstFrame = (url: string) => ({
  ...textToVideo,
  frame_images: [{ type: "image_url", frame_type: "first_frame", image_url: { url } }],
});

async function frameServer(status = 200) {
  const png = await pngOf(640, 480);
  const server = await recordingServer(() => ({
    status,
    headers: { "content-type": "image/png" },
    body: png,
  }));
  servers.push(server);
  return server;
}

async function finished(send: ReturnType<typeof emulatorForTest>["send"], id: string) {
  const done = await until(
    () => send("GET", `/v1/videos/${id}`),
    (answer) => ["completed", "failed"].includes(answer.json.status as string),
  );
  return done.json;
}

describe("outside URLs the emulator is given", () => {
  it("does not download an input from a loopback address, and fails the task in plain words", async () => {
    const images = await frameServer();
    const { send } = emulatorForTest();
    const created = await send("POST", "/v1/videos", withFirstFrame(`${images.url}/frame.png`));
    expect(created.status).toBe(200);
    const task = await finished(send, created.json.id as string);
    expect(images.hits).toEqual([]);
    expect(task.status).toBe("failed");
    const error = task.error as Json;
    expect(error.message).toBe("The input at frame_images[0].image_url.url could not be downloaded");
    expect(JSON.stringify(task.error)).not.toContain(new URL(images.url).port);
  });

  it("says the same whatever the address answered (no status, no body echoed)", async () => {
    const missing = await frameServer(404);
    const { send } = emulatorForTest({ allowLoopbackFetch: true });
    const created = await send("POST", "/v1/videos", withFirstFrame(`${missing.url}/gone.png`));
    const task = await finished(send, created.json.id as string);
    expect(missing.hits).toHaveLength(1);
    expect((task.error as Json).message).toBe(
      "The input at frame_images[0].image_url.url could not be downloaded",
    );
  });

  it("posts no webhook to a loopback callback_url", async () => {
    const hooks = await recordingServer(() => ({ status: 200 }));
    servers.push(hooks);
    const { send } = emulatorForTest();
    const created = await send("POST", "/v1/videos", { ...textToVideo, callback_url: `${hooks.url}/hook` });
    expect(created.status).toBe(200);
    await finished(send, created.json.id as string);
    await settle(1500);
    expect(hooks.hits).toEqual([]);
  });

  it("reaches a local receiver only under the explicit test opt-in", async () => {
    const hooks = await recordingServer(() => ({ status: 200 }));
    servers.push(hooks);
    const { send } = emulatorForTest({ allowLoopbackFetch: true });
    const created = await send("POST", "/v1/videos", { ...textToVideo, callback_url: `${hooks.url}/hook` });
    await finished(send, created.json.id as string);
    await until(
      async () => hooks.hits.length,
      (count) => count > 0,
    );
    expect(hooks.hits).toHaveLength(1);
  });
});
