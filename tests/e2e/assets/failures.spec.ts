import { expect, test } from "@playwright/test";
import { AssetsPage } from "./assets-page";

test.describe("upstream failures", () => {
  // User stories with several uploads and polls: room for a busy CI machine.
  test.describe.configure({ timeout: 120_000 });

  test("a failing upstream shows what went wrong and a retry that works", async ({ page }) => {
    const assets = new AssetsPage(page);
    await assets.goto();
    await expect(assets.assets.getByRole("table").or(assets.assets.getByText("No assets yet"))).toBeVisible();

    // From now on the app's API answers the asset list with the BFF's "upstream down" error.
    let failing = true;
    await page.route(
      (url) => url.pathname === "/api/assets",
      (route) =>
        failing && route.request().method() === "GET"
          ? route.fulfill({
              status: 503,
              contentType: "application/json",
              body: JSON.stringify({
                error: {
                  code: "upstream_unavailable",
                  message: "Token360 is not answering. Try again in a moment.",
                },
              }),
            })
          : route.fallback(),
    );
    await assets.search("no-such-asset");

    // The client retries a 503 twice on its own; then it says so instead of spinning.
    const alert = assets.assets.getByRole("alert").filter({ hasText: "Could not load assets" });
    await expect(alert).toContainText("Token360 is not answering. Try again in a moment.");
    await expect(assets.groups.getByRole("alert")).toHaveCount(0);
    // Heal the route only once the background retries are spent, so the click is what recovers.
    await expect(alert.getByText("Trying again in the background")).toHaveCount(0, { timeout: 30_000 });

    failing = false;
    await alert.getByRole("button", { name: "Try again" }).click();
    await expect(alert).toBeHidden();
    await expect(assets.assets.getByText("No assets match these filters")).toBeVisible();
  });
});
