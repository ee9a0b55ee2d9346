import { expect, test } from "@playwright/test";
import type { NextServer } from "../support/next-server.mjs";
import { ADMIN_TOKEN, startSecurityServer } from "./support/servers";

// Item 10: /api/health is public, so it must not let anonymous callers drive the upstream. The
// emulator's fault counter counts upstream requests: a burst of health checks makes at most one.

let server: NextServer;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startSecurityServer("health", { EMULATOR_ADMIN: "true", EMULATOR_ADMIN_TOKEN: ADMIN_TOKEN });
});

test.afterAll(async () => {
  await server?.dispose();
});

async function faults(body?: unknown): Promise<{ faultCount: number | null }> {
  const response = await fetch(`${server.url}/emulator/_admin/faults`, {
    method: body === undefined ? "GET" : "POST",
    headers: { "x-admin-token": ADMIN_TOKEN, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { faultCount: number | null };
}

test("twenty health checks in a row reach the upstream at most once", async () => {
  // A "slow" fault of 0 ms changes nothing but counts every upstream request.
  await faults({ fault: "slow", slowMs: 0, faultCount: 1000 });
  for (let i = 0; i < 20; i += 1) {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
  }
  const { faultCount } = await faults();
  expect(1000 - (faultCount ?? 0)).toBeLessThanOrEqual(1);
});
