import { expect, test } from "@playwright/test";
import type { NextServer } from "../support/next-server.mjs";
import { PASSWORD, raw, startSecurityServer } from "./support/servers";

// Item 4: password guessing is limited. Item 8: without TRUST_PROXY, X-Forwarded-For is the
// client's own word and does not make a guesser a new client.

test.describe.configure({ mode: "serial" });

let server: NextServer;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startSecurityServer("sign-in-limits", { APP_PASSWORD: PASSWORD });
});

test.afterAll(async () => {
  await server?.dispose();
});

const attempt = (password: string, headers: Record<string, string> = {}) =>
  raw(server.url, "/api/session", {
    method: "POST",
    headers: { "sec-fetch-site": "same-origin", "content-type": "application/json", ...headers },
    body: JSON.stringify({ password }),
  });

test("ten wrong guesses, each from a 'new' X-Forwarded-For, and the client is held off with 429", async () => {
  test.setTimeout(60_000);
  for (let guess = 0; guess < 10; guess += 1) {
    const answer = await attempt(`wrong guess number ${guess}`, { "x-forwarded-for": `203.0.113.${guess}` });
    expect(answer.status, `guess ${guess}`).toBe(401);
  }
  const held = await attempt("one more wrong guess", { "x-forwarded-for": "198.51.100.77" });
  expect(held.status).toBe(429);
  const retryAfter = Number(held.headers["retry-after"]);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  expect(JSON.parse(held.body)).toMatchObject({ error: { code: "rate_limited" } });

  // Even the right password learns nothing while the client is held off.
  expect((await attempt(PASSWORD)).status).toBe(429);
});

test("every failed or refused sign-in leaves a line in the server log", () => {
  const lines = server.log().split("\n");
  const failures = lines.filter((line) => line.includes("Failed sign-in from"));
  expect(failures).toHaveLength(10);
  // The address is the socket's, not the X-Forwarded-For the client wrote.
  for (const line of failures) expect(line).toMatch(/from (::ffff:)?127\.0\.0\.1 /);
  expect(lines.filter((line) => line.includes("Sign-in refused for")).length).toBeGreaterThanOrEqual(2);
  expect(server.log()).not.toContain("wrong guess number");
});
