import { uniqueName } from "../support/seed";
import { expect, PlaygroundPage, test } from "./playground-page";

const CONFLICT =
  "Virtual Portrait assets work only with seedance-2.0 and seedance-2.0-fast. Switch back to seedance-2.0 or seedance-2.0-fast, or remove the asset.";

test("switching to seedance-1.5-pro with a portrait asset shows the conflict, keeps the asset and sends nothing", async ({
  page,
  playground,
  seed,
}) => {
  const [hero] = await seed.portraits(1);
  const posts: string[] = [];
  page.on("request", (sent) => {
    if (PlaygroundPage.isCreateVideo(sent)) posts.push(sent.url());
  });
  await playground.goto();
  await playground.useFirstFrame(hero!.assetId);
  await playground.prompt.fill(uniqueName("A portrait on the wrong model"));
  await expect(playground.generateButton).toBeEnabled();

  await playground.chooseModel("seedance-1.5-pro");
  const frame = playground.block("First frame");
  await expect(frame.getByRole("alert")).toHaveText(CONFLICT);
  await expect(frame.getByText(hero!.assetId)).toBeVisible(); // nothing dropped silently
  await expect(frame.getByText("Asset", { exact: true })).toBeVisible();
  await expect(frame.getByRole("button", { name: "From assets" })).toBeDisabled();
  await expect(playground.generateButton).toBeDisabled();
  await expect(playground.form.getByText("Before you can generate:")).toBeVisible();
  await expect(playground.mode("Reference images")).toBeDisabled();

  // Neither the shortcut nor the form submission sends anything.
  await playground.prompt.press("Control+Enter");
  await playground.prompt.press("Enter");
  await page.waitForTimeout(500);
  expect(posts).toEqual([]);

  await playground.chooseModel("seedance-2.0");
  await expect(frame.getByRole("alert")).toHaveCount(0);
  await expect(playground.generateButton).toBeEnabled();

  // Removing the asset is the other way out: 1.5-pro then takes the (empty) frame rule instead.
  await playground.chooseModel("seedance-1.5-pro");
  await frame.getByRole("button", { name: /^Remove / }).click();
  await expect(frame.getByRole("alert")).toHaveCount(0);
  expect(posts).toEqual([]);
});

test("generic uploads are shown in the picker but can't be chosen, and the picker says why", async ({
  playground,
}) => {
  await playground.goto();
  await playground.chooseMode("First-frame I2V");
  await playground.openLibrary("First frame");
  await playground.picker.getByLabel("Type", { exact: true }).selectOption("Uploads");
  await expect(playground.picker.getByRole("note")).toHaveText(
    /Generic uploads \(ua_…\) can't be used as Virtual Portrait references/,
  );
  await expect(playground.picker.getByLabel("Media type", { exact: true })).toHaveValue("Images");
});
