import { expect, test } from "@playwright/test";
import type { NextServer } from "../support/next-server.mjs";
import { PASSWORD, raw, signIn, startSecurityServer } from "./support/servers";

// Behind a reverse proxy declared with TRUST_PROXY=1 and APP_URL (item 8): the proxy's
// X-Forwarded-* headers decide the host (checked against the allowlist, item 3), the scheme
// (Secure cookies) and the client (sign-in limits).

test.describe.configure({ mode: "serial" });

let server: NextServer;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startSecurityServer("behind-proxy", {
    APP_PASSWORD: PASSWORD,
    TRUST_PROXY: "1",
    APP_URL: "https://studio.example.com",
  });
});

test.afterAll(async () => {
  await server?.dispose();
});

const viaProxy = (client: string, host = "studio.example.com") => ({
  host: new URL(server.url).host,
  "x-forwarded-host": host,
  "x-forwarded-proto": "https",
  "x-forwarded-for": `192.0.2.200, ${client}`,
});

test("the forwarded host is what the allowlist judges", async () => {
  expect((await raw(server.url, "/api/health", { headers: viaProxy("198.51.100.1") })).status).toBe(200);
  const rebound = await raw(server.url, "/api/health", {
    headers: viaProxy("198.51.100.1", "rebind.evil.example"),
  });
  expect(rebound.status).toBe(403);
});

test("a sign-in through the https proxy gets a Secure cookie", async () => {
  const answer = await signIn(server.url, {
    ...viaProxy("198.51.100.2"),
    origin: "https://studio.example.com",
  });
  expect(answer.status).toBe(204);
  expect(String(answer.headers["set-cookie"])).toMatch(/; Secure/);
});

test("the client the proxy vouches for is held off, and another client is not", async () => {
  test.setTimeout(60_000);
  const attempt = (client: string, password: string) =>
    raw(server.url, "/api/session", {
      method: "POST",
      headers: { ...viaProxy(client), "sec-fetch-site": "same-origin", "content-type": "application/json" },
      body: JSON.stringify({ password }),
    });
  for (let guess = 0; guess < 10; guess += 1) {
    expect((await attempt("198.51.100.9", `wrong ${guess}`)).status).toBe(401);
  }
  expect((await attempt("198.51.100.9", "wrong again")).status).toBe(429);
  expect((await attempt("198.51.100.10", "an honest typo")).status).toBe(401);
});
