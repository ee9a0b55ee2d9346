import { expect, test, type APIRequestContext } from "@playwright/test";
import { SAME_ORIGIN } from "./support/api";
import { solidPng } from "./support/images";

// The BFF end to end on the embedded emulator: a portrait asset becomes active, a video made
// from it completes, and its content streams with Range support.

async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

async function activePortrait(request: APIRequestContext): Promise<string> {
  const group = await request.post("/api/asset-groups", {
    headers: SAME_ORIGIN,
    data: { name: `Flow ${Date.now()}`, kind: "VIRTUAL_PORTRAIT" },
  });
  const groupId = ((await group.json()) as { id: string }).id;
  const uploaded = await request.post("/api/assets", {
    headers: SAME_ORIGIN,
    multipart: {
      name: "Hero",
      groupId,
      file: { name: "hero.png", mimeType: "image/png", buffer: await solidPng(640, 800) },
    },
  });
  expect(uploaded.status()).toBe(201);
  const { assetId } = (await uploaded.json()) as { assetId: string };
  const asset = await poll(
    async () => (await (await request.get(`/api/assets/${assetId}`)).json()) as { status: string },
    (value) => value.status !== "processing",
  );
  expect(asset.status).toBe("active");
  return assetId;
}

test("a portrait video is created, remembered, streamed with Range and downloaded", async ({ request }) => {
  test.setTimeout(120_000);
  const assetId = await activePortrait(request);
  const body = {
    model: "seedance-2.0",
    prompt: "The character smiles and turns to the camera",
    duration: 4,
    resolution: "480p",
    aspect_ratio: "1:1",
    return_last_frame: true,
    frame_images: [
      { type: "image_url", frame_type: "first_frame", image_url: { url: `asset://${assetId}` } },
    ],
  };
  const created = await request.post("/api/videos", { headers: SAME_ORIGIN, data: body });
  expect(created.status(), await created.text()).toBe(201);
  const task = (await created.json()) as { id: string; mode: string };
  expect(task.mode).toBe("first_frame");

  const done = await poll(
    async () =>
      (await (await request.get(`/api/videos/${task.id}`)).json()) as {
        status: string;
        request: unknown;
        contentUrl: string;
        lastFrameUrl: string;
      },
    (value) => value.status === "completed" || value.status === "failed",
    90_000,
  );
  expect(done.status).toBe("completed");
  expect(done.request).toEqual(body);
  expect(JSON.stringify(done)).not.toContain("emulator.internal");

  const partial = await request.get(done.contentUrl, { headers: { range: "bytes=0-99" } });
  expect(partial.status()).toBe(206);
  expect(partial.headers()["accept-ranges"]).toBe("bytes");
  expect(partial.headers()["content-range"]).toMatch(/^bytes 0-99\/\d+$/);
  expect((await partial.body()).length).toBe(100);
  const size = Number(partial.headers()["content-range"]!.split("/")[1]);

  const past = await request.get(done.contentUrl, { headers: { range: `bytes=${size + 10}-` } });
  expect(past.status()).toBe(416);
  expect(past.headers()["content-range"]).toBe(`bytes */${size}`);

  const download = await request.get(`${done.contentUrl}?download=1`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain(`filename="seedance-2.0-${task.id}.mp4"`);
  const mp4 = await download.body();
  expect(mp4.length).toBe(size);
  expect(mp4.subarray(4, 8).toString()).toBe("ftyp");

  const lastFrame = await request.get(done.lastFrameUrl);
  expect(lastFrame.status()).toBe(200);
  expect(lastFrame.headers()["content-type"]).toMatch(/^image\//);

  const source = (await (await request.get(`/api/videos/${task.id}/source-url`)).json()) as { url: string };
  expect(source.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/emulator\//);

  const listed = (await (await request.get("/api/videos?limit=5")).json()) as { items: { id: string }[] };
  expect(listed.items.map((item) => item.id)).toContain(task.id);

  expect((await request.delete(`/api/videos/${task.id}`, { headers: SAME_ORIGIN })).status()).toBe(204);
  expect((await request.get(`/api/videos/${task.id}`)).status()).toBe(404);
});

test("the health answer names the mode and a live upstream", async ({ request }) => {
  const health = (await (await request.get("/api/health")).json()) as {
    mode: string;
    version: string;
    upstream: { ok: boolean };
  };
  expect(health).toMatchObject({ mode: "emulator", upstream: { ok: true } });
  expect(health.version).toMatch(/^\d+\.\d+\.\d+/);
});

test("every answer carries the security headers", async ({ request }) => {
  const response = await request.get("/api/models");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(response.headers()["referrer-policy"]).toBe("same-origin");
});
