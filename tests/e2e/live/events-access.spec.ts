import { expect, test } from "@playwright/test";
import type { NextServer } from "../support/next-server.mjs";
import { cookieOf, PASSWORD, raw, signIn, startSecurityServer } from "../security/support/servers";

// GET /api/events goes through the same wrapper as every route: the host allowlist and the app
// password. A stream that is open when its session ends closes at its next heartbeat.

let server: NextServer;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startSecurityServer("live-events", { APP_PASSWORD: PASSWORD });
});

test.afterAll(async () => {
  await server?.dispose();
});

test("the event stream needs a signed-in session on one of the server's names, and ends with the session", async () => {
  test.setTimeout(60_000);
  const host = new URL(server.url).host;
  const anonymous = await raw(server.url, "/api/events", { headers: { host } });
  expect(anonymous.status).toBe(401);
  expect(JSON.parse(anonymous.body)).toMatchObject({ error: { code: "unauthorized" } });

  const cookie = cookieOf(await signIn(server.url));
  const foreign = await raw(server.url, "/api/events", {
    headers: { host: "studio.attacker.example", cookie },
  });
  expect(foreign.status).toBe(403);

  const stream = await fetch(`${server.url}/api/events`, { headers: { cookie } });
  expect(stream.status).toBe(200);
  expect(stream.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
  const reader = stream.body!.getReader();
  const first = await reader.read();
  expect(new TextDecoder().decode(first.value)).toContain(": connected");

  const signOut = await raw(server.url, "/api/session", {
    method: "DELETE",
    headers: { host, cookie, "sec-fetch-site": "same-origin" },
  });
  expect(signOut.status).toBe(204);
  // The server closes the stream at its next heartbeat (every 15 s), before writing one.
  let rest = "";
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
    rest += new TextDecoder().decode(chunk.value);
  expect(rest).not.toContain("heartbeat");
});
