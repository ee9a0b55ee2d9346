import { expect, test } from "@playwright/test";
import type { NextServer } from "../support/next-server.mjs";
import { raw, startSecurityServer } from "./support/servers";

// "Also": a server listening on every interface with no password says so at start-up. Item 1:
// EMULATOR_HTTP=false turns the emulator's HTTP surface off entirely.

test.describe.configure({ mode: "serial" });

let server: NextServer;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startSecurityServer("exposed", { EMULATOR_HTTP: "false" }, { hostname: "0.0.0.0" });
});

test.afterAll(async () => {
  await server?.dispose();
});

test("the start-up log warns that anyone on the network can use it", () => {
  expect(server.log()).toContain(
    "WARNING: Portrait Studio is listening on every network interface and APP_PASSWORD is not set.",
  );
});

test("with EMULATOR_HTTP=false the emulator answers nothing over HTTP, while the app still works", async () => {
  for (const path of ["/emulator/v1/models", "/emulator/health", "/emulator/verify/abc"]) {
    expect(
      (await raw(server.url, path, { headers: { authorization: "Bearer sk-any-0123456789" } })).status,
      path,
    ).toBe(404);
  }
  const health = await raw(server.url, "/api/health");
  expect(JSON.parse(health.body)).toMatchObject({ mode: "emulator", upstream: { ok: true } });
});
