import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { SAME_ORIGIN } from "./support/api";
import { CANARY_KEY, startCanaryServer, type CanaryServer } from "./support/extra-server";
import { solidPng } from "./support/images";
import { countFiles, filesContaining } from "./support/scan";

// The key never leaves the server. A second server of the same build runs against the suite's
// emulator over HTTP with a canary TOKEN360_API_KEY; after a tour of every route (successes
// and failures alike), the canary must be in no response, no log line, no file of .next/static
// (the build is made with the canary in its env too, see the README) and nothing the BFF wrote.

test.describe.configure({ mode: "serial" });

const NEEDLES = [CANARY_KEY, CANARY_KEY.slice(3)];
const captured: string[] = [];
let server: CanaryServer;
let api: APIRequestContext;

async function call(method: string, url: string, options: Parameters<APIRequestContext["fetch"]>[1] = {}) {
  const response = await api.fetch(url, { method, ...options, maxRedirects: 0 });
  const body = await response.body();
  captured.push(
    `${method} ${url} -> ${response.status()}\n${JSON.stringify(response.headers())}\n${body.toString("latin1")}`,
  );
  return {
    status: response.status(),
    json: () => JSON.parse(body.toString()) as Record<string, unknown>,
    headers: response.headers(),
  };
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(90_000);
  server = await startCanaryServer(new URL(baseURL!).origin);
  api = await playwrightRequest.newContext({ baseURL: server.url });
});

test.afterAll(async () => {
  await api?.dispose();
  await server?.stop();
});

test("the canary server talks to the upstream with its key", async () => {
  const health = await call("GET", "/api/health");
  expect(health.json()).toMatchObject({ mode: "token360", upstream: { ok: true } });
});

test("a tour of every route, good and bad", async () => {
  test.setTimeout(150_000);
  for (const page of ["/", "/playground", "/assets", "/login", "/no-such-page"]) await call("GET", page);
  await call("GET", "/api/models");
  await call("GET", "/api/session");

  const group = await call("POST", "/api/asset-groups", {
    headers: SAME_ORIGIN,
    data: { name: "Canary", kind: "VIRTUAL_PORTRAIT" },
  });
  expect(group.status).toBe(201);
  const groupId = group.json().id as string;
  const face = await call("POST", "/api/asset-groups", {
    headers: SAME_ORIGIN,
    data: { name: "Canary face", kind: "REAL_FACE" },
  });
  await call("GET", "/api/asset-groups?keyword=Canary");
  await call("GET", `/api/asset-groups/${groupId}`);
  await call("PATCH", `/api/asset-groups/${groupId}`, { headers: SAME_ORIGIN, data: { name: "Canary 2" } });

  const upload = await call("POST", "/api/assets", {
    headers: SAME_ORIGIN,
    multipart: {
      name: "Hero",
      groupId,
      file: { name: "hero.png", mimeType: "image/png", buffer: await solidPng(640, 800) },
    },
  });
  expect(upload.status).toBe(201);
  const assetId = upload.json().assetId as string;
  await until(
    async () => (await call("GET", `/api/assets/${assetId}`)).json(),
    (asset) => asset.status !== "processing",
  );
  await call("GET", `/api/assets?groupId=${groupId}`);
  await call("GET", `/api/assets/${assetId}/preview`);
  await call("GET", `/api/assets/${assetId}/preview?size=full`);
  await call("PATCH", `/api/assets/${assetId}`, { headers: SAME_ORIGIN, data: { name: "Hero 2" } });

  const video = await call("POST", "/api/videos", {
    headers: SAME_ORIGIN,
    data: {
      model: "seedance-2.0",
      prompt: "A canary sings",
      duration: 4,
      resolution: "480p",
      return_last_frame: true,
      frame_images: [
        { type: "image_url", frame_type: "first_frame", image_url: { url: `asset://${assetId}` } },
      ],
    },
  });
  expect(video.status).toBe(201);
  const videoId = video.json().id as string;
  const done = await until(
    async () => (await call("GET", `/api/videos/${videoId}`)).json(),
    (task) => task.status === "completed" || task.status === "failed",
    90_000,
  );
  expect(done.status).toBe("completed");
  await call("GET", `/api/videos/${videoId}/content`, { headers: { range: "bytes=0-1023" } });
  await call("GET", `/api/videos/${videoId}/content?download=1`);
  await call("GET", `/api/videos/${videoId}/content`, { headers: { range: "bytes=999999999-" } });
  await call("GET", `/api/videos/${videoId}/last-frame`);
  await call("GET", `/api/videos/${videoId}/source-url`);
  await call("GET", "/api/videos?limit=5");

  // Failures: ours, and the upstream's refusals passed on.
  await call("POST", "/api/asset-groups", {
    headers: { ...SAME_ORIGIN, "content-type": "application/json" },
    data: "{bad",
  });
  await call("POST", "/api/asset-groups", {
    headers: { "sec-fetch-site": "cross-site" },
    data: { name: "x", kind: "VIRTUAL_PORTRAIT" },
  });
  await call("GET", `/api/assets/ta_${"0".repeat(32)}`);
  await call("GET", "/api/videos/vid_doesnotexist");
  await call("GET", "/api/asset-groups/..%2F..%2Fetc");
  await call("POST", "/api/videos", {
    headers: SAME_ORIGIN,
    data: {
      model: "seedance-2.0",
      prompt: "p",
      frame_images: [
        { type: "image_url", frame_type: "first_frame", image_url: { url: `asset://ta_${"0".repeat(32)}` } },
      ],
    },
  });
  await call("POST", "/api/assets", {
    headers: SAME_ORIGIN,
    multipart: {
      groupId,
      file: { name: "x.png", mimeType: "image/png", buffer: Buffer.from("not an image at all") },
    },
  });
  await call("GET", "/api/nothing");

  // The portrait group and its asset stay, so the asset's thumbnail remains to be scanned.
  await call("DELETE", `/api/videos/${videoId}`, { headers: SAME_ORIGIN });
  await call("DELETE", `/api/asset-groups/${face.json().id as string}`, { headers: SAME_ORIGIN });
  expect(captured.length).toBeGreaterThanOrEqual(35);
});

test("the canary is in no response", () => {
  for (const needle of NEEDLES) expect(captured.filter((text) => text.includes(needle))).toEqual([]);
});

test("the canary is in no server log line", () => {
  expect(server.log().length).toBeGreaterThan(0);
  for (const needle of NEEDLES) expect(server.log()).not.toContain(needle);
});

test("the canary is in no file of the build's static output", async () => {
  const distDir = path.resolve(process.env.NEXT_DIST_DIR || ".next");
  expect(await countFiles(path.join(distDir, "static"))).toBeGreaterThan(10);
  for (const needle of NEEDLES) {
    expect(await filesContaining(path.join(distDir, "static"), needle)).toEqual([]);
    expect(await filesContaining(path.join(distDir, "server", "app"), needle)).toEqual([]);
  }
});

test("the canary is in nothing the BFF wrote to its data dir", async () => {
  expect(await countFiles(server.dataDir)).toBeGreaterThan(0);
  for (const needle of NEEDLES) expect(await filesContaining(server.dataDir, needle)).toEqual([]);
});
