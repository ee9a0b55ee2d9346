// @vitest-environment node
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// The server's real entry points (proxy.ts, route handlers, the emulator's catch-all route) on a
// throwaway DATA_DIR, each loaded with the environment a test gives it: the checks run where a
// request first arrives, before any route logic.

vi.setConfig({ testTimeout: 30_000 });

const ORIGIN = "http://127.0.0.1:3000";
const EVIL = "rebind.evil.example";
const ADMIN_TOKEN = "entry-points-admin-token-0123456789";
type Store = typeof globalThis & Record<string, { close?: () => unknown } | undefined>;

let dataDir: string;

async function forget() {
  const store = globalThis as Store;
  await store.__portraitStudioEmulator?.close?.();
  store.__portraitStudioWorkspace?.close?.();
  for (const key of [
    "__portraitStudioEmulator",
    "__portraitStudioWorkspace",
    "__portraitStudioSignInLimiter",
  ]) {
    delete store[key];
  }
}

async function load(env: Record<string, string> = {}) {
  await forget();
  vi.resetModules();
  vi.unstubAllEnvs();
  for (const [name, value] of Object.entries({
    DATA_DIR: dataDir,
    TOKEN360_API_KEY: "",
    APP_PASSWORD: "",
    ...env,
  })) {
    vi.stubEnv(name, value);
  }
  return {
    proxy: (await import("@/proxy")).proxy,
    health: (await import("@/app/api/health/route")).GET,
    groups: await import("@/app/api/asset-groups/route"),
    assets: await import("@/app/api/assets/route"),
    session: await import("@/app/api/session/route"),
    emulator: await import("@/app/emulator/[...path]/route"),
  };
}

const request = (target: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
  new Request(`${ORIGIN}${target}`, { ...init, headers: { host: "127.0.0.1:3000", ...init.headers } });

beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "entry-points-"));
});
afterEach(async () => {
  await forget();
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("item 3: a request addressed to another host", () => {
  it("is refused by the proxy, the route wrapper and the emulator route alike", async () => {
    const app = await load();
    const evil = { host: EVIL, "sec-fetch-site": "same-origin" };
    expect((await app.proxy(new NextRequest(`${ORIGIN}/playground`, { headers: evil }))).status).toBe(403);
    expect((await app.health(request("/api/health", { headers: evil }))).status).toBe(403);
    // POST /api/assets stays outside the proxy's matcher (large bodies): the wrapper checks.
    expect((await app.assets.POST(request("/api/assets", { method: "POST", headers: evil }))).status).toBe(
      403,
    );
    expect((await app.emulator.GET(request("/emulator/v1/models", { headers: evil }))).status).toBe(403);
    expect((await app.health(request("/api/health"))).status).toBe(200);
  });
});

describe("item 1: the emulator over HTTP", () => {
  const models = (headers: Record<string, string> = {}) =>
    request("/emulator/v1/models", { headers: { authorization: "Bearer sk-anyone-0123456789", ...headers } });

  it("needs the session when APP_PASSWORD is set", async () => {
    const app = await load({ APP_PASSWORD: "correct horse battery staple" });
    expect((await app.emulator.GET(models())).status).toBe(401);
  });

  it("is off with EMULATOR_HTTP=false", async () => {
    const app = await load({ EMULATOR_HTTP: "false" });
    expect((await app.emulator.GET(models())).status).toBe(404);
  });

  it("does not open the app's library to the old public key", async () => {
    const app = await load();
    const created = await app.groups.POST(
      request("/api/asset-groups", {
        method: "POST",
        headers: { "sec-fetch-site": "same-origin", "content-type": "application/json" },
        body: JSON.stringify({ name: "The app's own cast", kind: "VIRTUAL_PORTRAIT" }),
      }),
    );
    expect(created.status).toBe(201);
    const listed = await app.emulator.GET(
      request("/emulator/v1/asset-groups", {
        headers: { authorization: "Bearer sk-portrait-studio-local-emulator" },
      }),
    );
    expect(await listed.text()).not.toContain("The app's own cast");
  });
});

describe("items 4 and 8: password guessing", () => {
  it("is held off after ten failures, whatever X-Forwarded-For a client writes", async () => {
    const app = await load({ APP_PASSWORD: "correct horse battery staple" });
    const guess = (n: number) =>
      app.session.POST(
        request("/api/session", {
          method: "POST",
          headers: {
            "sec-fetch-site": "same-origin",
            "content-type": "application/json",
            "x-forwarded-for": `203.0.113.${n}`,
          },
          body: JSON.stringify({ password: `wrong guess ${n}` }),
        }),
      );
    for (let n = 0; n < 10; n += 1) expect((await guess(n)).status).toBe(401);
    const held = await guess(10);
    expect(held.status).toBe(429);
    expect(Number(held.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("item 10: /api/health", () => {
  it("pings the upstream once for a burst of anonymous calls", async () => {
    const app = await load({ EMULATOR_ADMIN: "true", EMULATOR_ADMIN_TOKEN: ADMIN_TOKEN });
    const faults = async (body?: unknown) => {
      const { getEmulator } = await import("@/lib/emulator");
      const response = await getEmulator().fetch(
        new Request("http://emulator.internal/emulator/_admin/faults", {
          method: body ? "POST" : "GET",
          headers: { "x-admin-token": ADMIN_TOKEN, "content-type": "application/json" },
          body: body ? JSON.stringify(body) : undefined,
        }),
      );
      return (await response.json()) as { faultCount: number };
    };
    await faults({ fault: "slow", slowMs: 0, faultCount: 100 });
    for (let i = 0; i < 5; i += 1) expect((await app.health(request("/api/health"))).status).toBe(200);
    expect(100 - (await faults()).faultCount).toBeLessThanOrEqual(1);
  });
});

describe("item 11: pages", () => {
  it("get a Content-Security-Policy with a fresh nonce and no 'unsafe-inline' for scripts", async () => {
    const app = await load();
    const policies = await Promise.all(
      [1, 2].map(
        async () =>
          (await app.proxy(new NextRequest(`${ORIGIN}/playground`))).headers.get("content-security-policy") ??
          "",
      ),
    );
    for (const policy of policies) {
      expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
      expect(policy.split(";").find((part) => part.includes("script-src"))).not.toContain("unsafe-inline");
    }
    expect(policies[0]).not.toBe(policies[1]);
  });
});
