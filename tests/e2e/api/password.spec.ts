import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { expectApiError, SAME_ORIGIN } from "./support/api";
import { startExtraServer, type ExtraServer } from "./support/extra-server";

// With APP_PASSWORD set, the whole app is behind a sign-in: the API answers 401, pages send
// the visitor to /login, and the password (typed into the form) opens both.

const PASSWORD = "correct horse battery staple";

test.describe.configure({ mode: "serial" });

let server: ExtraServer;
let api: APIRequestContext;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startExtraServer("e2e-password", { APP_PASSWORD: PASSWORD });
  api = await playwrightRequest.newContext({ baseURL: server.url });
});

test.afterAll(async () => {
  await api?.dispose();
  await server?.stop();
});

test("the API refuses a visitor without a session, except health and the session routes", async () => {
  for (const path of ["/api/assets", "/api/asset-groups", "/api/videos", "/api/models"]) {
    expect((await expectApiError(await api.get(path), 401)).code).toBe("unauthorized");
  }
  expect((await api.get("/api/health")).status()).toBe(200);
  expect(await (await api.get("/api/session")).json()).toEqual({ required: true, authenticated: false });
});

test("a wrong password is refused and sets no cookie", async () => {
  const response = await api.post("/api/session", { headers: SAME_ORIGIN, data: { password: "guess" } });
  await expectApiError(response, 401);
  expect(response.headers()["set-cookie"]).toBeUndefined();
});

test("a cross-site sign-in is refused even with the right password", async () => {
  const response = await api.post("/api/session", {
    headers: { "sec-fetch-site": "cross-site" },
    data: { password: PASSWORD },
  });
  await expectApiError(response, 403);
});

test("a visitor is sent to /login, signs in with the form and lands on the page asked for", async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await page.goto("/assets");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Password").fill("not it");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not right" })).toBeVisible();

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/login/);
  const cookie = (await context.cookies()).find((c) => c.name === "ps_session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(cookie?.value).not.toContain(PASSWORD);

  const assets = await page.request.get("/api/assets");
  expect(assets.status()).toBe(200);
  await context.close();
});

test("signing out closes the API again", async () => {
  const signedIn = await playwrightRequest.newContext({ baseURL: server.url });
  expect(
    (await signedIn.post("/api/session", { headers: SAME_ORIGIN, data: { password: PASSWORD } })).status(),
  ).toBe(204);
  expect((await signedIn.get("/api/models")).status()).toBe(200);
  expect((await signedIn.delete("/api/session", { headers: SAME_ORIGIN })).status()).toBe(204);
  expect((await signedIn.get("/api/models")).status()).toBe(401);
  await signedIn.dispose();
});
