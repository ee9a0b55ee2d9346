// @vitest-environment node
import { describe, expect, it } from "vitest";
import {
  ADMIN_HEADERS,
  call,
  KEY_A,
  ORIGIN,
  testEmulator,
  waitFor,
  type Json,
  type TestEmulator,
} from "./fixtures";
import { makeImage } from "./media";

const admin = async (env: TestEmulator, path: string, body?: unknown) => {
  const res = await env.emulator.fetch(
    new Request(`${ORIGIN}/emulator/_admin/${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: body === undefined ? ADMIN_HEADERS : { ...ADMIN_HEADERS, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  return { status: res.status, json: (await res.json()) as Json };
};

describe("fault injection", () => {
  it("is not served unless admin is on", async () => {
    const env = testEmulator({ admin: false });
    expect((await admin(env, "faults")).status).toBe(404);
    expect((await admin(env, "faults", { fault: "500" })).status).toBe(404);
  });

  it("answers the next N requests with 429 and Retry-After, in each route's error shape", async () => {
    const env = testEmulator();
    const set = await admin(env, "faults", { fault: "429", faultCount: 2, retryAfterSeconds: 3 });
    expect(set.json).toMatchObject({ fault: "429", faultCount: 2 });
    const api = call(env.emulator, KEY_A);
    const video = await api.get("/videos");
    expect(video.status).toBe(429);
    expect(video.headers.get("retry-after")).toBe("3");
    expect(video.json.error).toMatchObject({ type: "rate_limit_error", code: "rate_limit_exceeded" });
    const assets = await api.get("/assets");
    expect(assets.status).toBe(429);
    expect(assets.json).toMatchObject({ code: 429, data: null, serviceCode: "rate_limit_exceeded" });
    expect((await api.get("/videos")).status).toBe(200);
  });

  it("answers 500 until reset, and can start faulty from the options", async () => {
    const env = testEmulator({ fault: "500" });
    const api = call(env.emulator, KEY_A);
    for (let i = 0; i < 3; i++) {
      const res = await api.get("/asset-groups");
      expect(res.status).toBe(500);
      expect(res.json).toMatchObject({ code: 500, serviceCode: "internal_error" });
    }
    expect((await admin(env, "reset", {})).json).toMatchObject({ faults: { fault: "none" } });
    expect((await api.get("/asset-groups")).status).toBe(200);
  });

  it("slows responses down", async () => {
    const env = testEmulator();
    await admin(env, "faults", { fault: "slow", slowMs: 300, faultCount: 1 });
    const started = Date.now();
    expect((await call(env.emulator, KEY_A).get("/videos")).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("fails the next uploads when asked at run time", async () => {
    const env = testEmulator();
    await admin(env, "faults", { failNextUploads: 1 });
    const api = call(env.emulator, KEY_A);
    const asset = (await api.upload({}, { bytes: await makeImage() })).json.data as Json;
    const failed = await waitFor(
      () => api.get(`/assets/${asset.assetId as string}`),
      (r) => (r.json.data as Json).status !== "processing",
    );
    expect(failed.json.data).toMatchObject({ status: "failed" });
  });

  it("refuses a bad fault body and wipes data on request", async () => {
    const env = testEmulator();
    expect((await admin(env, "faults", { fault: "teapot" })).status).toBe(400);
    expect((await admin(env, "faults", { unknown: 1 })).status).toBe(400);
    const api = call(env.emulator, KEY_A);
    await api.post("/asset-groups", { name: "G", groupKind: "VIRTUAL_PORTRAIT" });
    expect((await admin(env, "reset", { wipe: true })).json).toMatchObject({ wiped: true });
    expect(((await api.get("/asset-groups")).json.data as Json).total).toBe(0);
  });
});
