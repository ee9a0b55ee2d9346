import type { Locator, Page } from "@playwright/test";
import { uniqueName } from "../support/seed";
import { expect, test } from "./playground-page";

/** Presses Tab until `target` has focus (a keyboard user's way of getting somewhere). */
async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  for (let press = 0; press < maxPresses; press += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Moves a focused select to the wanted option with the arrow keys, as a keyboard user does. */
async function pickWithKeys(page: Page, select: Locator, option: string) {
  const checked = select.locator("option:checked");
  for (let step = 0; step < 20 && (await checked.textContent()) !== option; step += 1) {
    await page.keyboard.press("ArrowUp");
  }
  await expect(checked).toHaveText(option);
}

test("a creator generates a First-frame I2V video with the keyboard alone", async ({
  page,
  playground,
  seed,
}) => {
  const [hero] = await seed.portraits(1, "Keys");
  await playground.goto();

  await tabTo(page, playground.mode("Text to video"));
  await page.keyboard.press("ArrowRight");
  await expect(playground.mode("First-frame I2V")).toHaveAttribute("aria-selected", "true");

  await tabTo(page, playground.block("First frame").getByRole("button", { name: "From assets" }));
  await page.keyboard.press("Enter");
  await expect(playground.picker).toBeVisible();
  await tabTo(page, playground.picker.getByLabel("Search"));
  await page.keyboard.type(hero!.assetId);
  await expect(playground.cards()).toHaveCount(1);
  await tabTo(page, playground.card(hero!.assetId));
  await page.keyboard.press("Enter");
  await expect(playground.picker).toBeHidden();
  await expect(playground.block("First frame").getByText("Asset", { exact: true })).toBeVisible();

  await tabTo(page, playground.prompt);
  const prompt = uniqueName("Typed without a mouse");
  await page.keyboard.type(prompt);
  await tabTo(page, playground.form.getByLabel("Duration", { exact: true }));
  await pickWithKeys(page, playground.form.getByLabel("Duration", { exact: true }), "4 s");
  await tabTo(page, playground.form.getByLabel("Resolution", { exact: true }));
  await pickWithKeys(page, playground.form.getByLabel("Resolution", { exact: true }), "480p");

  await tabTo(page, playground.generateButton);
  const posted = playground.waitForCreateRequest();
  await page.keyboard.press("Enter");
  expect((await posted).postDataJSON()).toMatchObject({ prompt, duration: 4, resolution: "480p" });
  await playground.expectCompleted();
});
