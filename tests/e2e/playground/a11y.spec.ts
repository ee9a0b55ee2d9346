import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { seedPortraitAssets } from "../support/seed";
import { PlaygroundPage } from "./playground-page";

// Seeding, ffmpeg renders and a shared CI machine: give each story room beyond the default minute.
test.describe.configure({ timeout: 240_000 });

test.describe("accessibility", () => {
  test("the Playground and its library picker have no serious axe findings, light and dark", async ({
    page,
    request,
    baseURL,
  }) => {
    await seedPortraitAssets(request, baseURL!, 2, "Axe");
    const playground = new PlaygroundPage(page);
    await playground.goto();
    await expectNoSeriousA11yViolations(page);

    await playground.chooseMode("Reference images");
    await playground.openLibrary("Reference images");
    await expect(playground.cards().first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press("Escape");
    await expect(playground.picker).toBeHidden();
    await expect(
      playground.block("Reference images").getByRole("button", { name: "From assets" }),
    ).toBeFocused();

    await page.getByRole("button", { name: "Switch to dark theme" }).click();
    await playground.chooseModel("seedance-1.5-pro");
    await playground.form.getByRole("button", { name: "View request" }).click();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Switch to light theme" }).click();
  });
});
