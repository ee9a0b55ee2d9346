import { mkdir } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { uniqueName } from "../support/seed";
import { expect, test } from "./playground-page";

// Visual review, not an assertion suite: PLAYGROUND_SHOTS=1 writes the key states to
// /tmp/shots-playground/ for a person to look at (playwright.config.ts leaves it out otherwise).
const DIR = "/tmp/shots-playground";
test.use({ viewport: { width: 1440, height: 1500 } });

const shot = async (page: Page, name: string) => {
  await page.waitForTimeout(400); // let transitions finish
  await page.screenshot({ path: `${DIR}/${name}.png` });
};

/** Holds the followed task at 42% so the in-progress state can be photographed. */
async function freezeProgress(page: Page) {
  await page.route(/\/api\/videos\/[^/?]+$/, async (route) => {
    if (route.request().method() !== "GET") return route.fallback();
    const response = await route.fetch();
    const task = await response.json();
    await route.fulfill({
      response,
      json: { ...task, status: "in_progress", progress: 42, contentUrl: null },
    });
  });
}

test("the Playground's key states, light and dark", async ({ page, playground, seed }) => {
  test.setTimeout(180_000);
  await mkdir(DIR, { recursive: true });
  const assets = await seed.portraits(3, "Mira");
  await playground.goto();
  await shot(page, "01-empty-form");

  await playground.chooseMode("Reference images");
  await playground.openLibrary("Reference images");
  await playground.card(assets[0]!.assetId).click();
  await playground.card(assets[1]!.assetId).click();
  await shot(page, "02-library-picker");
  await playground.picker.getByRole("button", { name: "Use selected" }).click();

  await playground.prompt.fill(uniqueName("Mira walks through a neon-lit street at night, camera tracking"));
  await playground.setShortVideo(4);
  await playground.form.getByRole("button", { name: "View request" }).click();
  await shot(page, "03-ready-with-request");
  await playground.form.getByRole("button", { name: "View request" }).click();

  await freezeProgress(page);
  await playground.generateButton.click();
  await expect(playground.result.getByText("42%")).toBeVisible();
  await shot(page, "04-generating");
  await page.unrouteAll({ behavior: "wait" });
  await playground.expectCompleted();
  await playground.resultVideoDuration();
  await shot(page, "05-completed-with-history");

  await playground.useFirstFrame(assets[2]!.assetId);
  await playground.chooseModel("seedance-1.5-pro");
  await shot(page, "06-portrait-conflict");

  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await shot(page, "07-dark-conflict");
  await playground.chooseModel("seedance-2.0");
  await playground.chooseMode("Reference images");
  await shot(page, "08-dark-completed");
  await playground.openLibrary("Reference images");
  await shot(page, "09-dark-picker");
});
