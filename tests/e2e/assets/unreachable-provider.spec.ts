import { expect, test } from "@playwright/test";
import { freePort, startNextServer, type NextServer } from "../support/next-server.mjs";
import { CANARY_KEY } from "../api/support/extra-server";

// A provider that cannot be reached: a key is set and the base URL points at a port nobody
// listens on. Every section of the Assets page says so within 2 s (the retries go on behind it,
// with "Try again"), and the header badge says the provider is unreachable.

let server: NextServer;

test.beforeAll(async () => {
  const closedPort = await freePort();
  server = await startNextServer({
    label: "e2e-unreachable",
    env: {
      TOKEN360_API_KEY: CANARY_KEY,
      TOKEN360_BASE_URL: `http://127.0.0.1:${closedPort}/v1`,
    },
  });
  // The 2 s are the steady state's: a fresh server loads each route's code on its first request.
  for (const path of ["/assets", "/api/asset-groups", "/api/assets", "/api/health"]) {
    await fetch(`${server.url}${path}`).then((response) => response.arrayBuffer());
  }
});

test.afterAll(async () => {
  await server?.dispose();
});

test("every section shows the error within 2 s, keeps retrying visibly, and the badge says unreachable", async ({
  page,
}) => {
  // Timed from the tables' first request: on a crowded CI machine the page's scripts alone can
  // take seconds to start, which says nothing about how errors are shown.
  const asked = page.waitForRequest((request) => new URL(request.url()).pathname === "/api/asset-groups");
  await page.goto(`${server.url}/assets`, { waitUntil: "commit" });
  await asked;
  const shownBy = Date.now() + 2_000;
  const groups = page.getByRole("region", { name: "Asset groups" });
  const assets = page.getByRole("region", { name: "Assets", exact: true });

  const groupsError = groups.getByRole("alert").filter({ hasText: "Could not load asset groups" });
  const assetsError = assets.getByRole("alert").filter({ hasText: "Could not load assets" });
  await expect(groupsError).toBeVisible({ timeout: Math.max(1, shownBy - Date.now()) });
  await expect(assetsError).toBeVisible({ timeout: Math.max(1, shownBy - Date.now()) });
  await expect(groups.getByRole("table")).toHaveCount(0);

  // The retries go on behind the message, and "Try again" is there all along.
  await expect(groupsError.getByRole("button", { name: "Try again" })).toBeVisible();
  await expect(assetsError.getByRole("button", { name: "Try again" })).toBeVisible();
  await expect(groupsError.getByText("Trying again in the background…")).toBeVisible();

  const badge = page.getByRole("banner").getByRole("status");
  await expect(badge).toHaveText(/Token360 unreachable/);

  // Once the retries are spent the message stays, and "Try again" asks again.
  await expect(groupsError.getByText("Trying again in the background…")).toBeHidden({ timeout: 20_000 });
  const again = page.waitForRequest((request) => new URL(request.url()).pathname === "/api/asset-groups");
  await groupsError.getByRole("button", { name: "Try again" }).click();
  await again;
  await expect(groupsError).toBeVisible();
});
