import { expect, test } from "@playwright/test";
import type { NextServer } from "../support/next-server.mjs";
import { cookieOf, PASSWORD, raw, signIn, startSecurityServer } from "./support/servers";

// A server with APP_PASSWORD: sessions that end (item 5), the emulator behind the sign-in
// (item 1), and sign-in that returns to the page asked for and nowhere else (item 6).

test.describe.configure({ mode: "serial" });

let server: NextServer;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startSecurityServer("password", { APP_PASSWORD: PASSWORD });
});

test.afterAll(async () => {
  await server?.dispose();
});

const get = (path: string, cookie?: string) =>
  raw(server.url, path, { headers: cookie ? { cookie } : {} }).then((answer) => answer.status);

test.describe("sessions (item 5)", () => {
  test("a signed-out cookie stays dead, even when someone kept a copy", async () => {
    const cookie = cookieOf(await signIn(server.url));
    expect(await get("/api/models", cookie)).toBe(200);
    const out = await raw(server.url, "/api/session", {
      method: "DELETE",
      headers: { cookie, "sec-fetch-site": "same-origin" },
    });
    expect(out.status).toBe(204);
    expect(await get("/api/models", cookie)).toBe(401);
  });

  test("every sign-in gets its own random session", async () => {
    const first = cookieOf(await signIn(server.url));
    const second = cookieOf(await signIn(server.url));
    expect(first).toMatch(/^ps_session=[A-Za-z0-9_-]{43}$/);
    expect(first).not.toBe(second);
  });

  test("'Sign out everywhere' in the account menu ends the sessions of every browser", async ({
    browser,
  }) => {
    const elsewhere = cookieOf(await signIn(server.url));
    expect(await get("/api/models", elsewhere)).toBe(200);

    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Playground" })).toBeVisible();
    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/login$/);
    expect((await page.request.get("/api/models")).status()).toBe(401);
    expect(await get("/api/models", elsewhere)).toBe(401);
    await context.close();
  });
});

test.describe("the emulator's HTTP surface behind the password (item 1)", () => {
  test("answers nothing without a session, whatever key is sent", async () => {
    for (const path of ["/emulator/v1/models", "/emulator/v1/asset-groups", "/emulator/health"]) {
      const answer = await raw(server.url, path, {
        headers: { authorization: "Bearer sk-anything-0123456789" },
      });
      expect(answer.status, path).toBe(401);
    }
    const wipe = await raw(server.url, "/emulator/v1/videos/vid_1", {
      method: "DELETE",
      headers: { authorization: "Bearer sk-anything-0123456789" },
    });
    expect(wipe.status).toBe(401);
  });

  test("serves a signed-in browser, and sends a visitor opening an emulator page to sign in", async () => {
    const cookie = cookieOf(await signIn(server.url));
    const listed = await raw(server.url, "/emulator/v1/models", {
      headers: { cookie, authorization: "Bearer sk-anything-0123456789" },
    });
    expect(listed.status).toBe(200);
    const visit = await raw(server.url, "/emulator/verify/abc123", {
      headers: { "sec-fetch-mode": "navigate" },
    });
    expect(visit.status).toBe(303);
    expect(visit.headers.location).toBe("/login?next=%2Femulator%2Fverify%2Fabc123");
  });
});

test.describe("after sign-in (item 6)", () => {
  test("the visitor lands on the page they asked for", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto("/assets?pageSize=50");
    await expect(page).toHaveURL(/\/login\?next=%2Fassets%3FpageSize%3D50$/);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${server.url}/assets?pageSize=50`);
    await expect(page.getByRole("heading", { level: 1, name: "Assets" })).toBeVisible();
    await context.close();
  });

  test("a next that leaves the site is not followed", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto("/login?next=/%09/evil.example");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Playground" })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(server.url);
    await context.close();
  });
});
