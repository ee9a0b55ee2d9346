// @vitest-environment node
import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ADMIN_HEADERS, call, KEY_A, quickVideo, testEmulator, waitFor, type Json } from "./fixtures";

// Real renders: allow for a busy machine.
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

let server: Server | null = null;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

interface Delivery {
  at: number;
  body: Json;
}

/** A receiver that answers the given statuses in turn (then 200). */
async function receiver(statuses: number[]) {
  const deliveries: Delivery[] = [];
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      deliveries.push({ at: Date.now(), body: JSON.parse(raw) as Json });
      res.writeHead(statuses[deliveries.length - 1] ?? 200);
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server!.address() as { port: number }).port}/hook`, deliveries };
}

const quick = quickVideo("Hook");
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("webhooks", () => {
  it("retries after 1 s then 3 s (scaled) and delivers once at the terminal state", async () => {
    // The receiver is on 127.0.0.1: webhooks reach loopback only under this explicit opt-in.
    const env = testEmulator({ timeScale: 10, videoQueueMs: 0, renderMinMs: 0, allowLoopbackFetch: true });
    const hook = await receiver([500, 503, 200]);
    const created = await call(env.emulator, KEY_A).post("/videos", {
      ...quick,
      callback_url: hook.url,
      request_id: "order-001",
    });
    await waitFor(
      async () => hook.deliveries.length,
      (n) => n >= 3,
      30_000,
    );
    await settle(500);
    expect(hook.deliveries).toHaveLength(3);
    const [a, b, c] = hook.deliveries as [Delivery, Delivery, Delivery];
    expect(b.at - a.at).toBeGreaterThanOrEqual(95);
    expect(c.at - b.at).toBeGreaterThanOrEqual(295);
    expect(c.body).toMatchObject({ request_id: "order-001", video_id: created.json.id, status: "completed" });
    expect(c.body.data).toMatchObject({
      id: created.json.id,
      object: "video",
      status: "completed",
      request_id: "order-001",
    });
    expect((c.body.data as Json).url).toMatch(/^http:\/\/emulator\.test\/emulator\/files\/videos\//);
  });

  it("gives up after three failed attempts and sends nothing before the terminal state", async () => {
    const env = testEmulator({ timeScale: 100, videoQueueMs: 0, renderMinMs: 0, allowLoopbackFetch: true });
    const hook = await receiver([500, 500, 500, 500, 500]);
    await env.emulator.fetch(
      new Request("http://emulator.test/emulator/_admin/faults", {
        method: "POST",
        headers: { ...ADMIN_HEADERS, "Content-Type": "application/json" },
        body: JSON.stringify({ failNextVideos: 1 }),
      }),
    );
    await call(env.emulator, KEY_A).post("/videos", { ...quick, callback_url: hook.url });
    await waitFor(
      async () => hook.deliveries.length,
      (n) => n >= 3,
      30_000,
    );
    await settle(300);
    expect(hook.deliveries).toHaveLength(3);
    expect(hook.deliveries.every((d) => d.body.status === "failed")).toBe(true);
    expect((hook.deliveries[0]!.body.data as Json).error).toMatchObject({ code: "InternalServiceError" });
  });

  it("sends nothing without a callback_url and refuses non-http callback URLs", async () => {
    const env = testEmulator({ timeScale: 1, videoQueueMs: 600_000 });
    const res = await call(env.emulator, KEY_A).post("/videos", {
      ...quick,
      callback_url: "mailto:x@example.com",
    });
    expect(res.status).toBe(400);
    expect((res.json.error as Json).param).toBe("callback_url");
  });
});
